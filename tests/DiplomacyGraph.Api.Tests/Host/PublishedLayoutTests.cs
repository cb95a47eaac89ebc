using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>
/// The layout the Docker image has: <c>dotnet publish</c> output in a folder outside the repository, run from there
/// with nothing of the repository around it, pointed at the test Neo4j (which holds the seed graph). It must serve
/// the GraphQL API and Banana Cake Pop (whose files the publish fetched), and find its fact files and schema scripts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PublishedLayoutTests(ApiFixture fixture) : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("diplomacygraph-published-").FullName;

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    [Fact]
    public async Task The_published_host_serves_the_api_and_the_ide_from_a_folder_outside_the_repository()
    {
        var app = Path.Combine(_outside, "app");
        await PublishAsync(app);
        Assert.False(File.Exists(Path.Combine(app, "..", "DiplomacyGraph.sln")));
        Assert.True(File.Exists(Path.Combine(app, "ide", "index.html")), "the publish output has no IDE");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app, "data"), "*.yaml", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app, "cypher", "schema"), "*.cypher"));

        var server = fixture.Neo4jServer.ClientOptions;
        using var host = HostProcess.Start(
            ["schema", "apply", "--neo4j-uri", server.Uri.ToString(), "--neo4j-user", server.User ?? "neo4j"],
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = server.Password ?? "", ["HOME"] = _outside },
            assembly: Path.Combine(app, "DiplomacyGraph.Host.dll"),
            workingDirectory: _outside);
        Assert.True(await host.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, host.Output + host.Error);
        Assert.Contains("Schema: applied", host.Output, StringComparison.Ordinal);

        using var serving = HostProcess.Start(
            ["serve", "--urls", "http://127.0.0.1:0", "--neo4j-uri", server.Uri.ToString(), "--neo4j-user", server.User ?? "neo4j"],
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = server.Password ?? "", ["HOME"] = _outside, ["PATH"] = "/nonexistent" },
            assembly: Path.Combine(app, "DiplomacyGraph.Host.dll"),
            workingDirectory: _outside);
        Assert.True(await serving.WaitForOutputAsync("Press Ctrl+C to stop.", TimeSpan.FromSeconds(60)), serving.Output + serving.Error);
        var endpoint = new Uri(serving.Output.Split('\n').Single(line => line.StartsWith("GraphQL API:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]);
        Assert.DoesNotContain("not available", serving.Output, StringComparison.Ordinal);

        using var http = new HttpClient();
        using var query = await http.PostAsync(endpoint, new StringContent("""{"query":"{ cities(where: {name: {eq: \"Tacoma\"}}) { nodes { name nameAr } } }"}""", Encoding.UTF8, "application/json"));
        var answer = await query.Content.ReadAsStringAsync();
        Assert.True(query.IsSuccessStatusCode, answer);
        Assert.Contains("\"nameAr\":\"تاكوما\"", answer, StringComparison.Ordinal);

        using var ideRequest = new HttpRequestMessage(HttpMethod.Get, endpoint);
        ideRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var ide = await http.SendAsync(ideRequest);
        Assert.Equal(System.Net.HttpStatusCode.OK, ide.StatusCode);
        Assert.Contains("<html", await ide.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        serving.Signal("INT");
        Assert.Equal(130, await serving.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary><c>dotnet publish</c> of the host, reusing the build the tests run on (same configuration, no rebuild).</summary>
    private static async Task PublishAsync(string output)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", Path.Combine(RepositoryPaths.Root, "src", "DiplomacyGraph.Host"), "-c", configuration, "--no-build", "-o", output, "-v", "q" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(startInfo)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await publish.WaitForExitAsync(deadline.Token);
        Assert.True(publish.ExitCode == 0, await log + await errors);
    }
}
