namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// A request the endpoint refuses before any GraphQL work: the HTTP status to answer with, a
/// message for the client, and a stable code for the error's <c>extensions</c>.
/// </summary>
internal sealed record RequestError(int StatusCode, string Message, string Code)
{
    /// <summary>Extra response headers, e.g. <c>Allow</c> for a 405.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
