using System.Security.Cryptography;
using System.Text;
using DiplomacyGraph.GraphQL.AspNetCore;
using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// Reads stay public; mutations need the configured API key in the <c>X-Api-Key</c> header. With
/// no key configured, mutations are refused outright rather than left open.
/// </summary>
public static class ApiKeyAuthorizer
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The environment variable that holds the key.</summary>
    public const string EnvironmentVariable = "DIPLOMACYGRAPH_API_KEY";

    public static OperationAuthorizer For(string? apiKey) => (http, operation) =>
    {
        if (operation != OperationType.Mutation)
        {
            return null;
        }

        if (string.IsNullOrEmpty(apiKey))
        {
            return new GraphQLRequestDenial(
                StatusCodes.Status403Forbidden,
                $"Mutations are disabled on this server: it has no API key configured (set {EnvironmentVariable}).",
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

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(apiKey))
            ? null
            : new GraphQLRequestDenial(StatusCodes.Status403Forbidden, $"The API key in the {HeaderName} header is not valid.", "API_KEY_INVALID");
    };
}
