namespace DiplomacyGraph.Neo4j;

/// <summary>
/// Neo4j could not be reached on recent calls, so this call was not even sent: the client fails fast for
/// <see cref="Neo4jClientOptions.BreakDuration"/> after repeated connection failures instead of making every caller
/// wait through its own retries, then lets one call through to see whether the server is back. Not retriable.
/// </summary>
public sealed class CircuitOpenException : ServiceUnavailableException
{
    public CircuitOpenException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public override bool IsRetriable => false;
}
