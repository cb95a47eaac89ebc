using System.Text.Json;
using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using Xunit.Abstractions;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Loads the IDE the endpoint serves in Debian's headless Chromium and checks it really worked:
/// the page introspected the endpoint (the server saw the introspection POST) and shows a type of
/// the schema, with no error in the page's console, no request to another origin (telemetry is
/// off) and no "switch to Nitro" banner. The screenshot is kept as <c>TestResults/ide.png</c>.
/// </summary>
public sealed class BananaCakePopInChromiumTests(ITestOutputHelper output)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task The_IDE_loads_in_Chromium_and_fetches_the_schema()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is needed at {ChromiumPath} (apt-get install -y chromium).");
        var ideDirectory = await BananaCakePopInstaller.EnsureInstalledAsync(RepositoryPaths.IdeInstall);
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { IdeDirectory = ideDirectory, IdeTitle = "Test schema" });
        Directory.CreateDirectory(RepositoryPaths.TestResults);
        var screenshot = Path.Combine(RepositoryPaths.TestResults, "ide.png");
        File.Delete(screenshot);

        var run = await NodeScripts.RunAsync("ide.mjs", [server.Endpoint.ToString(), screenshot, "Country", ChromiumPath], TimeSpan.FromMinutes(3));

        output.WriteLine(run.Output);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(File.Exists(screenshot), "Chromium saved no screenshot.");
        Assert.Equal(0, run.ExitCode);
        var findings = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(findings.GetProperty("schemaAvailable").GetBoolean());
        Assert.True(findings.GetProperty("typeNameShown").GetBoolean());
        Assert.Contains(server.PostedBodies, body => body.Contains("__schema", StringComparison.Ordinal));
        Assert.Empty(findings.GetProperty("consoleErrors").EnumerateArray().Select(error => error.GetString()));
        Assert.Empty(findings.GetProperty("offsiteRequests").EnumerateArray().Select(request => request.GetString()));
        Assert.False(findings.GetProperty("nitroBannerShown").GetBoolean(), "The \"switch to Nitro\" banner showed.");
    }
}
