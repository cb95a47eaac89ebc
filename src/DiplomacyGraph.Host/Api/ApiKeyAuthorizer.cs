using DiplomacyGraph.GraphQL.AspNetCore;
using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// Reads stay public; mutations need one of the configured API keys (<see cref="CuratorKeys"/>) in
/// the <c>X-Api-Key</c> header, and run as that key's curator (<see cref="CuratorOf"/>, which the
/// change history records). With no key configured, mutations are refused outright rather than left open.
/// </summary>
public static class ApiKeyAuthorizer
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The environment variable that holds the single key (curator <see cref="CuratorKeys.SingleKeyCurator"/>).</summary>
    public const string EnvironmentVariable = "DIPLOMACYGRAPH_API_KEY";

    private const string CuratorItem = "DiplomacyGraph.Curator";

    public static OperationAuthorizer For(CuratorKeys keys) => (http, operation) =>
    {
        if (operation != OperationType.Mutation)
        {
            return null;
        }

        if (keys.IsEmpty)
        {
            return new GraphQLRequestDenial(
                StatusCodes.Status403Forbidden,
                $"Mutations are disabled on this server: it has no API key configured (set {EnvironmentVariable} or {CuratorKeys.EnvironmentVariable}).",
                "MUTATIONS_DISABLED");
        }

        var given = http.Request.Headers[HeaderName].ToString();
        if (given.Length == 0)
        {
            return new GraphQLRequestDenial(
                StatusCodes.Status401Unauthorized,
                $"Mutations need the API key in the {HeaderName} header.",
                "API_KEY_REQUIRED");
        }

        if (keys.Find(given) is not { } curator)
        {
            return new GraphQLRequestDenial(StatusCodes.Status403Forbidden, $"The API key in the {HeaderName} header is not valid.", "API_KEY_INVALID");
        }

        http.Items[CuratorItem] = curator;
        return null;
    };

    /// <summary>The curator an authorized mutation request runs as (part of its <see cref="ApiRequestContext"/>).</summary>
    public static object? CuratorOf(HttpContext http, OperationType operation) =>
        operation == OperationType.Mutation ? http.Items[CuratorItem] as string : null;
}
