using System.Collections.Concurrent;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Testing;

/// <summary>Every request a Neo4j client reports while this observer is attached, in order.</summary>
public sealed class RecordingObserver : IStatementObserver
{
    private readonly ConcurrentQueue<StatementExecution> _executions = new();

    public IReadOnlyList<StatementExecution> Executions => [.. _executions];

    public void OnExecuted(StatementExecution execution) => _executions.Enqueue(execution);
}
