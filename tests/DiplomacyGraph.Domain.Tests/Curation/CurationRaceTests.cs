using System.Diagnostics;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>
/// Concurrent curation against the real Neo4j: every race ends with exactly one winner, the losers
/// get a coded refusal and write nothing, nothing acknowledged is lost or duplicated. Each race runs
/// with one curator for every caller (as one API process has) and with the callers spread over
/// three curators (as three API processes would have: only Neo4j's locks serialize them).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CurationRaceTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    private const int Processes = 3;

    [Theory]
    [InlineData(1)]
    [InlineData(Processes)]
    public async Task Two_entities_merged_into_each_other_at_once_leave_one_of_them(int processes)
    {
        var codes = await RaceAsync(processes, 2, (curator, i) => (tx, ct) =>
            i == 0 ? curator.MergeEntitiesAsync(tx, CurationGraph.Tacoma, CurationGraph.Fuzhou, ct) : curator.MergeEntitiesAsync(tx, CurationGraph.Fuzhou, CurationGraph.Tacoma, ct));

        Assert.Equal([null, CurationErrorCodes.NotFound], codes.OrderBy(code => code));
        var survivor = codes[0] is null ? CurationGraph.Tacoma : CurationGraph.Fuzhou;
        Assert.Equal([survivor, CurationGraph.China, "statistic-sister-city-pairs"], await Graph.EntityIdsAsync());
        Assert.Equal([$"LOCATED_IN:{survivor}:country-china"], await Graph.RelationshipIdsAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Processes)]
    public async Task Eight_identical_relationships_added_at_once_make_one(int processes)
    {
        await CreateAsync("Curated Town");
        var codes = await RaceAsync(processes, 8, (curator, _) => (tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins("city-curated-town", CurationGraph.Tacoma), ct));

        Assert.Single(codes, code => code is null);
        Assert.All(codes.Where(code => code is not null), code => Assert.Equal(CurationErrorCodes.AlreadyExists, code));
        Assert.Equal(["TWINNED_WITH:city-curated-town:city-tacoma"], (await Graph.RelationshipIdsAsync()).Where(id => id.Contains("curated", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Processes)]
    public async Task A_relationship_added_while_its_end_is_merged_is_either_refused_or_moved(int processes)
    {
        await CreateAsync("Curated Town");
        var codes = await RaceAsync(processes, 2, (curator, i) => (tx, ct) =>
            i == 0 ? curator.AddRelationshipAsync(tx, CurationGraph.Twins("city-curated-town", CurationGraph.Tacoma), ct) : curator.MergeEntitiesAsync(tx, CurationGraph.Fuzhou, CurationGraph.Tacoma, ct));

        Assert.Null(codes[1]);
        var twins = (await Graph.RelationshipIdsAsync()).Where(id => id.Contains("curated", StringComparison.Ordinal)).ToList();
        if (codes[0] is null)
        {
            Assert.Equal(["TWINNED_WITH:city-curated-town:city-fuzhou"], twins);
        }
        else
        {
            Assert.Equal(CurationErrorCodes.NotFound, codes[0]);
            Assert.Empty(twins);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Processes)]
    public async Task An_entity_merged_into_two_survivors_at_once_goes_to_one(int processes)
    {
        await CreateAsync("Curated Town");
        var codes = await RaceAsync(processes, 2, (curator, i) => (tx, ct) =>
            curator.MergeEntitiesAsync(tx, i == 0 ? CurationGraph.Tacoma : "city-curated-town", CurationGraph.Fuzhou, ct));

        Assert.Equal([null, CurationErrorCodes.NotFound], codes.OrderBy(code => code));
        var survivor = codes[0] is null ? CurationGraph.Tacoma : "city-curated-town";
        Assert.Equal(["Foochow", "Fuzhou", "فوتشو"], (await Graph.ColumnAsync("MATCH (n:Entity {id: $id}) UNWIND n.aliases AS alias RETURN alias ORDER BY alias", new { id = survivor })));
        Assert.Contains($"LOCATED_IN:{survivor}:country-china", await Graph.RelationshipIdsAsync());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Processes)]
    public async Task Sixteen_entities_created_with_one_id_at_once_make_one_without_stalling(int processes)
    {
        var clock = Stopwatch.StartNew();
        var codes = await RaceAsync(processes, 16, (curator, _) => (tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct));

        // Not a timing claim: a stall (each waiting for a lock the server cannot release) would take a minute.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Single(codes, code => code is null);
        Assert.All(codes.Where(code => code is not null), code => Assert.True(code is CurationErrorCodes.AlreadyExists or CurationErrorCodes.Busy, code));
        Assert.Equal(["city-curated-town"], (await Graph.EntityIdsAsync()).Where(id => id.Contains("curated", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sixteen_curators_on_overlapping_entities_lose_and_duplicate_nothing()
    {
        string[] towns = ["city-town-a", "city-town-b", "city-town-c", "city-town-d"];
        foreach (var town in towns)
        {
            await CreateAsync("Town " + town[^1..].ToUpperInvariant());
        }

        var merges = new List<(string Survivor, string Merged)>();
        var adds = new List<(string From, string To)>();
        var work = Enumerable.Range(0, 16).Select(i => i % 4 == 0
            ? ("merge", towns[(i / 4) % 4], towns[((i / 4) + 1) % 4])
            : ("add", towns[i % 4], i % 3 == 0 ? CurationGraph.Tacoma : towns[(i + 1) % 4])).ToList();
        var codes = await RaceAsync(Processes, work.Count, (curator, i) => (tx, ct) => work[i].Item1 == "merge"
            ? curator.MergeEntitiesAsync(tx, work[i].Item2, work[i].Item3, ct)
            : curator.AddRelationshipAsync(tx, CurationGraph.Twins(work[i].Item2, work[i].Item3), ct));

        for (var i = 0; i < work.Count; i++)
        {
            if (codes[i] is null)
            {
                (work[i].Item1 == "merge" ? merges : adds).Add((work[i].Item2, work[i].Item3));
            }
            else
            {
                Assert.True(codes[i] is CurationErrorCodes.NotFound or CurationErrorCodes.AlreadyExists or CurationErrorCodes.Busy, $"{work[i]}: {codes[i]}");
            }
        }

        Assert.NotEmpty(merges);
        Assert.NotEmpty(adds);

        // Each entity was merged away at most once, and is gone; every acknowledged relationship is
        // there between the entities its ends were merged into (unless that made it a loop).
        Assert.Equal(merges.Count, merges.Select(merge => merge.Merged).Distinct().Count());
        var survivorOf = merges.ToDictionary(merge => merge.Merged, merge => merge.Survivor);
        string Resolve(string id) => survivorOf.TryGetValue(id, out var survivor) ? Resolve(survivor) : id;
        var entities = await Graph.EntityIdsAsync();
        Assert.All(merges, merge => Assert.DoesNotContain(merge.Merged, entities));
        var pairs = await Graph.ColumnAsync("MATCH (a)-[r:TWINNED_WITH]->(b) RETURN a.id + ' ' + b.id");
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.Equal(pairs.Count, (await Graph.ColumnAsync("MATCH ()-[r:TWINNED_WITH]->() RETURN DISTINCT r.id")).Count);
        foreach (var (from, to) in adds)
        {
            var (a, b) = (Resolve(from), Resolve(to));
            if (a != b)
            {
                Assert.Contains(string.CompareOrdinal(a, b) < 0 ? $"{a} {b}" : $"{b} {a}", pairs);
            }
        }
    }

    [Fact]
    public async Task A_change_that_cannot_get_its_locks_in_time_is_refused_as_busy_and_writes_nothing()
    {
        await using var holder = await Graph.Client.BeginTransactionAsync();
        await holder.RunAsync(new Statement("MERGE (l:CurationLock {key: $key}) SET l.locked = true", new Dictionary<string, object?> { ["key"] = CurationLocks.Node(CurationGraph.Tacoma) }));
        var curator = Graph.NewCurator(TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var code = await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins(CurationGraph.Fuzhou, CurationGraph.Tacoma, "2002"), ct));

        Assert.Equal(CurationErrorCodes.Busy, code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        await holder.RollbackAsync();
        Assert.Equal(CurationErrorCodes.AlreadyExists, await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins(CurationGraph.Fuzhou, CurationGraph.Tacoma, "2002"), ct)));
        Assert.Empty(await Graph.ColumnAsync("MATCH (l:CurationLock) RETURN l.key"));
    }

    private async Task CreateAsync(string name) =>
        Assert.Null(await Graph.TryAsync((tx, ct) => Graph.NewCurator().CreateEntityAsync(tx, CurationGraph.City(name), ct)));

    /// <summary>Starts the changes together, spread over <paramref name="processes"/> curators, and returns each one's outcome (null: committed), in order.</summary>
    private async Task<string?[]> RaceAsync(int processes, int count, Func<Curator, int, Func<Neo4jTransaction, CancellationToken, Task>> change)
    {
        var curators = Enumerable.Range(0, processes).Select(_ => Graph.NewCurator()).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(0, count).Select(async i =>
        {
            await start.Task;
            return await Graph.TryAsync(change(curators[i % processes], i));
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(runs);
    }
}
