namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Why a request was refused: the HTTP status (401 when credentials are missing, 403 when they do
/// not allow the operation), the message clients see, and a code for the error's <c>extensions</c>.
/// </summary>
public sealed record GraphQLRequestDenial(int StatusCode, string Message, string Code);
