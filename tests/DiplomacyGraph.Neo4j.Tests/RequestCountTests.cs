using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>What each way of running a statement costs in HTTP requests, and what it commits.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class RequestCountTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task An_auto_commit_run_is_one_request_and_a_cancellable_run_two()
    {
        using var client = fixture.Server.CreateClient();
        var observer = new RecordingObserver();
        using var registration = client.AddObserver(observer);
        await client.GetServerInfoAsync(); // discovery and the version, asked once per client
        var before = client.Transport.Requests;

        Assert.Equal(1L, (await client.RunAutoCommitAsync(new Statement("RETURN 1 AS n"))).Single().Get<long>("n"));
        var afterAutoCommit = client.Transport.Requests;
        Assert.Equal(2L, (await client.RunAsync(new Statement("RETURN 2 AS n"))).Single().Get<long>("n"));

        Assert.Equal(1, afterAutoCommit - before);
        Assert.Equal(2, client.Transport.Requests - afterAutoCommit);
        Assert.Equal([true, false], observer.Executions.TakeLast(2).Select(execution => execution.AutoCommit));
    }

    [Fact]
    public async Task An_auto_commit_run_commits_what_it_writes()
    {
        await fixture.CleanDatabaseAsync();

        await fixture.Client.RunAutoCommitAsync(new Statement("CREATE (:AutoCommitMarker)"));

        Assert.Equal(1L, (await fixture.Client.RunAsync(new Statement("MATCH (n:AutoCommitMarker) RETURN count(n) AS n"))).Single().Get<long>("n"));
    }
}
