namespace DiplomacyGraph.Neo4j;

/// <summary>A <c>Neo.DatabaseError.*</c> (or an unknown class of code): the server failed; retrying will not help.</summary>
public sealed class DatabaseException : Neo4jException
{
    public DatabaseException(string code, string message)
        : base(code, message)
    {
    }

    public override bool IsRetriable => false;
}
