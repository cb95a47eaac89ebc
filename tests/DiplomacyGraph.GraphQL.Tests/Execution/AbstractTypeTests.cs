using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>https://spec.graphql.org/October2021/#ResolveAbstractType() — by <c>__typename</c>, by a type resolver, by IsTypeOf.</summary>
public sealed class AbstractTypeTests
{
    [Fact]
    public async Task A_typename_entry_names_the_object_type_of_interface_and_union_values()
    {
        var json = await CharacterSchema.RunAsync(
            "{ node { __typename id ... on Droid { primaryFunction } } search { ... on Human { homePlanet } ... on Droid { name } __typename } }");
        Assert.Equal(
            """{"data":{"node":{"__typename":"Droid","id":"2","primaryFunction":"Astromech"},"search":[{"name":"R2-D2","__typename":"Droid"},{"homePlanet":"Tatooine","__typename":"Human"}]}}""",
            json);
    }

    [Fact]
    public async Task The_typename_meta_field_names_the_runtime_type_on_every_level()
    {
        var json = await CharacterSchema.RunAsync("{ __typename hero { __typename } }");
        Assert.Equal("""{"data":{"__typename":"Query","hero":{"__typename":"Human"}}}""", json);
    }

    private const string PetSdl = """
        type Query { pets: [Pet] }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        """;

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private static readonly object[] Pets = [new Dog("Rex", true), new Cat("Tom", false)];

    [Fact]
    public async Task A_type_resolver_bound_to_the_interface_decides()
    {
        var schema = SchemaBuilder.FromSdl(PetSdl)
            .Resolve("Query", "pets", _ => Pets)
            .ResolveType("Pet", (value, _, _) => value switch { Dog => "Dog", Cat => "Cat", _ => null })
            .Build();
        var json = await TestExecution.RunAsync(schema, "{ pets { name ... on Dog { barks } ... on Cat { meows } } }");
        Assert.Equal("""{"data":{"pets":[{"name":"Rex","barks":true},{"name":"Tom","meows":false}]}}""", json);
    }

    [Fact]
    public async Task IsTypeOf_on_the_object_types_decides_when_there_is_no_type_resolver()
    {
        var schema = SchemaBuilder.FromSdl(PetSdl)
            .Resolve("Query", "pets", _ => Pets)
            .IsTypeOf("Dog", (value, _) => value is Dog)
            .IsTypeOf("Cat", (value, _) => value is Cat)
            .Build();
        var json = await TestExecution.RunAsync(schema, "{ pets { __typename name } }");
        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom"}]}}""", json);
    }

    [Fact]
    public async Task A_value_whose_type_cannot_be_told_is_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl(PetSdl).Resolve("Query", "pets", _ => Pets).Build();
        var json = await TestExecution.RunAsync(schema, "{ pets { name } }");
        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",0]},{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pets",1]}],"data":{"pets":[null,null]}}""",
            json);
    }

    [Fact]
    public async Task A_type_name_outside_the_possible_types_is_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl(PetSdl + "\ntype Fish { name: String }")
            .Resolve("Query", "pets", _ => new object[] { new Dictionary<string, object?> { ["__typename"] = "Fish", ["name"] = "Nemo" } })
            .Build();
        var json = await TestExecution.RunAsync(schema, "{ pets { name } }");
        Assert.Equal(
            """{"errors":[{"message":"Runtime Object type \"Fish\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["pets",0]}],"data":{"pets":[null]}}""",
            json);
    }

    [Fact]
    public async Task IsTypeOf_refusing_a_value_of_a_concrete_field_is_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl("type Query { dog: Dog } type Dog { name: String }")
            .Resolve("Query", "dog", _ => new Cat("Tom", true))
            .IsTypeOf("Dog", (value, _) => value is Dog)
            .Build();
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse("{ dog { name } }") });
        Assert.StartsWith("Expected value of type \"Dog\" but got: ", Assert.Single(result.Errors!).Message);
    }
}
