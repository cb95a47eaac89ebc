using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Normal-and-Serial-Execution — observed through what
/// the resolvers do, never through timing.
/// </summary>
public sealed class ExecutionOrderTests
{
    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each resolver waits for the other to start: only concurrent execution completes.
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { first: String second: String }")
            .Resolve("Query", "first", (FieldResolver)(async _ =>
            {
                firstStarted.SetResult();
                await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "one";
            }))
            .Resolve("Query", "second", (FieldResolver)(async _ =>
            {
                secondStarted.SetResult();
                await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return "two";
            }))
            .Build();

        Assert.Equal("""{"data":{"first":"one","second":"two"}}""", await TestExecution.RunAsync(schema, "{ first second }"));
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another()
    {
        var log = new List<string>();
        FieldResolver Logged(string name) => async _ =>
        {
            lock (log)
            {
                log.Add("start " + name);
            }

            await Task.Yield();
            lock (log)
            {
                log.Add("end " + name);
            }

            return name;
        };
        var schema = SchemaBuilder.FromSdl("type Query { a: String } type Mutation { first: String second: String third: String }")
            .Resolve("Mutation", "first", Logged("first"))
            .Resolve("Mutation", "second", Logged("second"))
            .Resolve("Mutation", "third", Logged("third"))
            .Build();

        var json = await TestExecution.RunAsync(schema, "mutation { first second third }");

        Assert.Equal("""{"data":{"first":"first","second":"second","third":"third"}}""", json);
        Assert.Equal(["start first", "end first", "start second", "end second", "start third", "end third"], log);
    }

    [Fact]
    public async Task Asynchronous_results_keep_the_requested_field_order()
    {
        var schema = SchemaBuilder.FromSdl("type Query { slow: Int fast: Int list: [Int] }")
            .Resolve("Query", "slow", (FieldResolver)(async _ =>
            {
                await Task.Delay(20);
                return 1;
            }))
            .Resolve("Query", "fast", _ => 2)
            .Resolve("Query", "list", (FieldResolver)(async _ =>
            {
                await Task.Yield();
                return new[] { 3, 4 };
            }))
            .Build();

        Assert.Equal("""{"data":{"slow":1,"fast":2,"list":[3,4]}}""", await TestExecution.RunAsync(schema, "{ slow fast list }"));
    }

    [Fact]
    public async Task A_cancelled_request_stops_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", _ =>
            {
                cancellation.Cancel();
                return "a";
            })
            .Resolve("Query", "b", _ => "b")
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ a b }"),
            CancellationToken = cancellation.Token,
        }));
    }
}
