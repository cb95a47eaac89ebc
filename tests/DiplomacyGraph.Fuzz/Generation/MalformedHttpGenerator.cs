using System.Text;
using DiplomacyGraph.Fuzz.Sending;

namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>
/// Broken HTTP around a GraphQL request: bodies that are not the JSON object the spec asks for, wrong or
/// missing media types and charsets, invalid UTF-8, truncated and oversized bodies, bogus methods, huge
/// headers and query strings, GETs with broken parameters, odd paths; and over raw sockets, what a client
/// library would never send: broken chunked framing, bad Content-Length, broken request lines and headers.
/// </summary>
public sealed class MalformedHttpGenerator(Uri endpoint, ValidDocumentGenerator valid)
{
    private const string Simple = "{\"query\":\"{ __typename }\"}";

    private static readonly string[] BadBodies =
    [
        "{", "{\"query\": }", "{\"query\":\"{ __typename }\"", "[]", "null", "\"x\"", "123", "true", "", " ", "{}",
        "{\"query\": 5}", "{\"query\": null}", "{\"query\": [\"{ __typename }\"]}", "{\"query\": {\"x\": 1}}",
        "{\"query\":\"{ __typename }\",\"variables\":\"str\"}", "{\"query\":\"{ __typename }\",\"variables\":[1]}",
        "{\"query\":\"{ __typename }\",\"variables\":5}", "{\"query\":\"{ __typename }\",\"extensions\":5}",
        "{\"query\":\"{ __typename }\",\"extensions\":[]}", "{\"query\":\"{ __typename }\",\"operationName\":7}",
        "{\"query\":\"{ __typename }\",\"operationName\":{}}", "{\"query\":\"{ a }\",\"query\":\"{ __typename }\"}",
        "{}}", Simple + "garbage", Simple + Simple, "/* c */" + Simple, "{'query':'{ __typename }'}",
        "{\"query\":\"{ __typename }\",}", "{\"query\":NaN}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1e99999}}",
        "{\"query\":\"\\ud800\"}", "{\"query\":\"\\x41\"}", "{\"query\":\"a\u0001b\"}", "{\"query\":\"\\u00\"}",
        "\uFEFF" + Simple, "{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}}",
        new string('[', 100_000), "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_001),
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", "application/json; charset=utf-16", "application/json; charset=\"utf-8\"",
        "application/json; charset=UTF8", "application/json;;;", ";;==", "application/json; charset=utf-8; charset=latin1",
        "application/" + new string('j', 10_000), "application/json\u0000", "*/*", "application/*", "json",
    ];

    private static readonly string[] Accepts =
    [
        "garbage", "application/xml", "*/*;q=0", "application/json;q=abc", "application/json; charset=latin1",
        "application/graphql-response+json;q=0, application/json;q=0", new string('a', 5_000) + "/" + new string('b', 5_000), "\u00e9/\u00e9",
    ];

    private static readonly string[] BrokenGets =
    [
        "?query=%ZZ", "?query=", "?variables={bad", "?query={__typename}&variables={bad", "?query={__typename}&query={__typename}",
        "?query={__typename}&extensions=[]", "?query=%00", "?query=%C3%28", "?query={__typename}&operationName=%FF%FE", "?%%%", "?=",
        "?query", "?query={__typename}&variables=null", "?query={__typename}&variables=[1]", "?sdl&query={__typename}", "?variables={}",
        "?query={__typename}&variables=" + new string('[', 5_000), "?query=%7B__typename%7D&operationName=&variables=",
        "?query=mutation{removeRelationship(id:\"x\")}",
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "PROPFIND", "get", "Post"];

    private static readonly string[] Paths =
    [
        "/../graphql", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fREADME.md", "//", "/index.html?x=1", "/nonexistent.js",
        "/%00", "/..\\..\\appsettings.json", "/static/../../../../../../etc/passwd", "/" + new string('a', 2_000), "/%C3%28",
    ];

    private readonly string _path = endpoint.AbsolutePath;
    private readonly string _authority = endpoint.Authority;

    public (string Shape, FuzzRequest Request) Generate(long index, Random random)
    {
        var shape = random.Next(16);
        return shape switch
        {
            0 or 1 => ("bad-json", Http(index, "bad-json", Post(Encoding.UTF8.GetBytes(BadBodies[random.Next(BadBodies.Length)]), PayloadTransport.JsonContentType))),
            2 => ("content-type", Http(index, "content-type", Post(ValidBody(random), ContentTypes[random.Next(ContentTypes.Length)]))),
            3 => ("accept", Http(index, "accept", Post(ValidBody(random), PayloadTransport.JsonContentType) with { Headers = [KeyValuePair.Create("Accept", Accepts[random.Next(Accepts.Length)])] })),
            4 => ("invalid-utf8", Http(index, "invalid-utf8", Post(InvalidUtf8(random), PayloadTransport.JsonContentType))),
            5 => ("oversized-body", Http(index, "oversized-body", Post(Oversized(random), PayloadTransport.JsonContentType))),
            6 => ("bogus-method", Http(index, "bogus-method", Post(ValidBody(random), PayloadTransport.JsonContentType) with { Method = Methods[random.Next(Methods.Length)] })),
            7 => ("huge-header", Http(index, "huge-header", Post(ValidBody(random), PayloadTransport.JsonContentType) with { Headers = HugeHeaders(random) })),
            8 => ("broken-get", Http(index, "broken-get", new HttpForm("GET", BrokenGets[random.Next(BrokenGets.Length)], [], null, null))),
            9 => ("path", Http(index, "path", new HttpForm(random.Next(2) == 0 ? "GET" : "POST", _path + Paths[random.Next(Paths.Length)], [KeyValuePair.Create("Accept", "*/*")], Encoding.UTF8.GetBytes(Simple), PayloadTransport.JsonContentType))),
            10 or 11 => ("bad-chunked", Raw(index, "bad-chunked", BadChunked(random))),
            12 => ("bad-content-length", Raw(index, "bad-content-length", BadContentLength(random))),
            13 => ("truncated-body", Raw(index, "truncated-body", Truncated(random))),
            14 => ("huge-query-string", Raw(index, "huge-query-string", $"GET {_path}?query={{{new string(' ', new[] { 70_000, 300_000, 2_000_000 }[random.Next(3)])}__typename}} HTTP/1.1\r\nHost: {_authority}\r\nConnection: close\r\n\r\n")),
            _ => ("bad-request-line", Raw(index, "bad-request-line", BadRequestLine(random))),
        };
    }

    private static FuzzRequest Http(long index, string shape, HttpForm form) => new(index, RequestKind.Malformed, shape) { Http = form };

    private static FuzzRequest Raw(long index, string shape, string text) => new(index, RequestKind.Malformed, shape) { Raw = Encoding.UTF8.GetBytes(text) };

    private static HttpForm Post(byte[] body, string? contentType) => new("POST", string.Empty, [], body, contentType);

    private byte[] ValidBody(Random random) => Encoding.UTF8.GetBytes(PayloadTransport.Body(valid.FromPool(random)));

    /// <summary>A valid request with bytes that are not UTF-8 inside its query string.</summary>
    private byte[] InvalidUtf8(Random random)
    {
        byte[][] bad = [[0xC3, 0x28], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]];
        var body = ValidBody(random).ToList();
        var at = body.IndexOf((byte)'{', 2);
        body.InsertRange(at < 0 ? body.Count / 2 : at + 1, bad[random.Next(bad.Length)]);
        return [.. body];
    }

    /// <summary>Just over the 1 MiB body limit, or far over it: whitespace inside a valid document.</summary>
    private static byte[] Oversized(Random random)
    {
        var size = new[] { 1_048_577, 3_000_000 }[random.Next(2)];
        return Encoding.UTF8.GetBytes("{\"query\":\"{" + new string(' ', size) + "__typename }\"}");
    }

    private static IReadOnlyList<KeyValuePair<string, string>> HugeHeaders(Random random) => random.Next(3) switch
    {
        0 => [KeyValuePair.Create("X-Huge", new string('h', new[] { 10_000, 40_000, 200_000 }[random.Next(3)]))],
        1 => [.. Enumerable.Range(0, 500).Select(i => KeyValuePair.Create($"X-Many-{i}", "v"))],
        _ => [KeyValuePair.Create("Cookie", string.Concat(Enumerable.Repeat("a=b; ", 20_000)))],
    };

    private string Head(string extra) =>
        $"POST {_path} HTTP/1.1\r\nHost: {_authority}\r\nContent-Type: application/json\r\nConnection: close\r\n{extra}";

    private string BadChunked(Random random)
    {
        string[] bodies =
        [
            "ZZZ\r\n" + Simple + "\r\n0\r\n\r\n",
            "5\r\n" + Simple + "\r\n0\r\n\r\n",
            "ffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
            "-5\r\nabcde\r\n0\r\n\r\n",
            "0x1a\r\n" + Simple + "\r\n0\r\n\r\n",
            $"{Simple.Length:x};;;=;\r\n{Simple}\r\n0\r\n\r\n",
            $"{Simple.Length:x}\n{Simple}\n0\n\n",
            $"{Simple.Length:x}\r\n{Simple}",
            $"{Simple.Length:x}\r\n{Simple}\r\n0\r\nBad Trailer\r\n\r\n",
            $"{Simple.Length + 10:x}\r\n{Simple}\r\n0\r\n\r\n",
            "7fffffffffffffff\r\n" + Simple,
            $"{Simple.Length:x}\r\n{Simple}\r\n0\r\n",
            "\r\n\r\n",
        ];
        var encoding = random.Next(4) switch
        {
            0 => "Transfer-Encoding: chunked, chunked\r\n",
            1 => "Transfer-Encoding: gzip, chunked\r\n",
            2 => "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
            _ => "Transfer-Encoding: chunked\r\n",
        };
        return Head(encoding + "\r\n") + bodies[random.Next(bodies.Length)];
    }

    private string BadContentLength(Random random)
    {
        string[] lengths =
        [
            "abc", "-1", "1e3", "99999999999999999999", " ", "0x10", $"{Simple.Length}, {Simple.Length + 1}", "+26", $"{Simple.Length}.0",
        ];
        return random.Next(3) switch
        {
            0 => Head($"Content-Length: {lengths[random.Next(lengths.Length)]}\r\n\r\n") + Simple,
            1 => Head($"Content-Length: {Simple.Length}\r\nContent-Length: {Simple.Length - 3}\r\n\r\n") + Simple,
            _ => Head($"Content-Length: 5\r\n\r\n") + Simple + "GARBAGE / HTTP/1.1\r\n\r\n",
        };
    }

    /// <summary>A Content-Length the body never reaches: the sender's half-close ends it early.</summary>
    private string Truncated(Random random)
    {
        var body = PayloadTransport.Body(valid.FromPool(random));
        return Head($"Content-Length: {body.Length + random.Next(1, 100_000)}\r\n\r\n") + body[..random.Next(body.Length)];
    }

    private string BadRequestLine(Random random)
    {
        string[] requests =
        [
            $"G ET {_path} HTTP/1.1\r\nHost: {_authority}\r\n\r\n",
            $"GET {_path} HTTP/9.9\r\nHost: {_authority}\r\n\r\n",
            $"GET graphql HTTP/1.1\r\nHost: {_authority}\r\n\r\n",
            "\0\0\0\0\r\n\r\n",
            $"GET {_path}\r\n\r\n",
            new string('P', 10_000) + $" {_path} HTTP/1.1\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\nHost: {_authority}\r\nNoColonHere\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\nHost: {_authority}\r\nX-Nul: a\0b\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\nHost: {_authority}\r\nX-Fold: a\r\n  folded\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.1\r\nHost: {_authority}\r\nX-Arabic: \u0645\u0635\u0631\r\n\r\n",
            $"GET {_path}?query={{__typename}} HTTP/1.0\r\n\r\n",
            $"POST {_path} HTTP/1.1\r\nHost: {_authority}\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 26\r\n\r\n",
            "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            $"GET http://evil.example{_path}?query={{__typename}} HTTP/1.1\r\nHost: {_authority}\r\n\r\n",
        ];
        return requests[random.Next(requests.Length)];
    }
}
