using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;

namespace DiplomacyGraph.Api.Tests.Analysts;

/// <summary>
/// Neo4j Browser, as an analyst uses it on the local Neo4j 3.1.1: headless Chromium opens the Browser the server
/// serves, logs in with the generated password (over Bolt, which Neo4j.Local makes work on Java 17), sets a
/// question's parameters with <c>:param</c>, runs the question from cypher/queries/ and sees its answer.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Neo4jBrowserTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_analyst_logs_in_and_runs_a_question_from_cypher_queries()
    {
        // Against an external server (NEO4J_URI) there is no local 3.1 Browser to drive; the local instance is the default.
        if (fixture.Neo4jServer.Instance is not { } instance)
        {
            return;
        }

        var resultsFolder = Path.Combine(RepositoryPaths.Root, "tests", "DiplomacyGraph.Api.Tests", "TestResults");
        Directory.CreateDirectory(resultsFolder);
        var run = await NodeScripts.RunAsync(
            "neo4j-browser.mjs",
            [
                instance.BrowserUri.ToString(), instance.User, instance.Password,
                Path.Combine(RepositoryPaths.Root, "cypher", "queries", "city-twins.cypher"),
                """{"city":"تاكوما"}""", "Fuzhou", Path.Combine(resultsFolder, "neo4j-browser.png"),
            ],
            TimeSpan.FromMinutes(3));

        var findings = JsonDocument.Parse(run.Output.Split('\n').Last(line => line.StartsWith('{'))).RootElement;
        Assert.True(findings.GetProperty("connected").GetBoolean(), run.Output);
        Assert.False(findings.GetProperty("socketError").GetBoolean(), run.Output);
        Assert.True(findings.GetProperty("expectedShown").GetBoolean(), run.Output);
        Assert.Equal(0, run.ExitCode);
    }
}
