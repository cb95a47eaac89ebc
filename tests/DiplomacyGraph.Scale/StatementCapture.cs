using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Scale;

/// <summary>
/// Observes the API's Neo4j client, as the API tests' statement log does: the requests one GraphQL
/// request sent (one per root field), to be sent again, unchanged, straight to Neo4j.
/// </summary>
public sealed class StatementCapture : IStatementObserver
{
    private readonly List<IReadOnlyList<Statement>> _requests = [];

    public void OnExecuted(StatementExecution execution)
    {
        lock (_requests)
        {
            _requests.Add(execution.Statements);
        }
    }

    /// <summary>What was sent since the last call, and forgets it.</summary>
    public IReadOnlyList<IReadOnlyList<Statement>> Take()
    {
        lock (_requests)
        {
            var taken = _requests.ToList();
            _requests.Clear();
            return taken;
        }
    }
}
