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

    public void OnExecuted(StatementExecution execution)
    {
        foreach (var statement in execution.Statements)
        {
            _statements.TryAdd(statement.Text, statement.Parameters ?? new Dictionary<string, object?>());
        }
    }

    public IReadOnlyList<LintedStatement> Snapshot() =>
        [.. _statements.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new LintedStatement("emitted by the API", pair.Key, pair.Value))];
}
