using System.Text.RegularExpressions;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Statistics;

/// <summary>
/// Reads <see cref="GraphStatistics"/> for the labels and relationship types a schema maps, in one request of
/// statements that Neo4j (3.1 and 5.x) answers from its count store in constant time
/// (<c>NodeCountFromCountStore</c>, <c>RelationshipCountFromCountStore</c>), whatever the graph's size. Labels
/// and types are the schema's, never a request's.
/// </summary>
public sealed partial class GraphStatisticsReader
{
    private readonly List<string> _labels;
    private readonly List<(string Label, string Type)> _outgoing;
    private readonly List<(string Type, string Label)> _incoming;
    private readonly List<(string Label, List<(string Type, RelationshipDirection Direction)> Relationships)> _degrees;

    public GraphStatisticsReader(GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var nodeTypes = model.Types.Values.Where(type => type.IsNode).ToList();
        _labels = [.. nodeTypes.Select(type => type.Labels![0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var outgoing = new SortedSet<(string, string)>();
        var incoming = new SortedSet<(string, string)>();
        foreach (var type in model.Types.Values)
        {
            foreach (var relationship in type.Fields.Select(field => field.Relationship).OfType<RelationshipMapping>())
            {
                // An interface without labels of its own stands for the types it may be (GraphStatistics.AverageDegree).
                var labels = type.IsNode ? [type.Labels![0]] : type.PossibleTypes.Where(possible => possible.IsNode).Select(possible => possible.Labels![0]);
                foreach (var label in labels)
                {
                    if (relationship.Direction != RelationshipDirection.In)
                    {
                        outgoing.Add((label, relationship.Type));
                    }

                    if (relationship.Direction != RelationshipDirection.Out)
                    {
                        incoming.Add((relationship.Type, label));
                    }
                }
            }
        }

        _outgoing = [.. outgoing];
        _incoming = [.. incoming];
        _degrees = [.. nodeTypes
            .Where(type => type.Kind == CompositeTypeKind.Object)
            .Select(type => (type.Labels![0], type.Fields.Select(field => field.Relationship).OfType<RelationshipMapping>()
                .Select(relationship => (relationship.Type, relationship.Direction)).Distinct().Order().ToList()))
            .Where(entry => entry.Item2.Count > 0)
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The statements, in the order their counts are read; the last lists the indexes.</summary>
    public IReadOnlyList<Statement> Statements(ServerDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return
        [
            .. _labels.Select(label => new Statement($"MATCH (n:{CypherIdentifier.Escape(label)}) RETURN count(n) AS count")),
            .. _outgoing.Select(pair => new Statement(
                $"MATCH (:{CypherIdentifier.Escape(pair.Label)})-[r:{CypherIdentifier.Escape(pair.Type)}]->() RETURN count(r) AS count")),
            .. _incoming.Select(pair => new Statement(
                $"MATCH ()-[r:{CypherIdentifier.Escape(pair.Type)}]->(:{CypherIdentifier.Escape(pair.Label)}) RETURN count(r) AS count")),
            dialect.ListIndexedProperties,
        ];
    }

    /// <summary>
    /// The statements that find the largest degrees: one scan of each object type's label, reading each node's degree
    /// for each of its relationship fields (from the node record, not by following the relationships).
    /// </summary>
    public IReadOnlyList<Statement> LargestDegreeStatements(ServerDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        return [.. _degrees.Select(entry => new Statement(
            $"MATCH (n:{CypherIdentifier.Escape(entry.Label)}) RETURN " +
            string.Join(", ", entry.Relationships.Select((relationship, i) => $"max({dialect.Degree(Pattern(relationship.Type, relationship.Direction))}) AS d{i}"))))];

        static string Pattern(string type, RelationshipDirection direction) => direction switch
        {
            RelationshipDirection.Out => $"(n)-[:{CypherIdentifier.Escape(type)}]->()",
            RelationshipDirection.In => $"(n)<-[:{CypherIdentifier.Escape(type)}]-()",
            _ => $"(n)-[:{CypherIdentifier.Escape(type)}]-()",
        };
    }

    /// <summary>The largest degrees (<see cref="GraphStatistics.LargestDegrees"/>): a scan of every label, so read less often than the counts.</summary>
    public async Task<IReadOnlyDictionary<(string Label, string Type, RelationshipDirection Direction), long>> ReadLargestDegreesAsync(
        Neo4jClient neo4j, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(neo4j);
        var dialect = (await neo4j.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Dialect;
        var largest = new Dictionary<(string, string, RelationshipDirection), long>();
        // One statement at a time: each scans a label, and a request of them all would hold one of Neo4j's workers long.
        // In a transaction of its own, not auto-commit: a scan takes seconds at a million nodes, and stopping the API
        // must end it in Neo4j too (cancellation rolls the transaction back; an auto-commit statement would run on).
        foreach (var (entry, statement) in _degrees.Zip(LargestDegreeStatements(dialect)))
        {
            var record = (await neo4j.RunAsync(statement, cancellationToken).ConfigureAwait(false)).Single();
            for (var i = 0; i < entry.Relationships.Count; i++)
            {
                largest[(entry.Label, entry.Relationships[i].Type, entry.Relationships[i].Direction)] = record.Get<long?>($"d{i}") ?? 0;
            }
        }

        return largest;
    }

    /// <summary>The counts and indexes, from the count store (constant time).</summary>
    public async Task<GraphStatistics> ReadAsync(Neo4jClient neo4j, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(neo4j);
        var dialect = (await neo4j.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Dialect;
        var results = await neo4j.RunAutoCommitAsync(Statements(dialect), cancellationToken).ConfigureAwait(false);
        var counts = results.Take(results.Count - 1).Select(result => result.Single().Get<long>("count")).ToList();
        var nodes = _labels.Select((label, i) => (label, count: counts[i])).ToDictionary(entry => entry.label, entry => entry.count, StringComparer.Ordinal);
        var outgoing = _outgoing.Select((pair, i) => (pair, count: counts[_labels.Count + i])).ToDictionary(entry => entry.pair, entry => entry.count);
        var incoming = _incoming.Select((pair, i) => (pair, count: counts[_labels.Count + _outgoing.Count + i])).ToDictionary(entry => entry.pair, entry => entry.count);
        var indexes = new HashSet<(string, string)>();
        foreach (var record in results[^1].Records)
        {
            if (IndexDescription().Match(record.Get<string>("description")) is { Success: true } match)
            {
                indexes.Add((match.Groups["label"].Value, match.Groups["property"].Value));
            }
        }

        return new GraphStatistics(nodes, outgoing, incoming, indexes);
    }

    [GeneratedRegex(@"^INDEX ON :`?(?<label>[^`(]+)`?\(`?(?<property>[^`,)]+)`?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexDescription();
}
