using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to the API over real HTTP, as any client would.</summary>
public sealed class GraphQLClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri Endpoint { get; } = endpoint;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? apiKey = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    /// <summary>Posts and requires a response without errors; returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? apiKey = null)
    {
        var response = await PostAsync(query, variables, apiKey);
        Assert.True(response.Errors.Count == 0, $"The API answered with errors: {response.Body}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data;
    }

    public Task<string> GetStringAsync(string relativeUri) => _http.GetStringAsync(new Uri(Endpoint, relativeUri));

    public void Dispose() => _http.Dispose();
}
