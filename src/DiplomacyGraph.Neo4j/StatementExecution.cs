namespace DiplomacyGraph.Neo4j;

/// <summary>One HTTP request that carried statements to the server, as seen by an <see cref="IStatementObserver"/>.</summary>
/// <param name="Statements">The statements sent together in this request.</param>
/// <param name="InTransaction">True inside an explicit transaction; false for an auto-commit run.</param>
/// <param name="Elapsed">Time from sending to having read the answer.</param>
/// <param name="Error">The error the request ended with, if any (each retried attempt is reported separately).</param>
public sealed record StatementExecution(IReadOnlyList<Statement> Statements, bool InTransaction, TimeSpan Elapsed, Exception? Error)
{
    /// <summary>
    /// Sent to the auto-commit endpoint (<see cref="Neo4jClient.RunAutoCommitAsync(Statement, CancellationToken)"/>): cancelling
    /// the call does not end these statements in Neo4j. False for every other run, which cancellation rolls back.
    /// </summary>
    public bool AutoCommit { get; init; }
}
