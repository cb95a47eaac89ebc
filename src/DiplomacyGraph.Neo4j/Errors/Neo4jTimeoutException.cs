namespace DiplomacyGraph.Neo4j;

/// <summary>A call did not finish within its timeout (<see cref="Neo4jClientOptions.Timeout"/>), retries included.</summary>
public sealed class Neo4jTimeoutException : Neo4jException
{
    public Neo4jTimeoutException(string message, Exception? innerException = null)
        : base(null, message, innerException)
    {
    }

    public override bool IsRetriable => false;
}
