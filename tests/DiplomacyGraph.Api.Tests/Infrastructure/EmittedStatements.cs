using System.Collections.Concurrent;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// Every distinct statement text the API sent to Neo4j during the test run, with the parameters of its
/// first use; <see cref="ApiFixture"/> lints them all as Cypher 5 when the run ends (<see cref="CypherFiveLint"/>).
/// </summary>
public sealed class EmittedStatements : IStatementObserver
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>> _statements = new(StringComparer.Ordinal);
    private int _suspended;

    /// <summary>
    /// Stops recording until the result is disposed: the fuzz run's hundreds of random statement shapes
    /// would make the end-of-run lint take minutes (tests of the collection run one at a time).
    /// </summary>
    public IDisposable Suspend()
    {
        Interlocked.Increment(ref _suspended);
        return new Resumption(this);
    }

    public void OnExecuted(StatementExecution execution)
    {
        if (Volatile.Read(ref _suspended) > 0)
        {
            return;
        }

        foreach (var statement in execution.Statements)
        {
            _statements.TryAdd(statement.Text, statement.Parameters ?? new Dictionary<string, object?>());
        }
    }

    public IReadOnlyList<LintedStatement> Snapshot() =>
        [.. _statements.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new LintedStatement("emitted by the API", pair.Key, pair.Value))];

    private sealed class Resumption(EmittedStatements owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._suspended);
            }
        }
    }
}
