namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>One entry of a response's <c>errors</c> array.</summary>
internal readonly record struct ServerError(string Code, string Message)
{
    /// <summary>Maps the status code's classification to the exception family: the one place that decides retriability.</summary>
    public Neo4jException ToException()
    {
        var message = $"{Code}: {Message}";
        return Code switch
        {
            _ when Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(Code, message),
            _ when Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(Code, message),
            _ => new DatabaseException(Code, message),
        };
    }
}
