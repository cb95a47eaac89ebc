using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Tests.Support;

/// <summary>Loads the curated seed facts with the seed corpus, as the CLI's <c>load</c> does.</summary>
public static class SeedGraph
{
    /// <summary>
    /// Makes the graph hold exactly the seed graph. When it already does (an earlier test loaded it),
    /// this only reads: the loader writes nothing that is already as wanted.
    /// </summary>
    public static async Task<LoadResult> LoadAsync(Neo4jClient client)
    {
        var result = await GraphLoader.LoadAsync(client, SeedData.DataFolder, SeedData.CorpusFolder);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result;
    }
}
