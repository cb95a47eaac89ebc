using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The graph statistics the cost limit counts with (<see cref="GraphStatisticsReader"/>), read from the real Neo4j
/// holding the seed graph, against the same numbers counted node by node; and their background reader, which
/// never lets a failure reach a request.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphStatisticsTests(ApiFixture fixture)
{
    private static readonly GraphStatisticsReader Reader = new(DiplomacyGraphSchema.CreateTranslator().Api.Model);

    [Fact]
    public async Task The_statistics_match_the_nodes_and_relationships_counted_one_by_one()
    {
        var statistics = await Reader.ReadAsync(fixture.Cypher);

        // Counted without the count store: every node (relationship) is looked at.
        foreach (var (label, count) in statistics.Nodes)
        {
            Assert.Equal((await fixture.ColumnAsync<long>("MATCH (n) WHERE $label IN labels(n) RETURN count(n)", new { label }))[0], count);
        }

        foreach (var ((label, type), count) in statistics.Outgoing)
        {
            Assert.Equal(
                (await fixture.ColumnAsync<long>("MATCH (a)-[r]->() WHERE $label IN labels(a) AND type(r) = $type RETURN count(r)", new { label, type }))[0], count);
        }

        foreach (var ((type, label), count) in statistics.Incoming)
        {
            Assert.Equal(
                (await fixture.ColumnAsync<long>("MATCH ()-[r]->(b) WHERE $label IN labels(b) AND type(r) = $type RETURN count(r)", new { label, type }))[0], count);
        }

        // The seed graph has these, so the comparisons above are not of zeros only.
        Assert.True(statistics.Nodes["City"] > 0);
        Assert.True(statistics.Nodes["Entity"] > statistics.Nodes["City"]);
        Assert.True(statistics.Outgoing[("Article", "MENTIONS")] > 0);
        Assert.True(statistics.Incoming[("MENTIONS", "Entity")] > 0);
        Assert.Contains(("City", "id"), statistics.Indexes);
        Assert.Contains(("City", "name"), statistics.Indexes);
    }

    [Fact]
    public async Task The_largest_degrees_match_the_relationships_counted_node_by_node()
    {
        var largest = await Reader.ReadLargestDegreesAsync(fixture.Cypher);

        foreach (var ((label, type, direction), degree) in largest)
        {
            var pattern = direction switch
            {
                RelationshipDirection.Out => "(n)-[r]->()",
                RelationshipDirection.In => "(n)<-[r]-()",
                _ => "(n)-[r]-()",
            };
            var counted = await fixture.ColumnAsync<long>(
                $"MATCH (n) WHERE $label IN labels(n) OPTIONAL MATCH {pattern} WHERE type(r) = $type WITH n, count(r) AS degree RETURN coalesce(max(degree), 0)",
                new { label, type });
            Assert.True(counted[0] == degree, $"{label} {type} {direction}: {degree} read, {counted[0]} counted");
        }

        Assert.Equal(1, largest[("City", "LOCATED_IN", RelationshipDirection.Out)]);
        Assert.True(largest[("Article", "MENTIONS", RelationshipDirection.Out)] > 1);
    }

    /// <summary>Only 3.1 runs here: the 5.x forms (COUNT { } for a degree, SHOW INDEXES) are checked by Neo4j's Cypher 5 linter.</summary>
    [Fact]
    public async Task The_statements_for_neo4j_5_lint_clean_as_cypher_5()
    {
        var statements = Reader.Statements(ServerDialect.Neo4j5).Concat(Reader.LargestDegreeStatements(ServerDialect.Neo4j5))
            .Select(statement => new LintedStatement("GraphStatisticsReader (5.x)", statement.Text, new Dictionary<string, object?>()))
            .ToList();

        var report = await CypherFiveLint.AssertCleanAsync(statements);

        Assert.Contains($"{statements.Count} statements linted as Cypher 5; 0 with diagnostics.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_counts_with_the_statistics_it_read()
    {
        // Read again first: other tests of the collection change the graph, which the API follows every minute.
        await fixture.CostStatistics.RefreshAsync();
        var seed = await Reader.ReadAsync(fixture.Cypher);

        Assert.Equal(seed.Nodes, fixture.CostStatistics.Current?.Nodes);
        Assert.NotNull(fixture.CostStatistics.Current?.LargestDegrees);
    }

    [Fact]
    public async Task A_failed_read_leaves_the_statistics_unknown_and_is_retried_in_the_background()
    {
        var failures = 0;
        var twoFailures = new TaskCompletionSource();
        // The monitor owns (and disposes) its client.
        using var monitor = new GraphStatisticsMonitor(
            Reader,
            new Neo4jClient(new Neo4jClientOptions { Uri = new Uri("http://127.0.0.1:9"), MaxRetryTime = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(2) }),
            TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(50), onFailure: _ =>
            {
                if (Interlocked.Increment(ref failures) == 2)
                {
                    twoFailures.SetResult();
                }
            });

        monitor.Start();
        await twoFailures.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(monitor.Current);
    }
}
