using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Corpus;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>
/// Curation survives a kill -9 of the API: the built host runs as a child process over the test
/// graph, four curators add an article each, then towns and twinnings citing it, all at once; the host
/// is killed with SIGKILL while requests are in flight and started again. Every acknowledged write
/// must be there exactly once, and nothing may be half-written: no change record without its effect
/// or effect without its record, no town without its search names, no article without its text file,
/// no lock left behind.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CurationDurabilityTests(ApiFixture fixture)
{
    private static readonly string[] Curators = ["a", "b", "c", "d"];
    private const int Towns = 12;
    private const string AfterRestart = "durability-after-restart";

    private static string ArticleOf(string curator) => $"durability-{curator}";

    private static string TownName(string curator, int number) => string.Create(CultureInfo.InvariantCulture, $"Durtown {curator}{number}");

    private static string TownId(string curator, int number) => string.Create(CultureInfo.InvariantCulture, $"city-durtown-{curator}{number}");

    /// <summary>Our own made-up text: one sentence per pair of neighbouring towns.</summary>
    private static string TextOf(string curator) => string.Concat(Enumerable.Range(1, Towns)
        .Select(number => $"{TownName(curator, number)} and {TownName(curator, number + 1)} are twinned. "));

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_9_exactly_once_and_nothing_is_half_written()
    {
        var ids = Curators.SelectMany(curator => Enumerable.Range(1, Towns + 1).Select(number => TownId(curator, number)).Append(ArticleOf(curator)))
            .Append(AfterRestart).ToArray();
        await using var workspace = await CuratorWorkspace.OpenAsync(fixture, ids);
        var acknowledged = new ConcurrentBag<(string Kind, string Id)>();

        using (var host = StartHost(workspace, out var endpoint))
        {
            using var client = new GraphQLClient(endpoint);
            using var stop = new CancellationTokenSource();
            var curators = Curators.Select(curator => Task.Run(() => CurateAsync(client, curator, acknowledged, stop.Token))).ToList();

            // Kill while the curators are busy: once a few writes were acknowledged, with more in flight.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Count < 16 && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }

            host.Signal("KILL");
            Assert.Equal(137, await host.WaitForExitAsync(TimeSpan.FromSeconds(10)));
            await stop.CancelAsync();
            await Task.WhenAll(curators);
        }

        Assert.True(acknowledged.Count >= 16, $"Only {acknowledged.Count} writes were acknowledged before the kill.");

        // Started again: a change goes through once the killed process's open transactions have timed out in Neo4j.
        using (var host = StartHost(workspace, out var endpoint))
        {
            using var client = new GraphQLClient(endpoint);
            var after = await RetryAsync(() => client.PostAsync(
                $$"""mutation { addArticle(input: {id: "{{AfterRestart}}", text: "A made-up text added after the restart.", title: "After", language: "en"}) { id } }""",
                apiKey: "key-a"));
            Assert.True(after.Errors.Count == 0, after.Body);
            host.Signal("INT");
            await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        foreach (var (kind, id) in acknowledged)
        {
            var found = kind == "relationship"
                ? await fixture.ColumnAsync<long>("MATCH ()-[r:TWINNED_WITH]->() WHERE r.id = $id RETURN count(r)", new { id })
                : await fixture.ColumnAsync<long>("MATCH (n) WHERE n.id = $id AND (n:Entity OR n:Article) RETURN count(n)", new { id });
            Assert.True(found[0] == 1, $"The acknowledged {kind} '{id}' is there {found[0]} times.");
        }

        // Nothing half-written, acknowledged or not: every effect has its change record and the other way round.
        var nodes = await fixture.ColumnAsync<string>("MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Article) RETURN n.id", new { ids });
        var relationships = await fixture.ColumnAsync<string>("MATCH (a:City)-[r:TWINNED_WITH]->() WHERE a.id IN $ids RETURN r.id", new { ids });
        var recorded = await fixture.ColumnAsync<string>(
            "MATCH (c:Change) WHERE c.operation IN ['addArticle', 'createEntity', 'addRelationship'] UNWIND c.subjects AS subject " +
            "WITH subject WHERE subject IN $ids OR subject STARTS WITH 'TWINNED_WITH:city-durtown-' RETURN DISTINCT subject", new { ids });
        Assert.Equal(nodes.Concat(relationships).Order(StringComparer.Ordinal), recorded.Order(StringComparer.Ordinal));
        var unindexed = await fixture.ColumnAsync<string>(
            "MATCH (n:City) WHERE n.id IN $ids OPTIONAL MATCH (s:SearchName {entity: n.id}) WITH n, count(s) AS names WHERE names = 0 RETURN n.id", new { ids });
        Assert.Empty(unindexed);
        Assert.Empty(await fixture.ColumnAsync<string>("MATCH (l:CurationLock) RETURN l.key"));
        foreach (var curator in Curators.Where(curator => nodes.Contains(ArticleOf(curator))))
        {
            Assert.Equal(TextOf(curator), ArticleCorpus.ReadText(ArticleFile.PathOf(workspace.CorpusFolder, ArticleOf(curator))));
        }
    }

    /// <summary>One curator's work: its article, then each town with the twinning to the one before, until stopped or refused.</summary>
    private static async Task CurateAsync(GraphQLClient client, string curator, ConcurrentBag<(string Kind, string Id)> acknowledged, CancellationToken stop)
    {
        var key = "key-" + curator;
        var article = ArticleOf(curator);
        var writes = new List<(string Kind, string? Id, string Document, object Variables)>
        {
            ("article", article, "mutation ($input: AddArticleInput!) { addArticle(input: $input) { id } }",
                new { input = new { id = article, text = TextOf(curator), title = "A made-up durability test article", language = "en" } }),
        };
        for (var number = 1; number <= Towns; number++)
        {
            writes.Add(("entity", TownId(curator, number), "mutation ($input: CreateEntityInput!) { createEntity(input: $input) { id } }",
                new { input = new { label = "City", name = TownName(curator, number), quotes = new[] { new { article, quote = $"{TownName(curator, number)} and {TownName(curator, number + 1)} are" } } } }));
            if (number > 1)
            {
                var (from, to) = (TownId(curator, number - 1), TownId(curator, number));
                writes.Add(("relationship", null, "mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }",
                    new { input = new { type = "TWINNED_WITH", from, to, quotes = new[] { new { article, quote = $"{TownName(curator, number - 1)} and {TownName(curator, number)} are twinned" } } } }));
            }
        }

        foreach (var (kind, _, document, variables) in writes)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            try
            {
                var response = await client.PostAsync(document, variables, key);
                if (response.Status != HttpStatusCode.OK || response.Errors.Count > 0)
                {
                    return;
                }

                // The id the API acknowledged (a symmetric relationship's runs from the lower id to the higher).
                acknowledged.Add((kind, response.Data.EnumerateObject().Single().Value.GetProperty("id").GetString()!));
            }
            catch (Exception lost) when (lost is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                return; // the host died with the request in flight: not acknowledged
            }
        }
    }

    private HostProcess StartHost(CuratorWorkspace workspace, out Uri endpoint)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var neo4j = fixture.Neo4jServer.ClientOptions;
        var host = HostProcess.Start(
            ["serve", "--urls", url, "--neo4j-uri", neo4j.Uri.ToString(), "--neo4j-user", neo4j.User ?? "neo4j", "--neo4j-password", neo4j.Password ?? "", "--corpus", workspace.CorpusFolder],
            new Dictionary<string, string> { ["DIPLOMACYGRAPH_API_KEYS"] = string.Join(",", Curators.Select(curator => $"{curator}=key-{curator}")) });
        Assert.True(host.WaitForOutputAsync("GraphQL API:", TimeSpan.FromSeconds(60)).GetAwaiter().GetResult(), host.Output + host.Error);
        endpoint = new Uri(url + "/graphql");
        return host;
    }

    private static async Task<GraphQLResponse> RetryAsync(Func<Task<GraphQLResponse>> request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await request();
            if (response.FirstErrorCode != "CURATION_BUSY" || clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                return response;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
