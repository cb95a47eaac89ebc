namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, whether they came in a POST body or a GET query
/// string (https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters). Variables and
/// extensions are already plain CLR values (maps, lists, strings, longs, doubles, booleans, null).
/// </summary>
internal sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);
