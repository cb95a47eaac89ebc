using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Neo4j.Schema;

namespace DiplomacyGraph.Benchmarks;

/// <summary>The seed graph the benchmarks that talk to Neo4j run over: the schema applied, the fact files loaded into an empty database.</summary>
internal static class SeedGraph
{
    public static async Task EnsureLoadedAsync(Neo4jClient neo4j)
    {
        await new SchemaApplier(neo4j).ApplyAsync();
        var nodes = await neo4j.RunAsync(new Statement("MATCH (n) RETURN count(n) AS n"));
        if (nodes.Single().Get<long>("n") == 0)
        {
            var loaded = await GraphLoader.LoadAsync(neo4j, GraphLoader.DefaultDataFolder, CorpusLocator.Locate(null, RepositoryRoot.TryFind()));
            if (!loaded.Succeeded)
            {
                throw new InvalidOperationException("The seed graph did not load.");
            }
        }
    }
}
