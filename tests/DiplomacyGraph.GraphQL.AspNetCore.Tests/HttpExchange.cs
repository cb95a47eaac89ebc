using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>One request to the endpoint and what came back, body parsed as JSON when it is JSON.</summary>
internal sealed record HttpExchange(HttpStatusCode Status, string? MediaType, string? Charset, HttpResponseHeaders Headers, IReadOnlyList<string> Allow, string Body)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public JsonElement JsonBody => JsonDocument.Parse(Body).RootElement;

    public string FirstErrorMessage => JsonBody.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public string? FirstErrorCode =>
        JsonBody.GetProperty("errors")[0].TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString() : null;

    public bool HasData => JsonBody.TryGetProperty("data", out _);

    public static Task<HttpExchange> PostJsonAsync(HttpClient client, object body, string? accept = GraphQLResponseJson) =>
        PostAsync(client, JsonSerializer.Serialize(body), "application/json", accept);

    public static async Task<HttpExchange> PostAsync(HttpClient client, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        request.Content = content;
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<HttpExchange> GetAsync(HttpClient client, string pathAndQuery, string? accept = GraphQLResponseJson)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<HttpExchange> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new HttpExchange(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentType?.CharSet,
            response.Headers,
            [.. response.Content.Headers.Allow],
            body);
    }

    public static string Query(string query, object? variables = null, string? operationName = null)
    {
        var url = "?query=" + Uri.EscapeDataString(query);
        if (variables is not null)
        {
            url += "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables));
        }

        if (operationName is not null)
        {
            url += "&operationName=" + Uri.EscapeDataString(operationName);
        }

        return url;
    }
}
