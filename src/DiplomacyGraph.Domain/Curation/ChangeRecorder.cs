using System.Globalization;
using System.Text.Json;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// The history of curation: every change writes, in its own transaction, one
/// <c>(:Change {id, curator, at, operation, subjects, before, after, evidence, evidenceQuotes, reverts})</c>
/// node. <c>before</c> and <c>after</c> are JSON objects keyed by the id of each node or
/// relationship the change altered, created (absent from <c>before</c>) or deleted (absent from
/// <c>after</c>); <c>evidence</c> is the spans the change added.
/// </summary>
/// <remarks>
/// A change is found from the items it changed through <c>(:History {itemId})-[:RECORDED]->(:Change)</c>;
/// <c>History.latest</c> is the id of the last change to the item (what <c>revertChange</c> checks).
/// Neither label is an entity or article, so searches, counts, <c>load</c> and <c>ingest</c> never see
/// them, and nothing links them to the graph's nodes (a path or neighborhood never walks through them).
/// A change's <see cref="ChangeScope"/> is captured after its locks are taken and before it writes
/// (<see cref="BeginAsync"/>), then again when it has written (<see cref="Recording.RecordAsync"/>).
/// </remarks>
public static class ChangeRecorder
{
    public const string ChangeLabel = "Change";
    public const string HistoryLabel = "History";
    public const string RecordedType = "RECORDED";

    /// <summary>The operation of a change that undid another.</summary>
    public const string RevertOperation = "revertChange";

    private const string NodeColumns = "n.id AS id, labels(n) AS labels, properties(n) AS properties";
    private const string RelationshipColumns =
        "coalesce(r.id, type(r) + ':' + startNode(r).id + ':' + endNode(r).id) AS id, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end, properties(r) AS properties";

    public static async Task<Recording> BeginAsync(Neo4jTransaction transaction, ChangeScope scope, CancellationToken cancellationToken) =>
        new(transaction, scope, await CaptureAsync(transaction, scope, cancellationToken).ConfigureAwait(false));

    /// <summary>The current state of every item of the scope, by id.</summary>
    public static async Task<Dictionary<string, ItemState>> CaptureAsync(Neo4jTransaction transaction, ChangeScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(scope);
        var states = new Dictionary<string, ItemState>(StringComparer.Ordinal);
        var parameters = RelationshipLookup.Parameters(scope.RelationshipIds);
        parameters["nodes"] = scope.NodeIds.ToList();
        var nodes = await transaction.RunAsync(
            new Statement($"{EntityOrArticleSeek.ByIds("n", "nodes")}RETURN {NodeColumns}", parameters), cancellationToken).ConfigureAwait(false);
        foreach (var record in nodes.Records)
        {
            var id = record.Get<string>("id");
            states[id] = new ItemState(id, [.. Curator.Strings(record["labels"])], null, null, null, Map(record["properties"]));
        }

        var relationships = await transaction.RunAsync(
            new Statement(
                scope.WithIncidentRelationships
                    ? $"{EntityOrArticleSeek.ByIds("n", "nodes")}MATCH (n)-[r]-() RETURN DISTINCT {RelationshipColumns} " +
                      $"UNION {RelationshipLookup.Match} RETURN {RelationshipColumns}"
                    : $"{RelationshipLookup.Match} RETURN {RelationshipColumns}",
                parameters),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in relationships.Records)
        {
            var id = record.Get<string>("id");
            states[id] = new ItemState(id, null, record.Get<string>("type"), record.Get<string>("start"), record.Get<string>("end"), Map(record["properties"]));
        }

        return states;
    }

    /// <summary>A change in progress: the state of its scope before it wrote.</summary>
    public sealed class Recording
    {
        private readonly Neo4jTransaction _transaction;
        private readonly ChangeScope _scope;
        private readonly Dictionary<string, ItemState> _before;

        internal Recording(Neo4jTransaction transaction, ChangeScope scope, Dictionary<string, ItemState> before)
        {
            _transaction = transaction;
            _scope = scope;
            _before = before;
        }

        /// <summary>
        /// Captures the scope again and writes the change record of what differs; returns its id.
        /// A change that altered nothing is still recorded, against <paramref name="subject"/>.
        /// </summary>
        public async Task<string> RecordAsync(string operation, string curator, string subject, string? reverts, CancellationToken cancellationToken)
        {
            var after = await CaptureAsync(_transaction, _scope, cancellationToken).ConfigureAwait(false);
            var changed = _before.Keys.Union(after.Keys, StringComparer.Ordinal)
                .Where(id => _before.GetValueOrDefault(id)?.Canonical() != after.GetValueOrDefault(id)?.Canonical())
                .Order(StringComparer.Ordinal)
                .ToList();
            var subjects = changed.Count > 0 ? changed : [subject];
            var (spans, quotes) = AddedEvidence(changed, after);
            var at = DateTimeOffset.UtcNow;
            // Sorts by time (ids are the default order of the `changes` connection); the suffix tells apart two changes of one tick.
            var id = "change:" + at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + ":" + Guid.NewGuid().ToString("N")[..8];
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = id,
                ["curator"] = curator,
                ["at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                ["operation"] = operation,
                ["subjects"] = subjects,
                ["before"] = Json(changed, _before),
                ["after"] = Json(changed, after),
            };
            if (spans.Count > 0)
            {
                properties[Provenance.Evidence] = spans;
                properties[Provenance.Sources] = spans.Select(span => span[..span.LastIndexOf(':')]).Distinct().ToList();
                if (quotes.All(quote => quote is not null))
                {
                    properties[Provenance.EvidenceQuotes] = quotes;
                }
            }

            if (reverts is not null)
            {
                properties["reverts"] = reverts;
            }

            await _transaction.RunAsync(
                new Statement(
                    $"CREATE (c:{ChangeLabel}) SET c = $properties WITH c UNWIND $subjects AS subject " +
                    $"MERGE (h:{HistoryLabel} {{itemId: subject}}) SET h.latest = c.id CREATE (h)-[:{RecordedType}]->(c)",
                    new Dictionary<string, object?> { ["properties"] = properties, ["subjects"] = subjects }),
                cancellationToken).ConfigureAwait(false);
            return id;
        }

        /// <summary>The spans (with their quotes) the changed items have after the change and did not have before.</summary>
        private (List<string> Spans, List<string?> Quotes) AddedEvidence(List<string> changed, Dictionary<string, ItemState> after)
        {
            var spans = new List<string>();
            var quotes = new List<string?>();
            foreach (var id in changed)
            {
                if (!after.TryGetValue(id, out var state))
                {
                    continue;
                }

                var had = Curator.Strings(_before.GetValueOrDefault(id)?.Properties.GetValueOrDefault(Provenance.Evidence)).ToHashSet(StringComparer.Ordinal);
                var now = Curator.Strings(state.Properties.GetValueOrDefault(Provenance.Evidence));
                var nowQuotes = state.Properties.GetValueOrDefault(Provenance.EvidenceQuotes) is System.Collections.IEnumerable items and not string
                    ? items.Cast<object?>().Select(quote => quote as string).ToList()
                    : [];
                for (var i = 0; i < now.Count; i++)
                {
                    if (!had.Contains(now[i]) && !spans.Contains(now[i]))
                    {
                        spans.Add(now[i]);
                        quotes.Add(i < nowQuotes.Count ? nowQuotes[i] : null);
                    }
                }
            }

            return (spans, quotes);
        }
    }

    private static string Json(List<string> ids, Dictionary<string, ItemState> states) =>
        JsonSerializer.Serialize(ids.Where(states.ContainsKey).ToDictionary(id => id, id => states[id].ToJsonObject(), StringComparer.Ordinal));

    /// <summary>Reads a change's <c>before</c> or <c>after</c> JSON.</summary>
    public static Dictionary<string, ItemState> ParseStates(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(item => item.Name, item => ItemState.FromJson(item.Name, item.Value), StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> Map(object? value) =>
        value is IReadOnlyDictionary<string, object?> map ? new Dictionary<string, object?>(map, StringComparer.Ordinal) : new Dictionary<string, object?>(StringComparer.Ordinal);
}
