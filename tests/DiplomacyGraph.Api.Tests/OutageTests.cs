using System.Diagnostics;
using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// Neo4j going away under the API: clients get a fast 503 with a generic message and a code (no URL, no Neo4j
/// wording), and the API answers again by itself once Neo4j is back. Neo4j's disappearance is a proxy in front of
/// the real server being switched off, so the shared server keeps serving the other tests.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OutageTests(ApiFixture fixture)
{
    private const string Query = "{ cities(first: 1, order: [{name: ASC}]) { nodes { name } } }";

    [Fact]
    public async Task Neo4j_gone_under_load_gives_fast_503s_and_the_api_recovers_on_its_own()
    {
        await using var proxy = new SwitchableProxy(fixture.ApiNeo4j.Options.Uri);
        using var neo4j = new Neo4jClient(fixture.ApiNeo4j.Options with { Uri = proxy.Uri });
        var app = ApiServer.Build(fixture.Settings with { Urls = "http://127.0.0.1:0", Neo4j = neo4j });
        await app.StartAsync();
        try
        {
            using var api = new GraphQLClient(ApiServer.EndpointUri(app));
            var before = (await api.QueryAsync(Query)).Text("cities.nodes[0].name");
            Assert.NotNull(before);

            proxy.SwitchOff();
            var answers = new List<(GraphQLResponse Response, TimeSpan Took)>();
            for (var i = 0; i < 10; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await api.PostAsync(Query);
                answers.Add((response, clock.Elapsed));
            }

            Assert.All(answers, answer =>
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Response.Status);
                Assert.Equal(GraphDatabaseErrors.UnavailableCode, answer.Response.FirstErrorCode);
                Assert.DoesNotContain(proxy.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Response.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("Neo4j", answer.Response.Body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("127.0.0.1", answer.Response.Body, StringComparison.Ordinal);
            });
            Assert.All(answers.Skip(2), answer => Assert.True(answer.Took < TimeSpan.FromSeconds(1), $"A 503 took {answer.Took}."));

            proxy.SwitchOn();
            var recovered = Stopwatch.StartNew();
            GraphQLResponse? again = null;
            while (recovered.Elapsed < TimeSpan.FromSeconds(10))
            {
                again = await api.PostAsync(Query);
                if (again.Status == HttpStatusCode.OK && again.Errors.Count == 0)
                {
                    break;
                }

                await Task.Delay(200);
            }

            Assert.Equal(HttpStatusCode.OK, again!.Status);
            Assert.Equal(before, again.Data.Text("cities.nodes[0].name"));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
