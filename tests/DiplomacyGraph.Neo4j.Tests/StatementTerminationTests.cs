using System.Diagnostics;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>
/// A statement whose caller gives up must end in Neo4j, not only in the client. The slow statement first takes the
/// write lock of one node and then runs for minutes; the proof that the server ended it is that another
/// transaction can write that node a moment later (a lock is released only when its transaction is gone).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class StatementTerminationTests(Neo4jFixture fixture)
{
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(5);

    private static readonly Statement LockThenRunForMinutes = new(
        "MATCH (lock:TerminationLock) SET lock.holder = 'slow' WITH lock " +
        "MATCH (a:TerminationRow), (b:TerminationRow), (c:TerminationRow) WHERE a.v * b.v * c.v = -1 RETURN count(*) AS n");

    [Fact]
    public async Task A_cancelled_statement_is_terminated_on_the_server()
    {
        await SeedAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Client.RunAsync(LockThenRunForMinutes, cancel.Token));

        await AssertLockIsFreeAsync();
    }

    [Fact]
    public async Task A_statement_past_the_clients_deadline_is_terminated_on_the_server()
    {
        await SeedAsync();
        using var impatient = fixture.Server.CreateClient(options => options with { Timeout = TimeSpan.FromSeconds(1) });

        await Assert.ThrowsAsync<Neo4jTimeoutException>(() => impatient.RunAsync(LockThenRunForMinutes));

        await AssertLockIsFreeAsync();
    }

    private async Task SeedAsync()
    {
        await fixture.CleanDatabaseAsync();
        await fixture.Client.RunAsync(new Statement("UNWIND range(1, 1500) AS v CREATE (:TerminationRow {v: v})"));
        await fixture.Client.RunAsync(new Statement("CREATE (:TerminationLock)"));
    }

    /// <summary>Writes the locked node; blocks (and times out) while the slow statement's transaction lives.</summary>
    private async Task AssertLockIsFreeAsync()
    {
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(GoneWithin);
        var result = await fixture.Client.RunAsync(
            new Statement("MATCH (lock:TerminationLock) SET lock.holder = 'next' RETURN lock.holder AS holder"), deadline.Token);

        Assert.Equal("next", result.Single()["holder"]);
        Assert.True(clock.Elapsed < GoneWithin, $"The lock was free only after {clock.Elapsed}.");
    }
}
