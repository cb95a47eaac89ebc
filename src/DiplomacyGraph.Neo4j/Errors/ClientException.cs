namespace DiplomacyGraph.Neo4j;

/// <summary>A <c>Neo.ClientError.*</c>: the request was wrong (syntax, constraint violation, bad credentials). Retrying will not help.</summary>
public class ClientException : Neo4jException
{
    public ClientException(string code, string message)
        : base(code, message)
    {
    }

    public override bool IsRetriable => false;
}
