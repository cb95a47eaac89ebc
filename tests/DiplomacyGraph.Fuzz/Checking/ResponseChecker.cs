using System.Text.Json;

namespace DiplomacyGraph.Fuzz.Checking;

/// <summary>A broken rule: which, and what showed it.</summary>
public sealed record Violation(string Rule, string Detail);

/// <summary>
/// What every response must be: no 5xx but a documented 503 (BUSY, SERVICE_UNAVAILABLE, with Retry-After);
/// an answer in time; a JSON body that parses when it says it is JSON; every GraphQL error with an
/// <c>extensions.code</c> of the documented list and none INTERNAL_SERVER_ERROR; no internal detail.
/// </summary>
public sealed class ResponseChecker(InternalDetailPatterns internals)
{
    public IEnumerable<Violation> Check(FuzzRequest request, FuzzResponse response, ICollection<string> codes)
    {
        if (response.Status == FuzzResponse.NoAnswer)
        {
            yield return new Violation("no-answer-in-time", "no response before the deadline");
            yield break;
        }

        // Over a raw socket, a server may close a connection whose bytes are not HTTP without answering;
        // a well-formed request must always get an answer.
        if (response.Status == FuzzResponse.Closed)
        {
            if (request.Raw is null && request.Kind != RequestKind.Malformed)
            {
                yield return new Violation("closed-without-answer", "the connection closed without a response");
            }

            yield break;
        }

        var json = IsJson(response.ContentType) ? TryParse(response.Body) : null;
        if (IsJson(response.ContentType) && json is null && response.Body.Length > 0)
        {
            yield return new Violation("unparsable-json-body", Shorten(response.Body));
        }

        var errors = json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray()]
            : new List<JsonElement>();
        foreach (var error in errors)
        {
            var code = error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                && extensions.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : null;
            if (code is null)
            {
                yield return new Violation("error-without-code", Shorten(error.GetRawText()));
                continue;
            }

            codes.Add(code);
            if (code == DocumentedErrorCodes.InternalError)
            {
                yield return new Violation("internal-server-error", Shorten(error.GetRawText()));
            }
            else if (!DocumentedErrorCodes.All.Contains(code))
            {
                yield return new Violation("undocumented-code", Shorten(error.GetRawText()));
            }
        }

        if (response.Status >= 500 && !IsDocumentedUnavailability(response, errors) && !IsUnsupportedVersionRefusal(request, response))
        {
            yield return new Violation("server-error-status", $"{response.Status}: {Shorten(response.Body)}");
        }

        // Static content (the IDE, the SDL) is the same for everyone; everything else is checked for internals.
        var isStatic = response.Status == 200 && !IsJson(response.ContentType);
        if (!isStatic && internals.Find(response.Body) is var (pattern, excerpt))
        {
            yield return new Violation("internal-detail", $"{pattern}: {excerpt}");
        }
    }

    private static bool IsDocumentedUnavailability(FuzzResponse response, List<JsonElement> errors) =>
        response.Status == 503
        && response.RetryAfter is not null
        && errors.Count > 0
        && errors.Any(error => error.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("code", out var code)
            && DocumentedErrorCodes.Unavailable.Contains(code.GetString() ?? string.Empty));

    /// <summary>
    /// Kestrel's 505 (with no body) to a request line whose version is not HTTP/1.0 or 1.1: the status
    /// RFC 9110 (15.6.6) gives it, written before the application sees the request.
    /// </summary>
    private static bool IsUnsupportedVersionRefusal(FuzzRequest request, FuzzResponse response)
    {
        if (response.Status != 505 || response.Body.Length > 0 || request.Raw is not { } raw)
        {
            return false;
        }

        var text = System.Text.Encoding.Latin1.GetString(raw);
        var lineEnd = text.IndexOf('\r', StringComparison.Ordinal);
        var requestLine = lineEnd < 0 ? text : text[..lineEnd];
        return !requestLine.EndsWith(" HTTP/1.1", StringComparison.Ordinal) && !requestLine.EndsWith(" HTTP/1.0", StringComparison.Ordinal);
    }

    private static bool IsJson(string? contentType) => contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 512 });
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
