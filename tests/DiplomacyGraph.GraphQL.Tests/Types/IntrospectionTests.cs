using System.Text.Json.Nodes;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Tests.Conformance;
using DiplomacyGraph.GraphQL.Tests.Execution;
using DiplomacyGraph.GraphQL.Tests.Utilities;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Introspection, compared with graphql-js 16's answers.</summary>
public sealed class IntrospectionTests
{
    private static readonly DiplomacyGraph.GraphQL.Types.GraphQLSchema Schema =
        SchemaBuilder.FromSdl(Fixtures.Read("rich-schema.graphql")).Build();

    [Fact]
    public async Task The_full_introspection_query_answers_exactly_as_graphql_js()
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = Schema,
            Document = Parser.Parse(File.ReadAllText(CorpusPaths.FullIntrospectionQuery)),
        });

        var ours = JsonNode.Parse(ResultJson.Write(result))!.ToJsonString();
        var graphqlJs = JsonNode.Parse(Fixtures.Read("rich-schema.introspection.json"))!.ToJsonString();
        Assert.Equal(graphqlJs, ours);
    }

    [Fact]
    public async Task Type_looks_up_one_type_by_name_and_null_for_unknown_names()
    {
        var json = await TestExecution.RunAsync(
            Schema,
            """{ direction: __type(name: "Direction") { kind name enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } missing: __type(name: "Nope") { name } }""");
        Assert.Equal(
            """{"data":{"direction":{"kind":"ENUM","name":"Direction","enumValues":[{"name":"OUT"},{"name":"IN"},{"name":"NONE"}],"all":[{"name":"OUT","isDeprecated":false,"deprecationReason":null},{"name":"IN","isDeprecated":false,"deprecationReason":null},{"name":"BOTH","isDeprecated":true,"deprecationReason":"Ask for IN and OUT separately."},{"name":"EITHER","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"NONE","isDeprecated":false,"deprecationReason":null}]},"missing":null}}""",
            json);
    }

    [Fact]
    public async Task Deprecated_arguments_and_input_fields_are_listed_only_on_request()
    {
        var json = await TestExecution.RunAsync(
            Schema,
            """{ person: __type(name: "Person") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated } } } filter: __type(name: "VisitFilter") { inputFields { name } } }""");
        Assert.Contains("""{"name":"name","args":[{"name":"lang"}],"all":[{"name":"lang","isDeprecated":false},{"name":"script","isDeprecated":true}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"inputFields":[{"name":"since"},{"name":"until"},{"name":"limit"},{"name":"directions"},{"name":"nested"}]}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_describes_the_roots_and_carries_the_schema_description()
    {
        var json = await TestExecution.RunAsync(Schema, "{ __schema { queryType { name } mutationType { name } subscriptionType { name } description } }");
        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Root"},"mutationType":{"name":"Changes"},"subscriptionType":null,"description":"A schema that uses every part of the type system.\nSecond line of the description."}}}""",
            json);
    }
}
