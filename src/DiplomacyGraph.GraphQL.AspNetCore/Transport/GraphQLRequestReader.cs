using System.Buffers;
using System.Text.Json;
using System.Text;
using DiplomacyGraph.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DiplomacyGraph.GraphQL.AspNetCore.Transport;

/// <summary>
/// Reads the request parameters from a POST body or a GET query string and checks their shape
/// (https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters). Every way a request
/// can be malformed gets its own 4xx and a message that says what was wrong.
/// </summary>
internal static class GraphQLRequestReader
{
    private const string QueryParameter = "query";
    private const string OperationNameParameter = "operationName";
    private const string VariablesParameter = "variables";
    private const string ExtensionsParameter = "extensions";

    /// <summary>
    /// https://graphql.github.io/graphql-over-http/draft/#sec-POST — the body must be a UTF-8
    /// <c>application/json</c> object.
    /// </summary>
    public static async ValueTask<(GraphQLHttpRequest? Request, RequestError? Error)> ReadPostAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } contentTypeError)
        {
            return (null, contentTypeError);
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        ArraySegment<byte>? body;
        try
        {
            body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken);
        }
        catch (Exception malformed) when (malformed is BadHttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // Broken framing (a bad chunk, a body shorter than its Content-Length; Kestrel reports an overflowing
            // chunk size as an IOException): the client's fault, not ours.
            return (null, new RequestError(
                malformed is BadHttpRequestException { StatusCode: >= 400 and < 500 } bad ? bad.StatusCode : StatusCodes.Status400BadRequest,
                "The request body could not be read: its framing is malformed.",
                GraphQLHttpErrorCodes.MalformedBody));
        }

        if (body is null)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        try
        {
            if (body.Value.Count == 0)
            {
                return (null, new RequestError(
                    StatusCodes.Status400BadRequest,
                    "The request body is empty; expected a JSON object with a \"query\" string.",
                    GraphQLHttpErrorCodes.InvalidJson));
            }

            return ParseBody(body.Value.AsSpan());
        }
        finally
        {
            ReturnBody(body.Value);
        }
    }

    /// <summary>
    /// https://graphql.github.io/graphql-over-http/draft/#sec-GET — parameters in the query string,
    /// <c>variables</c> and <c>extensions</c> as JSON text.
    /// </summary>
    public static (GraphQLHttpRequest? Request, RequestError? Error) ReadGet(IQueryCollection parameters)
    {
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;

        foreach (var (name, values) in parameters)
        {
            if (name is not (QueryParameter or OperationNameParameter or VariablesParameter or ExtensionsParameter))
            {
                continue;
            }

            if (values.Count != 1)
            {
                return (null, InvalidParameter($"The \"{name}\" parameter is given {values.Count} times; give it once."));
            }

            var value = values[0] ?? string.Empty;
            switch (name)
            {
                case QueryParameter:
                    query = value;
                    break;
                case OperationNameParameter:
                    // An empty operationName is what a form sends for "no name", not a name.
                    operationName = value.Length == 0 ? null : value;
                    break;
                case VariablesParameter or ExtensionsParameter when value.Length > 0:
                    if (ParseJsonObjectParameter(name, value, out var map) is { } error)
                    {
                        return (null, error);
                    }

                    if (name == VariablesParameter)
                    {
                        variables = map;
                    }
                    else
                    {
                        extensions = map;
                    }

                    break;
            }
        }

        if (query is null)
        {
            return (null, MissingQuery());
        }

        return (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private static RequestError? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return UnsupportedMediaType("A POST request needs a Content-Type header of application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return UnsupportedMediaType($"The Content-Type \"{contentType}\" is not supported; send application/json.");
        }

        // https://graphql.github.io/graphql-over-http/draft/#sec-JSON-Encoding — JSON is UTF-8;
        // no charset means UTF-8, and any other charset is refused rather than misread.
        var charset = mediaType.Charset;
        if (charset.HasValue && !Utf8Charset.Is(charset))
        {
            return UnsupportedMediaType($"The charset \"{charset.Value}\" is not supported; send UTF-8.");
        }

        return null;
    }

    /// <summary>The body in a pooled buffer, or null when it is larger than allowed.</summary>
    private static async ValueTask<ArraySegment<byte>?> ReadBodyAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var initialSize = request.ContentLength is { } length ? (int)length : 4096;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, 16));
        var count = 0;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(count), cancellationToken);
                if (read == 0)
                {
                    return new ArraySegment<byte>(buffer, 0, count);
                }

                count += read;
                if (count > maxBodyBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static void ReturnBody(ArraySegment<byte> body) => ArrayPool<byte>.Shared.Return(body.Array!);

    private static (GraphQLHttpRequest? Request, RequestError? Error) ParseBody(ReadOnlySpan<byte> body)
    {
        string? query = null;
        string? operationName = null;
        Dictionary<string, object?>? variables = null;
        Dictionary<string, object?>? extensions = null;
        var sawQuery = false;

        try
        {
            var reader = new Utf8JsonReader(body);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, new RequestError(
                    StatusCodes.Status400BadRequest,
                    $"The request body must be a JSON object, not {DescribeToken(reader.TokenType)}.",
                    GraphQLHttpErrorCodes.InvalidJson));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (!seen.Add(name))
                {
                    return (null, InvalidParameter($"The \"{name}\" parameter appears twice in the request body."));
                }

                switch (name)
                {
                    case QueryParameter:
                        sawQuery = true;
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            return (null, WrongType(name, "a string", reader.TokenType));
                        }

                        query = reader.GetString();
                        break;
                    case OperationNameParameter:
                        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                        {
                            return (null, WrongType(name, "a string or null", reader.TokenType));
                        }

                        operationName = reader.GetString();
                        break;
                    case VariablesParameter or ExtensionsParameter:
                        if (reader.TokenType == JsonTokenType.Null)
                        {
                            break;
                        }

                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            return (null, WrongType(name, "an object or null", reader.TokenType));
                        }

                        var map = JsonValueReader.ReadObject(ref reader);
                        if (name == VariablesParameter)
                        {
                            variables = map;
                        }
                        else
                        {
                            extensions = map;
                        }

                        break;
                    default:
                        // Parameters this endpoint does not know are ignored, as the spec allows,
                        // so clients that send extra ones (e.g. "id" for persisted queries) work.
                        reader.Skip();
                        break;
                }
            }

            // Reading to the end makes the reader reject trailing garbage after the object.
            while (reader.Read())
            {
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-8, or an escape that is
            // not valid UTF-16 ("\ud800").
            return (null, new RequestError(
                StatusCodes.Status400BadRequest,
                $"The request body is not valid JSON: {exception.Message}",
                GraphQLHttpErrorCodes.InvalidJson));
        }

        if (!sawQuery || query is null)
        {
            return (null, MissingQuery());
        }

        return (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private static RequestError? ParseJsonObjectParameter(string name, string json, out Dictionary<string, object?>? map)
    {
        map = null;
        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return WrongType(name, "a JSON object", reader.TokenType);
            }

            map = JsonValueReader.ReadObject(ref reader);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape that is not valid UTF-16 ("\ud800").
            return InvalidParameter($"The \"{name}\" parameter is not valid JSON: {exception.Message}");
        }
    }

    private static RequestError WrongType(string name, string expected, JsonTokenType actual) =>
        InvalidParameter($"The \"{name}\" parameter must be {expected}, not {DescribeToken(actual)}.");

    private static string DescribeToken(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static RequestError InvalidParameter(string message) =>
        new(StatusCodes.Status400BadRequest, message, GraphQLHttpErrorCodes.InvalidParameter);

    private static RequestError MissingQuery() =>
        new(StatusCodes.Status400BadRequest, "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\".", GraphQLHttpErrorCodes.MissingQuery);

    private static RequestError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, message, GraphQLHttpErrorCodes.UnsupportedMediaType);

    private static RequestError TooLarge(long maxBodyBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBodyBytes} bytes this endpoint accepts.", GraphQLHttpErrorCodes.RequestTooLarge);
}
