namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// The <c>extensions.code</c> of errors the endpoint itself raises, before or around the engine's
/// work. One constant per way a request can be refused, so clients and tests can tell them apart.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The body is not JSON, or not a JSON object.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The body's HTTP framing is broken (e.g. a malformed chunk); 400.</summary>
    public const string MalformedBody = "MALFORMED_BODY";

    /// <summary>A request parameter has the wrong type (e.g. <c>variables</c> is a string in a POST body).</summary>
    public const string InvalidParameter = "INVALID_PARAMETER";

    /// <summary>The request has no <c>query</c> parameter.</summary>
    public const string MissingQuery = "MISSING_QUERY";

    /// <summary>A POST whose <c>Content-Type</c> is missing, not <c>application/json</c>, or not UTF-8.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The <c>Accept</c> header allows none of the media types the endpoint answers with.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A method other than GET and POST, or a mutation sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodyBytes"/>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request ran longer than <see cref="GraphQLHttpOptions.RequestTimeout"/>.</summary>
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    /// <summary>The server failed in a way that is its own fault; the log has the details.</summary>
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>A subscription operation: this transport answers one response per request.</summary>
    public const string SubscriptionNotSupported = "SUBSCRIPTION_NOT_SUPPORTED";
}
