using Microsoft.Net.Http.Headers;

namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// Picks the response media type from the <c>Accept</c> header
/// (https://graphql.github.io/graphql-over-http/draft/#sec-Accept).
/// </summary>
internal static class AcceptNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer in, or null when the header accepts neither (a 406).
    /// No header, or only wildcards, means <c>application/json</c>: the spec's rule for clients
    /// that predate <c>application/graphql-response+json</c>. Between two explicit types the higher
    /// quality wins; on a tie, <c>application/graphql-response+json</c>, the one the spec prefers.
    /// </summary>
    public static ResponseMediaType? Negotiate(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || acceptHeaders.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted) || accepted.Count == 0)
        {
            // An Accept header that cannot be parsed says nothing usable; answer as if absent.
            return ResponseMediaType.Json;
        }

        double graphQLResponseQuality = 0;
        double jsonQuality = 0;
        foreach (var mediaType in accepted)
        {
            var quality = mediaType.Quality ?? 1.0;
            if (quality <= 0 || (mediaType.Charset.HasValue && !Utf8Charset.Is(mediaType.Charset)))
            {
                continue;
            }

            var type = mediaType.MediaType;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                graphQLResponseQuality = Math.Max(graphQLResponseQuality, quality);
            }
            else if (type.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || type.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                jsonQuality = Math.Max(jsonQuality, quality);
            }
        }

        if (graphQLResponseQuality == 0 && jsonQuality == 0)
        {
            return null;
        }

        return graphQLResponseQuality >= jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    /// <summary>True when the Accept header asks for HTML before JSON: a browser navigating to the endpoint.</summary>
    public static bool PrefersHtml(IList<string>? acceptHeaders)
    {
        if (acceptHeaders is null || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
        {
            return false;
        }

        foreach (var mediaType in accepted)
        {
            if (mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (mediaType.Quality ?? 1.0) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
