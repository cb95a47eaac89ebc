using System.CommandLine;
using System.Diagnostics;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Neo4j.Schema;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Scale;

/// <summary>
/// <c>generate</c>: a synthetic graph of <c>--entities</c> entities from <c>--seed</c> into the scale
/// instance, replacing what it held: by the offline importer (CSV, then a fresh store) or by batched
/// UNWIND writes over HTTP; then the project's schema, waiting until every index is online.
/// </summary>
public static class GenerateCommand
{
    private static readonly Option<int> Entities = new("--entities") { Description = "How many entities.", DefaultValueFactory = _ => 1_000_000 };
    private static readonly Option<int> Seed = new("--seed") { Description = "The generator's seed: one seed, one graph.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string> Method = new("--method")
    {
        Description = "import (Neo4j 3.1's offline neo4j-import; fast) or batched (UNWIND writes over HTTP; small graphs).",
        DefaultValueFactory = _ => "import",
    };

    private static readonly Option<bool> SearchIndexOnly = new("--search-index-only")
    {
        Description = "Only (re)write the search word index of the graph of --entities and --seed, which the instance already holds.",
    };

    public static Command Create()
    {
        var command = new Command("generate", "Generate a synthetic graph into the scale instance (its data is replaced).") { Entities, Seed, Method, SearchIndexOnly };
        Method.AcceptOnlyFromAmong("import", "batched");
        foreach (var option in ScaleInstance.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var graph = new SyntheticGraph(new SyntheticScale(parseResult.GetValue(Entities), parseResult.GetValue(Seed)));
            var instance = ScaleInstance.From(parseResult);
            var clock = Stopwatch.StartNew();
            if (parseResult.GetValue(SearchIndexOnly))
            {
                await ScaleInstance.StartAsync(instance, cancellationToken);
                using var indexClient = ScaleInstance.Client(instance);
                await SyntheticSearchIndex.DropAsync(indexClient, cancellationToken);
            }
            else if (parseResult.GetValue(Method) == "import")
            {
                await ImportAsync(graph, instance, cancellationToken);
            }
            else
            {
                await WriteInBatchesAsync(graph, instance, cancellationToken);
            }

            using var client = ScaleInstance.Client(instance);
            await SyntheticSearchIndex.WriteAsync(client, graph, Console.Out, cancellationToken);
            await ReportAsync(client, clock, cancellationToken);
            Console.WriteLine($"Neo4j keeps running at {instance.HttpUri} (password in {instance.PasswordFile}); `stop` stops it.");
            return 0;
        });
        return command;
    }

    private static async Task ImportAsync(SyntheticGraph graph, Neo4jInstance instance, CancellationToken cancellationToken)
    {
        await instance.StopAsync();
        var folder = Path.Combine(instance.Options.Directory, "import");
        Directory.CreateDirectory(folder);
        var nodes = Path.Combine(folder, "nodes.csv");
        var relationships = Path.Combine(folder, "relationships.csv");
        var clock = Stopwatch.StartNew();
        ImportCsvFiles.WriteNodes(nodes, graph.Nodes());
        ImportCsvFiles.WriteRelationships(relationships, graph.Relationships());
        Console.WriteLine($"CSV written in {clock.Elapsed.TotalSeconds:F0} s ({new FileInfo(nodes).Length + new FileInfo(relationships).Length:N0} bytes).");
        clock.Restart();
        await OfflineImport.RunAsync(instance, nodes, relationships, Console.Out, cancellationToken);
        Console.WriteLine($"neo4j-import took {clock.Elapsed.TotalSeconds:F0} s.");
        File.Delete(nodes);
        File.Delete(relationships);
        await ScaleInstance.StartAsync(instance, cancellationToken);
        using var client = ScaleInstance.Client(instance);
        await ApplySchemaAsync(client, cancellationToken);
    }

    private static async Task WriteInBatchesAsync(SyntheticGraph graph, Neo4jInstance instance, CancellationToken cancellationToken)
    {
        await ScaleInstance.StartAsync(instance, cancellationToken);
        using var client = ScaleInstance.Client(instance);
        await client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"), cancellationToken);
        await ApplySchemaAsync(client, cancellationToken);
        await BatchedGraphWriter.WriteAsync(client, graph, Console.Out, cancellationToken);
    }

    private static async Task ApplySchemaAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var applied = await new SchemaApplier(client).ApplyAsync(cancellationToken: cancellationToken);
        await SchemaIndexes.WaitUntilOnlineAsync(client, cancellationToken);
        Console.WriteLine($"Schema: {applied.StatementCount} statements applied and every index online in {clock.Elapsed.TotalSeconds:F0} s.");
    }

    private static async Task ReportAsync(Neo4jClient client, Stopwatch clock, CancellationToken cancellationToken)
    {
        var nodes = (await client.RunAsync(new Statement("MATCH (n) RETURN count(n) AS c"), cancellationToken)).Single().Get<long>("c");
        var relationships = (await client.RunAsync(new Statement("MATCH ()-[r]->() RETURN count(r) AS c"), cancellationToken)).Single().Get<long>("c");
        var hub = (await client.RunAsync(new Statement(
            "MATCH (c:Country) WITH c, size((c)--()) AS degree ORDER BY degree DESC LIMIT 1 RETURN c.id AS id, degree"), cancellationToken)).Single();
        Console.WriteLine($"Generated {nodes:N0} nodes and {relationships:N0} relationships in {clock.Elapsed.TotalMinutes:F1} min; " +
            $"the largest country, {hub.Get<string>("id")}, has {hub.Get<long>("degree"):N0} relationships.");
    }
}
