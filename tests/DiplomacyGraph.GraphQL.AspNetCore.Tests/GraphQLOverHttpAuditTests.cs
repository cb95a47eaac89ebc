using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// graphql-http's server audit (the GraphQL-over-HTTP spec's own conformance checks) against the
/// real endpoint. Every audit must come back ok: no error, no warning, no notice.
/// </summary>
public sealed class GraphQLOverHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_graphql_http_audit_passes()
    {
        await using var server = await TestGraphQLServer.StartAsync();

        var audit = await NodeScripts.RunAsync("audit.mjs", [server.Endpoint.ToString()], TimeSpan.FromMinutes(2));

        output.WriteLine(audit.Output);
        var summary = Regex.Match(audit.Output, @"audit: (\d+) ok, (\d+) not ok");
        Assert.True(summary.Success, "The audit printed no summary line.");
        Assert.Equal("0", summary.Groups[2].Value);
        Assert.True(int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture) >= 40, "The audit ran fewer checks than graphql-http has.");
        Assert.Equal(0, audit.ExitCode);
    }
}
