namespace DiplomacyGraph.Neo4j;

/// <summary>
/// Sees every request that carries statements (attach with <see cref="Neo4jClient.AddObserver"/>), e.g. so tests
/// can count the statements one API request sends. Called on the caller's own async flow right after the answer
/// is read, so an <see cref="AsyncLocal{T}"/> set by the caller is visible. Must be quick and must not throw.
/// </summary>
public interface IStatementObserver
{
    void OnExecuted(StatementExecution execution);
}
