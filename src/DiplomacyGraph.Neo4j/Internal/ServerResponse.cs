namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>A parsed transactional-API answer: results, errors and, for open transactions, the commit URL and expiry.</summary>
internal sealed record ServerResponse(
    IReadOnlyList<StatementResult> Results,
    IReadOnlyList<ServerError> Errors,
    string? CommitUri,
    DateTimeOffset? Expires);
