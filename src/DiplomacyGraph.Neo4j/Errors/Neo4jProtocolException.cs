namespace DiplomacyGraph.Neo4j;

/// <summary>The server answered something this client does not understand (not Neo4j's HTTP API, or an unexpected status).</summary>
public sealed class Neo4jProtocolException : Neo4jException
{
    public Neo4jProtocolException(string message, Exception? innerException = null)
        : base(null, message, innerException)
    {
    }

    public override bool IsRetriable => false;
}
