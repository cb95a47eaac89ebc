namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// The two media types a GraphQL response is written in
/// (https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types). They carry the same JSON
/// and differ in status codes: <c>application/graphql-response+json</c> answers request errors
/// (parse, validation, variable coercion) with 4xx, while legacy <c>application/json</c> answers
/// every well-formed request with 200.
/// </summary>
internal enum ResponseMediaType
{
    GraphQLResponseJson,
    Json,
}
