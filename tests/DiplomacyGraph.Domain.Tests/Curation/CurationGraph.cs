using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>The sample facts loaded into the test Neo4j, a curator over them, and helpers to run and inspect changes.</summary>
public sealed class CurationGraph(Neo4jClient client) : IDisposable
{
    public const string Tacoma = "city-tacoma";
    public const string Fuzhou = "city-fuzhou";
    public const string China = "country-china";
    public const string FileTwins = "TWINNED_WITH:city-fuzhou:city-tacoma";

    /// <summary>A second article (our own made-up sentence) that names the curated towns, for their evidence.</summary>
    public const string TownsArticle = "a2";

    public const string TownsSentence = "اتفقت مدينة كيورتد مع مدن ألفا وبرافو وتشارلي ودلتا على التوأمة مع تاكوما وفوتشو.";

    /// <summary>The Arabic names of the curated towns, as the sentence has them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ArabicNames = new Dictionary<string, string>
    {
        ["Curated Town"] = "كيورتد",
        ["Town A"] = "ألفا",
        ["Town B"] = "برافو",
        ["Town C"] = "تشارلي",
        ["Town D"] = "دلتا",
    };

    public static string TownsSpan => $"{TownsArticle}:0-{TownsSentence.Length}";

    public SampleFacts Sample { get; } = new();

    public Neo4jClient Client { get; } = client;

    public async Task<CurationGraph> LoadAsync()
    {
        await Client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));
        Sample.Files["articles.yaml"] += $"""

            - id: {TownsArticle}
              title: A made-up article about more towns
              language: ar
              publishedOn: "2024-07-20"
              evidence: ["{TownsSpan}"]
            """;
        WriteFiles();
        await ReloadAsync();
        return this;
    }

    /// <summary>Writes the sample's fact files and corpus (after a change to <see cref="SampleFacts.Files"/>), with the towns article.</summary>
    public void WriteFiles()
    {
        Sample.Write();
        File.WriteAllText(Path.Combine(Sample.CorpusFolder, TownsArticle + ".txt"), TownsSentence + "\n");
    }

    /// <summary>Loads the sample fact files again, as the run command does at every start.</summary>
    public async Task<LoadResult> ReloadAsync()
    {
        var result = await GraphLoader.LoadAsync(Client, Sample.DataFolder, Sample.CorpusFolder);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result;
    }

    public Curator NewCurator(TimeSpan? wait = null) =>
        new(CurationRules.Load(Sample.DataFolder), Sample.Corpus(), new CurationLocks(wait ?? CurationLocks.DefaultWait));

    /// <summary>Runs one change in its own transaction, as the API does; returns null when it committed, else the refusal's code.</summary>
    public async Task<string?> TryAsync(Func<Neo4jTransaction, CancellationToken, Task> change)
    {
        try
        {
            await Client.ExecuteInTransactionAsync(async (transaction, token) => { await change(transaction, token); return true; });
            return null;
        }
        catch (CurationException refused)
        {
            return refused.Code;
        }
    }

    public async Task<List<string>> ColumnAsync(string cypher, object? parameters = null)
    {
        var values = parameters?.GetType().GetProperties().ToDictionary(property => property.Name, property => property.GetValue(parameters)) ?? [];
        var result = await Client.RunAsync(new Statement(cypher, values));
        return [.. result.Records.Select(record => record[0]?.ToString() ?? "")];
    }

    public Task<List<string>> EntityIdsAsync() => ColumnAsync("MATCH (n:Entity) RETURN n.id ORDER BY n.id");

    /// <summary>The graph's relationships but MENTIONS (the change history's own, from its History nodes, are not the graph's).</summary>
    public Task<List<string>> RelationshipIdsAsync() => ColumnAsync("MATCH (a)-[r]->() WHERE (a:Entity OR a:Article) AND type(r) <> 'MENTIONS' RETURN r.id ORDER BY r.id");

    /// <summary>A curated town (one of <see cref="ArabicNames"/>), with the made-up sentence that names it as its evidence.</summary>
    public static EntityDraft City(string name) =>
        new("City", null, name, ArabicNames[name], [], null, new Dictionary<string, object?>(), [TownsSpan]);

    /// <summary>Twins, with the made-up sentence (naming every town, Tacoma and Fuzhou) as evidence.</summary>
    public static RelationshipDraft Twins(string from, string to, string since = "2001") =>
        new("TWINNED_WITH", from, to, new Dictionary<string, object?> { ["since"] = since }, [TownsSpan]);

    public void Dispose() => Sample.Dispose();
}
