namespace DiplomacyGraph.Neo4j;

/// <summary>A <c>Neo.TransientError.*</c> (deadlock, lock timeout, database unavailable): the same work may succeed if tried again.</summary>
public sealed class TransientException : Neo4jException
{
    public TransientException(string code, string message)
        : base(code, message)
    {
    }

    public override bool IsRetriable => true;
}
