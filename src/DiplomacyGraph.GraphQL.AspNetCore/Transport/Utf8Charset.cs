using Microsoft.Extensions.Primitives;

namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// Whether a <c>charset</c> parameter names UTF-8, the only encoding of GraphQL over HTTP's JSON
/// (https://graphql.github.io/graphql-over-http/draft/#sec-JSON-Encoding); quoted or not, in any case.
/// </summary>
internal static class Utf8Charset
{
    public static bool Is(StringSegment charset)
    {
        var name = charset.Value!.Trim('"');
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
