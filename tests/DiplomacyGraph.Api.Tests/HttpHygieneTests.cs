using System.Net.Sockets;
using System.Text;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>Malformed requests are the client's fault (4xx), never a 500; every error carries a code.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpHygieneTests(ApiFixture fixture)
{
    public static TheoryData<string> MalformedFraming => new()
    {
        "Transfer-Encoding: chunked\r\n\r\nZZZ\r\n{\"query\":\"{ __typename }\"}\r\n0\r\n\r\n",
        "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"query\":\"{ __typename }\"}\r\n0\r\n\r\n",
        "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
    };

    [Theory]
    [MemberData(nameof(MalformedFraming))]
    public async Task A_malformed_chunked_body_is_a_4xx_not_a_500(string headersAndBody)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Endpoint.Host, fixture.Endpoint.Port);
        var stream = tcp.GetStream();
        var request = $"POST {fixture.Endpoint.AbsolutePath} HTTP/1.1\r\nHost: {fixture.Endpoint.Authority}\r\nContent-Type: application/json\r\nConnection: close\r\n" + headersAndBody;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(statusLine);
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(status, 400, 499);
    }

    [Theory]
    [InlineData("{ cities { nodes { id } ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ cities { nodes { noSuchField } } }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query($n: Int!) { cities(first: $n) { nodes { id } } }", "BAD_USER_INPUT")]
    public async Task Syntax_validation_and_coercion_errors_carry_a_code(string query, string code)
    {
        var response = await fixture.Api.PostAsync(query, new { n = "not a number" });

        Assert.Equal(code, response.FirstErrorCode);
    }
}
