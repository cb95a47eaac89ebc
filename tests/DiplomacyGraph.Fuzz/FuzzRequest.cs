namespace DiplomacyGraph.Fuzz;

/// <summary>The three families of generated requests.</summary>
public enum RequestKind
{
    /// <summary>Documents that follow the live schema, sent correctly.</summary>
    Valid,

    /// <summary>Valid documents broken at the token or byte level, or pushed past the limits.</summary>
    Mutated,

    /// <summary>Broken HTTP: bodies, media types, framing, methods, headers, query strings.</summary>
    Malformed,
}

/// <summary>
/// One generated request, sent either through <see cref="HttpClient"/> (<see cref="Http"/>: any method,
/// headers and body that HTTP/1.1 can frame) or as raw bytes over a socket (<see cref="Raw"/>: framing
/// that a client library would refuse to produce).
/// </summary>
public sealed record FuzzRequest(long Index, RequestKind Kind, string Shape)
{
    public HttpForm? Http { get; init; }

    /// <summary>The bytes of a whole HTTP/1.1 request, from its request line; the sender half-closes after them.</summary>
    public byte[]? Raw { get; init; }
}

/// <summary>A request as <see cref="HttpClient"/> sends it; header values are not validated.</summary>
public sealed record HttpForm(string Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body, string? ContentType);

/// <summary>
/// What came back: <see cref="Status"/> is 0 when the connection closed without a response, -1 when none
/// came in time, -2 when the answer was not HTTP/1.x (Kestrel answers an HTTP/2 preface with an HTTP/2 frame).
/// </summary>
public sealed record FuzzResponse(int Status, string? ContentType, string Body, string? RetryAfter)
{
    public const int Closed = 0;
    public const int NoAnswer = -1;
    public const int NotHttp1 = -2;
}
