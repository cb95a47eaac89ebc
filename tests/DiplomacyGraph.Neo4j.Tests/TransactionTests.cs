using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class TransactionTests(Neo4jFixture fixture)
{
    private static readonly Statement CountMarkers = new("MATCH (n:TxMarker) RETURN count(n) AS count");

    private static Statement CreateMarker(string name) =>
        new("CREATE (:TxMarker {name: $name})", new Dictionary<string, object?> { ["name"] = name });

    private async Task<long> CountMarkersAsync() => (long)(await fixture.Client.RunAsync(CountMarkers)).Single()["count"]!;

    [Fact]
    public async Task Committed_writes_are_visible_only_after_commit()
    {
        await fixture.CleanDatabaseAsync();
        await using var transaction = await fixture.Client.BeginTransactionAsync();

        await transaction.RunAsync(CreateMarker("one"));
        await transaction.RunAsync([CreateMarker("two"), CreateMarker("three")]);
        var seenInside = (long)(await transaction.RunAsync(CountMarkers)).Single()["count"]!;
        var seenOutsideBeforeCommit = await CountMarkersAsync();
        await transaction.CommitAsync();

        Assert.Equal(3, seenInside);
        Assert.Equal(0, seenOutsideBeforeCommit);
        Assert.Equal(3, await CountMarkersAsync());
    }

    [Fact]
    public async Task Rolled_back_writes_leave_nothing_behind()
    {
        await fixture.CleanDatabaseAsync();
        await using var transaction = await fixture.Client.BeginTransactionAsync();
        await transaction.RunAsync(CreateMarker("discarded"));

        await transaction.RollbackAsync();

        Assert.Equal(0, await CountMarkersAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync(CountMarkers));
    }

    [Fact]
    public async Task Disposing_an_open_transaction_rolls_it_back()
    {
        await fixture.CleanDatabaseAsync();
        await using (var transaction = await fixture.Client.BeginTransactionAsync())
        {
            await transaction.RunAsync(CreateMarker("abandoned"));
        }

        Assert.Equal(0, await CountMarkersAsync());
    }

    [Fact]
    public async Task A_transaction_outliving_its_client_stops_keeping_alive_and_disposes_quietly()
    {
        var client = fixture.Server.CreateClient();
        var transaction = await client.BeginTransactionAsync();
        client.Dispose();

        // Past half the idle timeout, when the keep-alive is due on a client that can no longer send.
        await Task.Delay(TestNeo4jServer.TransactionIdleTimeout * 0.7);

        await transaction.DisposeAsync();
    }

    [Fact]
    public async Task A_failed_statement_rolls_the_transaction_back_and_later_calls_say_so()
    {
        await fixture.CleanDatabaseAsync();
        await using var transaction = await fixture.Client.BeginTransactionAsync();
        await transaction.RunAsync(CreateMarker("before the error"));

        var error = await Assert.ThrowsAsync<ClientException>(() => transaction.RunAsync(new Statement("RETURN 1 +")));
        var later = await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("rolled this transaction back", later.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountMarkersAsync());
    }

    [Fact]
    public async Task A_transaction_kept_alive_outlives_the_server_idle_timeout()
    {
        await fixture.CleanDatabaseAsync();
        await using var transaction = await fixture.Client.BeginTransactionAsync();
        await transaction.RunAsync(CreateMarker("kept alive"));
        var firstExpiry = Assert.NotNull(transaction.Expires);

        await Task.Delay(UntilPast(firstExpiry));
        await transaction.CommitAsync();

        Assert.Equal(1, await CountMarkersAsync());
    }

    [Fact]
    public async Task An_idle_transaction_without_keep_alive_expires_with_a_clear_error()
    {
        using var client = fixture.Server.CreateClient(options => options with { KeepTransactionsAlive = false });
        await using var transaction = await client.BeginTransactionAsync();
        await transaction.RunAsync(new Statement("RETURN 1"));
        var expiry = Assert.NotNull(transaction.Expires);

        await Task.Delay(UntilPast(expiry));
        var error = await Assert.ThrowsAsync<TransactionExpiredException>(() => transaction.RunAsync(new Statement("RETURN 1")));

        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", error.Code);
        Assert.Contains("idle timeout", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
    }

    [Fact]
    public async Task A_unit_of_work_runs_in_one_transaction_and_returns_its_result()
    {
        await fixture.CleanDatabaseAsync();

        var count = await fixture.Client.ExecuteInTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync([CreateMarker("a"), CreateMarker("b")], token);
            return (long)(await transaction.RunAsync(CountMarkers, token)).Single()["count"]!;
        });

        Assert.Equal(2, count);
        Assert.Equal(2, await CountMarkersAsync());
    }

    [Fact]
    public async Task A_deadlock_is_reported_as_a_retriable_transient_error()
    {
        await fixture.CleanDatabaseAsync();
        await fixture.Client.RunAsync(new Statement("CREATE (:Lock {name: 'a'}), (:Lock {name: 'b'})"));
        await using var first = await fixture.Client.BeginTransactionAsync();
        await using var second = await fixture.Client.BeginTransactionAsync();
        await first.RunAsync(Touch("a"));
        await second.RunAsync(Touch("b"));

        // Each now waits for the lock the other holds: the server must detect the cycle and fail one of them.
        var firstWaits = first.RunAsync(Touch("b"));
        var secondWaits = second.RunAsync(Touch("a"));
        var outcomes = await Task.WhenAll(Outcome(firstWaits), Outcome(secondWaits));

        var failure = Assert.Single(outcomes, outcome => outcome is not null);
        var transient = Assert.IsType<TransientException>(failure);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", transient.Code);
        Assert.True(transient.IsRetriable);
    }

    [Fact]
    public async Task A_unit_of_work_that_deadlocks_is_retried_until_it_commits()
    {
        await fixture.CleanDatabaseAsync();
        await fixture.Client.RunAsync(new Statement("CREATE (:Lock {name: 'a'}), (:Lock {name: 'b'})"));
        using var bothHoldOneLock = new Barrier(2);
        var attempts = new int[2];

        Task<bool> Work(int worker, string firstLock, string secondLock) =>
            fixture.Client.ExecuteInTransactionAsync(async (transaction, token) =>
            {
                var attempt = Interlocked.Increment(ref attempts[worker]);
                await transaction.RunAsync(Touch(firstLock), token);
                if (attempt == 1)
                {
                    // Only the first attempts meet here, which guarantees the lock cycle once.
                    await Task.Run(() => bothHoldOneLock.SignalAndWait(TimeSpan.FromSeconds(20)), token);
                }

                await transaction.RunAsync(Touch(secondLock), token);
                return true;
            });

        var results = await Task.WhenAll(Work(0, "a", "b"), Work(1, "b", "a"));

        Assert.All(results, Assert.True);
        Assert.Equal(3, attempts.Sum());
        var touched = (await fixture.Client.RunAsync(new Statement("MATCH (l:Lock) RETURN sum(l.touched) AS total"))).Single();
        Assert.Equal(4L, touched["total"]);
    }

    private static Statement Touch(string name) => new(
        "MATCH (l:Lock {name: $name}) SET l.touched = coalesce(l.touched, 0) + 1",
        new Dictionary<string, object?> { ["name"] = name });

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    // Called right after a request, so expiry - now is about the server's idle timeout. The server drops idle
    // transactions from a job that runs every half timeout (Neo4j 3.x), and expiry times have one-second
    // resolution: so wait one and a half timeouts, plus a margin, past the last request.
    private static TimeSpan UntilPast(DateTimeOffset expiry)
    {
        var lifetime = expiry - DateTimeOffset.UtcNow;
        return (lifetime > TimeSpan.Zero ? lifetime * 1.5 : TimeSpan.Zero) + TimeSpan.FromSeconds(2);
    }
}
