using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>What a resolver can see: graphql-js's resolve info plus arguments, user context and the selection below it.</summary>
public sealed class ResolveFieldContextTests
{
    private const string Sdl = """
        type Query { country(code: String!, lang: String = "ar"): Country }
        type Country { code: String name: String neighbours(first: Int): [Country] capital: City }
        type City { name: String }
        """;

    [Fact]
    public async Task A_resolver_sees_the_field_its_types_path_arguments_and_the_request()
    {
        ResolveFieldContext? seen = null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "country", context =>
            {
                seen = context;
                return null;
            })
            .Build();
        var document = Parser.Parse("query Q($lang: String) { c: country(code: \"EG\", lang: $lang) { name } }");
        var root = new object();
        var user = new object();

        await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = document,
            VariableValues = new Dictionary<string, object?> { ["lang"] = "en" },
            RootValue = root,
            UserContext = user,
        });

        Assert.NotNull(seen);
        Assert.Equal("country", seen.FieldName);
        Assert.Equal("c", Assert.Single(seen.FieldNodes).ResponseKey);
        Assert.Equal("Country", seen.ReturnType.ToString());
        Assert.Same(schema.QueryType, seen.ParentType);
        Assert.Equal(["c"], seen.Path.ToList());
        Assert.Same(schema, seen.Schema);
        Assert.Same(root, seen.RootValue);
        Assert.Same(root, seen.Source);
        Assert.Same(user, seen.UserContext);
        Assert.Equal("Q", seen.Operation.Name!.Value);
        Assert.Equal("en", seen.VariableValues["lang"]);
        Assert.Equal("EG", seen.GetArgument<string>("code"));
        Assert.Equal("en", seen.GetArgument<string>("lang"));
        Assert.Same(schema.QueryType!.GetField("country"), seen.FieldDefinition);
    }

    [Fact]
    public async Task Arguments_read_as_other_number_kinds_and_absent_ones_fall_back()
    {
        long? first = null;
        int? absent = 0;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "country", _ => new Dictionary<string, object?>())
            .Resolve("Country", "neighbours", context =>
            {
                first = context.GetArgument<long>("first");
                absent = context.GetArgument<int?>("missing", 7);
                return null;
            })
            .Build();

        await TestExecution.RunAsync(schema, """{ country(code: "EG") { neighbours(first: 3) { code } } }""");

        Assert.Equal(3L, first);
        Assert.Equal(7, absent);
    }

    [Fact]
    public async Task CollectSubfields_expands_fragments_and_honours_skip_and_include()
    {
        IReadOnlyDictionary<string, IReadOnlyList<FieldNode>>? subfields = null;
        IReadOnlyDictionary<string, IReadOnlyList<FieldNode>>? nested = null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "country", context =>
            {
                subfields = context.CollectSubfields();
                var neighbours = subfields["neighbours"];
                nested = FieldCollector.CollectSubfields(
                    context.Schema, context.Fragments, context.VariableValues, (GraphQLObjectType)context.Schema.GetType("Country")!, neighbours);
                return null;
            })
            .Build();

        await TestExecution.RunAsync(
            schema,
            """
            query ($withCode: Boolean!) {
              country(code: "EG") {
                name
                ...Parts
                code @include(if: $withCode)
                capital @skip(if: true) { name }
              }
            }
            fragment Parts on Country { neighbours(first: 2) { code name } name }
            """,
            new Dictionary<string, object?> { ["withCode"] = false });

        Assert.Equal(["name", "neighbours"], subfields!.Keys);
        Assert.Equal(2, subfields["name"].Count);
        Assert.Equal(["code", "name"], nested!.Keys);
    }

    private sealed record City(string Name);

    private sealed record Country(string Code, string Name, City Capital);

    [Fact]
    public async Task The_default_resolver_reads_dictionary_entries_and_properties_by_field_name()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "country", _ => new Country("EG", "Egypt", new City("Cairo")))
            .Build();
        Assert.Equal(
            """{"data":{"country":{"code":"EG","name":"Egypt","capital":{"name":"Cairo"}}}}""",
            await TestExecution.RunAsync(schema, """{ country(code: "EG") { code name capital { name } } }"""));
    }

    [Fact]
    public async Task The_default_resolver_may_be_replaced_to_read_values_by_response_key()
    {
        // A planner that fetched the whole selection keys its rows by alias, as the response does.
        var row = new Dictionary<string, object?>
        {
            ["label"] = "Egypt",
            ["capital"] = new Dictionary<string, object?> { ["city"] = "Cairo" },
        };
        var schema = SchemaBuilder.FromSdl(Sdl).Resolve("Query", "country", _ => row).Build();
        var json = await TestExecution.RunAsync(
            schema,
            """{ country(code: "EG") { label: name capital { city: name } } }""",
            fieldResolver: FieldResolvers.ByResponseKey);
        Assert.Equal("""{"data":{"country":{"label":"Egypt","capital":{"city":"Cairo"}}}}""", json);
    }

    [Fact]
    public async Task A_builder_default_resolver_serves_every_field_without_its_own()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .DefaultResolver(context => new ValueTask<object?>(context.ParentType.Name == "Query" ? new object() : context.FieldName.ToUpperInvariant()))
            .Build();
        Assert.Equal(
            """{"data":{"country":{"code":"CODE","name":"NAME"}}}""",
            await TestExecution.RunAsync(schema, """{ country(code: "EG") { code name } }"""));
    }
}
