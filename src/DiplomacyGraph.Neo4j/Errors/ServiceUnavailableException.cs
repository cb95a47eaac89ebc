namespace DiplomacyGraph.Neo4j;

/// <summary>The server could not be reached (refused, reset, unknown host) or answered 502/503/504. Retriable.</summary>
public class ServiceUnavailableException : Neo4jException
{
    public ServiceUnavailableException(string message, Exception? innerException = null)
        : base(null, message, innerException)
    {
    }

    public override bool IsRetriable => true;
}
