using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// What a client learns when Neo4j fails: a fixed message and an <c>extensions.code</c>, never the server's URL,
/// status codes, node ids or exception text (the exception stays attached as the error's original error, for
/// the log).
/// </summary>
public static class GraphDatabaseErrors
{
    /// <summary>Neo4j cannot be reached (or the client fails fast while it could not be); the endpoint answers 503.</summary>
    public const string UnavailableCode = "SERVICE_UNAVAILABLE";

    /// <summary>Too many statements in flight from this process; the endpoint answers 503 with Retry-After.</summary>
    public const string BusyCode = "BUSY";

    /// <summary>Neo4j did not answer within the client's deadline; the statement was ended in Neo4j.</summary>
    public const string TimeoutCode = "GRAPH_DATABASE_TIMEOUT";

    /// <summary>Any other failure of the graph database.</summary>
    public const string DatabaseErrorCode = "GRAPH_DATABASE_ERROR";

    /// <summary>The one code whose Neo4j status means a unique id or other constraint is already taken.</summary>
    public const string ConstraintViolationStatus = "Neo.ClientError.Schema.ConstraintValidationFailed";

    public static GraphQLException ToGraphQLException(Neo4jException error) => error switch
    {
        ServiceUnavailableException => Coded("The graph database is unavailable; try again in a moment.", UnavailableCode, error),
        Neo4jTimeoutException => Coded("The graph database did not answer in time.", TimeoutCode, error),
        _ => Coded("The graph database could not answer this request.", DatabaseErrorCode, error),
    };

    /// <summary>Whether Neo4j refused a write because it would break a uniqueness constraint.</summary>
    public static bool IsConstraintViolation(Neo4jException error) => error.Code == ConstraintViolationStatus;

    private static GraphQLException Coded(string message, string code, Exception error) =>
        new(message, new Dictionary<string, object?> { ["code"] = code }, innerException: error);
}
