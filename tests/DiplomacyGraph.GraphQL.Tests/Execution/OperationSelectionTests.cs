namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>https://spec.graphql.org/October2021/#GetOperation() — expected results are graphql-js 16's.</summary>
public sealed class OperationSelectionTests
{
    [Fact]
    public async Task Several_operations_need_an_operation_name() =>
        Assert.Equal(
            """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""",
            await EchoSchema.RunAsync("query A { list } query B { echo }"));

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error() =>
        Assert.Equal(
            """{"errors":[{"message":"Unknown operation named \"C\"."}]}""",
            await EchoSchema.RunAsync("query A { list } query B { echo }", operationName: "C"));

    [Fact]
    public async Task The_named_operation_is_executed() =>
        Assert.Equal(
            """{"data":{"echo":"{\"i\":1,\"s\":\"d\"}"}}""",
            await EchoSchema.RunAsync("query A { list } query B { echo(i: 1) }", operationName: "B"));

    [Fact]
    public async Task A_document_without_operations_is_a_request_error() =>
        Assert.Equal(
            """{"errors":[{"message":"Must provide an operation."}]}""",
            await EchoSchema.RunAsync("fragment F on Query { list }"));

    [Fact]
    public async Task An_operation_type_without_a_root_is_an_error_with_null_data() =>
        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute subscription operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            await EchoSchema.RunAsync("subscription { list }"));

    [Fact]
    public async Task A_type_named_Mutation_is_the_mutation_root_without_a_schema_definition() =>
        Assert.Equal("""{"data":{"m":null}}""", await EchoSchema.RunAsync("mutation { m }"));

    [Fact]
    public async Task A_subscription_operation_runs_its_root_field_once_like_a_query()
    {
        // graphql-js 16's execute() does the same; an event stream is subscribe()'s, which we do not have.
        var calls = 0;
        var schema = DiplomacyGraph.GraphQL.Utilities.SchemaBuilder
            .FromSdl("type Query { a: Int } type Subscription { tick: Int }")
            .Resolve("Subscription", "tick", _ => ++calls)
            .Build();
        Assert.Equal(
            """{"data":{"tick":1}}""",
            await TestExecution.RunAsync(schema, "subscription { tick }"));
        Assert.Equal(1, calls);
    }
}
