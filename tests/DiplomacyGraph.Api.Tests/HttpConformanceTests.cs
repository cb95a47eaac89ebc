using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using DiplomacyGraph.Host.Api;
using Xunit.Abstractions;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The real host, not a test schema: graphql-http's GraphQL-over-HTTP audit must pass in full, and
/// Banana Cake Pop served by the host must load in headless Chromium and show the API's types
/// (the http layer's scripts in tests/js do the driving).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HttpConformanceTests(ApiFixture fixture, ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Every_graphql_http_audit_passes_against_the_host()
    {
        var audit = await NodeScripts.RunAsync("audit.mjs", [fixture.Endpoint.ToString()], TimeSpan.FromMinutes(2));

        output.WriteLine(audit.Output);
        var summary = Regex.Match(audit.Output, @"audit: (\d+) ok, (\d+) not ok");
        Assert.True(summary.Success, "The audit printed no summary line.");
        Assert.Equal("0", summary.Groups[2].Value);
        Assert.True(int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture) >= 40);
        Assert.Equal(0, audit.ExitCode);
    }

    [Fact]
    public async Task Banana_Cake_Pop_served_by_the_host_loads_in_Chromium_and_shows_the_schema()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is needed at {ChromiumPath} (apt-get install -y chromium).");
        var ide = await BananaCakePopInstaller.EnsureInstalledAsync(RepositoryPaths.IdeInstall);
        await using var app = ApiServer.Build(fixture.Settings with { IdeDirectory = ide });
        await app.StartAsync();
        var results = Path.Combine(RepositoryPaths.Root, "tests", "DiplomacyGraph.Api.Tests", "TestResults");
        Directory.CreateDirectory(results);
        var screenshot = Path.Combine(results, "api-ide.png");
        File.Delete(screenshot);

        // The IDE's SDL view renders what fits on screen: Sourced is an API type near the top of the schema.
        var run = await NodeScripts.RunAsync("ide.mjs", [ApiServer.EndpointUri(app).ToString(), screenshot, "Sourced", ChromiumPath], TimeSpan.FromMinutes(3));

        output.WriteLine(run.Output);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(File.Exists(screenshot), "Chromium saved no screenshot.");
        Assert.Equal(0, run.ExitCode);
        var findings = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(findings.GetProperty("schemaAvailable").GetBoolean());
        Assert.True(findings.GetProperty("typeNameShown").GetBoolean());
        await app.StopAsync();
    }
}
