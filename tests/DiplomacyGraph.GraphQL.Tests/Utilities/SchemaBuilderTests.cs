using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Tests.Execution;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

public sealed class SchemaBuilderTests
{
    [Fact]
    public async Task Builds_a_schema_from_sdl_and_runs_bound_resolvers()
    {
        var schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String }")
            .Resolve("Query", "hello", context => "Hello " + context.GetArgument<string>("name"))
            .Build();
        Assert.Equal("""{"data":{"hello":"Hello world","ali":"Hello Ali"}}""", await TestExecution.RunAsync(schema, """{ hello ali: hello(name: "Ali") }"""));
    }

    [Fact]
    public void Keeps_the_sdl_nodes_so_directives_can_be_read_off_types_fields_and_arguments()
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read("rich-schema.graphql")).Build();
        var country = (GraphQLObjectType)schema.GetType("Country")!;
        var neighbours = country.GetField("neighbours")!;
        var node = schema.GetDirective("node")!;
        var relationship = schema.GetDirective("relationship")!;

        Assert.Equal("Country", ArgumentValues.ForDirective(node, country.AstNode!)!["label"]);
        var relationships = neighbours.AstNode!.Directives.Where(d => d.Name.Value == "relationship").ToList();
        Assert.Equal(2, relationships.Count);
        Assert.Equal("OUT", ArgumentValues.ForDirective(relationship, neighbours.AstNode)!["direction"]);
        Assert.Equal("first", neighbours.GetArgument("first")!.AstNode!.Name.Value);
        Assert.Single(country.ExtensionAstNodes);
        Assert.True(relationship.IsRepeatable);
        Assert.IsType<DirectiveDefinitionNode>(relationship.AstNode);
    }

    [Fact]
    public void Applies_extensions_in_the_same_document()
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            extend type Query { b: Int }
            interface Named { name: String }
            type Thing { name: String }
            extend type Thing implements Named
            union U = Thing
            extend union U = Other
            type Other { x: Int }
            enum E { A }
            extend enum E { B }
            input I { a: Int }
            extend input I { b: Int }
            extend schema { mutation: Other }
            """).Build();

        Assert.Equal(["a", "b"], schema.QueryType!.Fields.Keys);
        Assert.Equal(["Named"], ((GraphQLObjectType)schema.GetType("Thing")!).Interfaces.Select(i => i.Name));
        Assert.Equal(["Thing", "Other"], ((GraphQLUnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["A", "B"], ((GraphQLEnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "b"], ((GraphQLInputObjectType)schema.GetType("I")!).Fields.Keys);
        Assert.Equal("Other", schema.MutationType!.Name);
    }

    [Fact]
    public void Reads_deprecation_specifiedBy_oneOf_descriptions_and_defaults()
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read("rich-schema.graphql")).Build();
        var country = (GraphQLObjectType)schema.GetType("Country")!;
        var filter = (GraphQLInputObjectType)schema.GetType("VisitFilter")!;

        Assert.Equal("No longer supported", country.GetField("oldCode")!.DeprecationReason);
        Assert.Equal("Use `codes`.\nSee the docs.", country.GetField("isoCode")!.DeprecationReason);
        Assert.Equal("https://www.iso.org/iso-8601-date-and-time-format.html", ((GraphQLScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        Assert.True(((GraphQLInputObjectType)schema.GetType("CountryKey")!).IsOneOf);
        Assert.Equal("A schema that uses every part of the type system.\nSecond line of the description.", schema.Description);
        Assert.Equal(5, filter.GetField("limit")!.DefaultValue);
        Assert.False(filter.GetField("until")!.HasDefaultValue);
        Assert.Equal(new object[] { "IN", "OUT" }, (IEnumerable<object?>)filter.GetField("directions")!.DefaultValue!);
    }

    [Fact]
    public async Task Long_Date_and_JSON_scalars_are_bound_by_name()
    {
        var schema = SchemaBuilder.FromSdl("""
            scalar Long
            scalar Date
            scalar JSON
            type Query { echo(l: Long, d: Date, j: JSON): JSON }
            """)
            .Resolve("Query", "echo", context => context.Arguments)
            .Build();
        Assert.Equal(
            """{"data":{"echo":{"l":9007199254740993,"d":"2024-07","j":{"a":[1,"x"]}}}}""",
            await TestExecution.RunAsync(schema, """{ echo(l: 9007199254740993, d: "2024-07", j: {a: [1, "x"]}) }"""));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$d\" got invalid value \"2024-7\"; Date cannot represent an invalid date string: \"2024-7\". Expected YYYY, YYYY-MM or YYYY-MM-DD.","locations":[{"line":1,"column":8}]}]}""",
            await TestExecution.RunAsync(schema, "query ($d: Date) { echo(d: $d) }", new Dictionary<string, object?> { ["d"] = "2024-7" }));
    }

    [Fact]
    public async Task A_bound_scalar_and_enum_values_give_the_sdl_types_behaviour()
    {
        var upper = new GraphQLScalarType("Upper")
        {
            Serializer = value => ((string)value!).ToUpperInvariant(),
            ValueParser = value => value,
        };
        var schema = SchemaBuilder.FromSdl("scalar Upper enum Level { LOW HIGH } type Query { shout: Upper level: Level }")
            .BindScalar(upper)
            .BindEnumValues("Level", new Dictionary<string, object?> { ["LOW"] = 1, ["HIGH"] = 2 })
            .Resolve("Query", "shout", _ => "hey")
            .Resolve("Query", "level", _ => 2)
            .Build();
        Assert.Equal("""{"data":{"shout":"HEY","level":"HIGH"}}""", await TestExecution.RunAsync(schema, "{ shout level }"));
    }

    /// <summary>The message is graphql-js's assertValidSDL message for the same SDL.</summary>
    [Fact]
    public void Sdl_is_validated_before_building()
    {
        var exception = Assert.Throws<InvalidSdlException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Missing b: Int b: Int }").Build());
        Assert.Equal(
            "Field \"Query.b\" can only be defined once.\n\nUnknown type \"Missing\".",
            exception.Message);
        Assert.Equal(2, exception.Errors.Count);
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type: \"Missing\".")]
    [InlineData("type Query { a: Int } extend type Other { b: Int }", "Cannot extend type \"Other\" because it is not defined.")]
    public void Sdl_that_cannot_be_built_is_refused_even_when_sdl_validation_is_skipped(string sdl, string message) =>
        Assert.Equal(message, Assert.Throws<SchemaBuildException>(() => SchemaBuilder.FromSdl(sdl).AssumeValidSdl().Build()).Message);

    [Fact]
    public void A_binding_that_names_nothing_is_refused()
    {
        var exception = Assert.Throws<SchemaBuildException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }").Resolve("Query", "b", _ => 1).Build());
        Assert.Equal("Cannot bind a resolver to Query.b: the schema has no such field on an object or interface type.", exception.Message);
    }

    [Fact]
    public void An_invalid_schema_is_refused_with_every_problem()
    {
        var exception = Assert.Throws<InvalidSchemaException>(() =>
            SchemaBuilder.FromSdl("type Query { a: In } input In { __b: Int }").Build());
        Assert.Equal(
            "The type of Query.a must be Output Type but got: In.\n\nName \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            exception.Message);
    }
}
