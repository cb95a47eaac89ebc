using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Every statement the API's Neo4j client sends, in order; the tests of a collection run one at a time, so a test clears it and reads what its request sent.</summary>
public sealed class StatementLog : IStatementObserver
{
    private readonly List<Statement> _statements = [];

    public void OnExecuted(StatementExecution execution)
    {
        lock (_statements)
        {
            _statements.AddRange(execution.Statements);
        }
    }

    public IReadOnlyList<Statement> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public void Clear()
    {
        lock (_statements)
        {
            _statements.Clear();
        }
    }
}
