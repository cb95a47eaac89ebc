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

    public SampleFacts Sample { get; } = new();

    public Neo4jClient Client { get; } = client;

    public async Task<CurationGraph> LoadAsync()
    {
        await Client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));
        Sample.Write();
        await ReloadAsync();
        return this;
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

    public Task<List<string>> RelationshipIdsAsync() => ColumnAsync("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN r.id ORDER BY r.id");

    public static EntityDraft City(string name, string? id = null, string? nameAr = null) =>
        new("City", id, name, nameAr, [], null, new Dictionary<string, object?>(), [SampleFacts.Span(0)]);

    public static RelationshipDraft Twins(string from, string to, string since = "2001") =>
        new("TWINNED_WITH", from, to, new Dictionary<string, object?> { ["since"] = since }, [SampleFacts.Span(1)]);

    public void Dispose() => Sample.Dispose();
}
