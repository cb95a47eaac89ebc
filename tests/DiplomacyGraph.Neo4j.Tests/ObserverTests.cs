using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class ObserverTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task Observers_see_each_request_with_the_statements_it_carried()
    {
        using var client = fixture.Server.CreateClient();
        var observer = new RecordingObserver();
        using (client.AddObserver(observer))
        {
            await client.RunAsync(new Statement("RETURN 1"));
            await client.RunAsync([new Statement("RETURN 2"), new Statement("RETURN 3")]);
            await using var transaction = await client.BeginTransactionAsync();
            await transaction.RunAsync(new Statement("RETURN 4"));
            await transaction.CommitAsync();
        }

        await client.RunAsync(new Statement("RETURN 5")); // after detaching: not seen

        Assert.Equal([1, 2, 1], observer.Executions.Select(execution => execution.Statements.Count));
        Assert.Equal([false, false, true], observer.Executions.Select(execution => execution.InTransaction));
        Assert.Equal(["RETURN 1", "RETURN 2", "RETURN 3", "RETURN 4"], observer.Executions.SelectMany(e => e.Statements).Select(s => s.Text));
    }

    [Fact]
    public async Task Observers_see_failed_requests_with_their_error()
    {
        using var client = fixture.Server.CreateClient();
        var observer = new RecordingObserver();
        using var registration = client.AddObserver(observer);

        await Assert.ThrowsAsync<ClientException>(() => client.RunAsync(new Statement("RETURN 1 +")));

        var execution = Assert.Single(observer.Executions);
        Assert.IsType<ClientException>(execution.Error);
    }

    [Fact]
    public async Task Observers_run_on_the_callers_flow_so_per_request_counters_work()
    {
        using var client = fixture.Server.CreateClient();
        var counter = new AsyncLocalCounter();
        using var registration = client.AddObserver(counter);

        async Task<int> OneApiRequestAsync(int statements)
        {
            counter.Begin();
            for (var i = 0; i < statements; i++)
            {
                await client.RunAsync(new Statement("RETURN 1"));
            }

            return counter.Current;
        }

        var counts = await Task.WhenAll(OneApiRequestAsync(1), OneApiRequestAsync(3), OneApiRequestAsync(2));

        Assert.Equal([1, 3, 2], counts);
    }

    private sealed class AsyncLocalCounter : IStatementObserver
    {
        private readonly AsyncLocal<StrongBox> _box = new();

        public int Current => _box.Value!.Count;

        public void Begin() => _box.Value = new StrongBox();

        public void OnExecuted(StatementExecution execution)
        {
            if (_box.Value is { } box)
            {
                Interlocked.Add(ref box.Count, execution.Statements.Count);
            }
        }

        private sealed class StrongBox
        {
            public int Count;
        }
    }
}
