using System.Net.Http.Json;
using System.Text.Json;

namespace DiplomacyGraph.Scale;

/// <summary>Sends benchmark shapes to the API's GraphQL endpoint over HTTP, asking for each request's cost.</summary>
public sealed class BenchmarkClient(HttpClient http, Uri endpoint)
{
    /// <summary>Posts the shape: the first error's code and message (null when none), and the cost the API measured.</summary>
    public async Task<BenchmarkAnswer> PostAsync(BenchmarkShape shape, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new { query = shape.Document, variables = shape.Variables }),
        };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        long? cost = root.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("operationCost", out var operationCost)
            && operationCost.TryGetProperty("fieldCost", out var fieldCost)
            ? fieldCost.GetInt64()
            : null;
        if (!root.TryGetProperty("errors", out var errors))
        {
            return new BenchmarkAnswer(null, cost);
        }

        var first = errors[0];
        // A request over the cost limit carries its cost in the error instead (bench --max-cost 1 lists every cost at once).
        if (cost is null && first.TryGetProperty("extensions", out var refusal) && refusal.TryGetProperty("cost", out var refusedCost))
        {
            cost = refusedCost.GetInt64();
        }

        var message = first.GetProperty("message").GetString() ?? "error";
        return new BenchmarkAnswer(
            first.TryGetProperty("extensions", out var errorExtensions) && errorExtensions.TryGetProperty("code", out var code) ? $"{code.GetString()}: {message}" : message,
            cost);
    }
}

/// <summary>What the API answered: the first error (null when none) and the request's cost, when reported.</summary>
public sealed record BenchmarkAnswer(string? Error, long? Cost);
