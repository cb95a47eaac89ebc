using System.Net;
using System.Text.Json;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>One response: HTTP status, <c>data</c> and the error messages.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Root, string Body)
{
    public JsonElement Data => Root.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<string> Errors => Root.TryGetProperty("errors", out var errors)
        ? [.. errors.EnumerateArray().Select(error => error.GetProperty("message").GetString() ?? "")]
        : [];

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public string? FirstErrorCode => Root.TryGetProperty("errors", out var errors)
        && errors[0].TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}
