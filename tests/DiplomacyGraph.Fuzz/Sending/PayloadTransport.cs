using System.Text;
using System.Text.Json;
using DiplomacyGraph.Fuzz.Generation;

namespace DiplomacyGraph.Fuzz.Sending;

/// <summary>How a GraphQL payload travels: a POST with a JSON body, or a GET with the parameters in the query string.</summary>
public static class PayloadTransport
{
    public const string JsonContentType = "application/json";

    private static readonly string[] Accepts =
    [
        "application/graphql-response+json",
        "application/json",
        "application/graphql-response+json, application/json;q=0.9",
        "*/*",
    ];

    public static HttpForm Post(GraphQLPayload payload, Random random, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new("POST", string.Empty, [.. AcceptHeader(random), .. headers ?? []], Encoding.UTF8.GetBytes(Body(payload)), JsonContentType);

    /// <summary>
    /// A GET; a payload that <see cref="Uri"/> cannot carry (over its 64 K length, or text that does not
    /// escape, such as a lone surrogate) goes as a POST instead. Huge query strings are sent raw (<see cref="MalformedHttpGenerator"/>).
    /// </summary>
    public static HttpForm Get(GraphQLPayload payload, Random random, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        string queryString;
        try
        {
            queryString = QueryString(payload);
        }
        catch (UriFormatException)
        {
            return Post(payload, random, headers);
        }

        return queryString.Length > MaxGetQueryString
            ? Post(payload, random, headers)
            : new("GET", queryString, [.. AcceptHeader(random), .. headers ?? []], null, null);
    }

    /// <summary>Mostly POST, a third GET (a mutation over GET is a documented 405).</summary>
    public static HttpForm Either(GraphQLPayload payload, Random random, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        random.Next(3) == 0 ? Get(payload, random, headers) : Post(payload, random, headers);

    private const int MaxGetQueryString = 32_000;

    /// <summary>The JSON body; <see cref="GraphQLPayload.VariablesJson"/> goes in as it is, so a mutation may break it.</summary>
    public static string Body(GraphQLPayload payload)
    {
        var body = new StringBuilder("{\"query\":").Append(JsonSerializer.Serialize(payload.Query));
        if (payload.OperationName is { } operationName)
        {
            body.Append(",\"operationName\":").Append(JsonSerializer.Serialize(operationName));
        }

        if (payload.VariablesJson is { } variables)
        {
            body.Append(",\"variables\":").Append(variables);
        }

        return body.Append('}').ToString();
    }

    public static string QueryString(GraphQLPayload payload)
    {
        var query = new StringBuilder("?query=").Append(Uri.EscapeDataString(payload.Query));
        if (payload.OperationName is { } operationName)
        {
            query.Append("&operationName=").Append(Uri.EscapeDataString(operationName));
        }

        if (payload.VariablesJson is { } variables)
        {
            query.Append("&variables=").Append(Uri.EscapeDataString(variables));
        }

        return query.ToString();
    }

    private static IEnumerable<KeyValuePair<string, string>> AcceptHeader(Random random)
    {
        var choice = random.Next(Accepts.Length + 1);
        return choice == Accepts.Length ? [] : [KeyValuePair.Create("Accept", Accepts[choice])];
    }
}
