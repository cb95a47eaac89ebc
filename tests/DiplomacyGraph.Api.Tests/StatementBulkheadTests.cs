using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.Api.Tests;

public sealed class StatementBulkheadTests
{
    [Fact]
    public async Task Past_the_permits_and_the_queue_a_statement_is_refused_at_once_as_busy()
    {
        using var bulkhead = new StatementBulkhead(permits: 1, queue: 1);
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = bulkhead.RunAsync(() => release.Task, CancellationToken.None);
        var queued = bulkhead.RunAsync(() => Task.FromResult(2), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<GraphQLException>(() => bulkhead.RunAsync(() => Task.FromResult(3), CancellationToken.None));

        Assert.Equal(GraphDatabaseErrors.BusyCode, refused.Extensions!["code"]);
        Assert.False(queued.IsCompleted);
        release.SetResult(1);
        var results = await Task.WhenAll(running, queued);
        Assert.Equal(new[] { 1, 2 }, results);
        Assert.Equal(4, await bulkhead.RunAsync(() => Task.FromResult(4), CancellationToken.None));
    }
}

public sealed class ReadLanesTests
{
    [Fact]
    public void A_request_costing_the_threshold_or_more_or_not_measured_runs_in_the_heavy_lane()
    {
        using var lanes = new ReadLanes(new ReadLaneSizes { HeavyFromCost = 100 });

        Assert.Same(lanes.Cheap, lanes.For(3));
        Assert.Same(lanes.Cheap, lanes.For(99));
        Assert.Same(lanes.Heavy, lanes.For(100));
        Assert.Same(lanes.Heavy, lanes.For(null));
        Assert.Equal(8 + 2, lanes.Sizes.InFlight);
    }
}
