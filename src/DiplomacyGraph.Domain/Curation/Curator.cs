using DiplomacyGraph.Domain.Arabic;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Curation of the graph by hand: create and update entities, add and remove relationships, merge
/// two entities. Each method runs inside the caller's transaction, reads what it needs, checks
/// everything first and throws <see cref="CurationException"/> with every problem found before
/// writing anything; the caller commits. What it writes has the shape the loader writes (labels,
/// <c>matchKeys</c>, <c>evidence</c>, <c>sources</c>, <c>evidenceQuotes</c>, relationship ids).
/// </summary>
/// <remarks>
/// Each method first takes the locks of what it reads and writes (<see cref="CurationLocks"/>), so
/// concurrent changes on overlapping entities serialize and the later one checks what the earlier
/// one committed. What it writes is owned by curation (<see cref="Origin.Curation"/>): a load leaves
/// it alone until it is exported into the fact files; what it removes is marked
/// (<see cref="Origin.RemovalLabel"/>) so a load does not bring it back.
/// MENTIONS are not recomputed for curated names.
/// </remarks>
public sealed partial class Curator(CurationRules rules, ArticleCorpus? corpus, CurationLocks? locks = null)
{
    private static readonly string[] NameProperties = ["name", "nameAr", "aliases", "description"];

    /// <summary>The curator name of changes made without <see cref="For"/> (tools and tests in this process).</summary>
    public const string UnnamedCurator = "unnamed";

    private readonly CurationLocks _locks = locks ?? new CurationLocks(CurationLocks.DefaultWait);

    /// <summary>Who the changes of this instance are recorded as (<see cref="ChangeRecorder"/>).</summary>
    public string CuratorName { get; private init; } = UnnamedCurator;

    /// <summary>The same curator (rules, texts, locks) recording its changes as made by <paramref name="curatorName"/>.</summary>
    public Curator For(string curatorName) => new(rules, corpus, _locks) { CuratorName = curatorName };

    private sealed record StoredNode(string Id, string Label, Dictionary<string, object?> Properties);

    /// <summary>The node with this id (an entity or an article) and its own label, or null.</summary>
    private static async Task<StoredNode?> FindNodeAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement(
                EntityOrArticleSeek.ById("n", "id") +
                "RETURN head([label IN labels(n) WHERE label <> 'Entity']) AS label, properties(n) AS properties LIMIT 1",
                new Dictionary<string, object?> { ["id"] = id }),
            cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return null;
        }

        var record = result.Records[0];
        var properties = new Dictionary<string, object?>(record.Get<IReadOnlyDictionary<string, object?>>("properties"), StringComparer.Ordinal);
        return new StoredNode(id, record.Get<string>("label"), properties);
    }

    /// <summary>The entity label of the node with this id, read before locking (a label never changes), or null.</summary>
    private static async Task<string?> LabelOfAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken) =>
        (await FindNodeAsync(transaction, id, cancellationToken).ConfigureAwait(false)) is { } node && EntityLabels.Find(node.Label) is not null ? node.Label : null;

    private static async Task<StoredNode?> FindEntityAsync(Neo4jTransaction transaction, string id, string owner, CurationProblems problems, CancellationToken cancellationToken)
    {
        var node = await FindNodeAsync(transaction, id, cancellationToken).ConfigureAwait(false);
        if (node is null || EntityLabels.Find(node.Label) is null)
        {
            problems.Add(CurationErrorCodes.NotFound, $"{owner}: no entity has the id '{id}'.");
            return null;
        }

        return node;
    }

    /// <summary>Entities of <paramref name="label"/> (other than <paramref name="except"/>) that already answer to one of these names.</summary>
    private static async Task CheckNamesAreFreeAsync(
        Neo4jTransaction transaction, string owner, string label, IEnumerable<string?> names, string? except, CurationProblems problems, CancellationToken cancellationToken)
    {
        var normalized = NameKeys(names);
        var result = await transaction.RunAsync(
            new Statement(
                $"MATCH (n:`{CypherNames.Label(label)}`) WHERE n.id <> $except AND any(key IN coalesce(n.{FactGraphBuilder.MatchKeysProperty}, []) WHERE key IN $keys) " +
                "RETURN n.id AS id ORDER BY id LIMIT 5",
                new Dictionary<string, object?> { ["keys"] = normalized, ["except"] = except ?? "" }),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            problems.Add(CurationErrorCodes.AlreadyExists, $"{owner}: a name or alias is already used by the {label} '{record.Get<string>("id")}'; update that entity or merge the two instead.");
        }
    }

    /// <summary>The normalized names two entities of a label must not share (compared with <c>matchKeys</c>).</summary>
    private static List<string> NameKeys(IEnumerable<string?> names) =>
        [.. names.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => TextNormalizer.Normalize(name!)).Where(key => key.Length > 0).Distinct()];

    /// <summary>The lock keys of an entity id and of the names it is to answer to.</summary>
    private static IEnumerable<string> EntityKeys(string id, string label, IEnumerable<string?> names) =>
        [CurationLocks.Node(id), .. NameKeys(names).Select(key => CurationLocks.Name(label, key))];

    /// <summary>Marks removed nodes and relationships so a load does not write them back (<see cref="Origin.RemovalLabel"/>).</summary>
    private static Task MarkRemovedAsync(Neo4jTransaction transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            new Statement($"UNWIND $ids AS id MERGE (t:{Origin.RemovalLabel} {{itemId: id}})", Parameters(("ids", ids.ToList()))), cancellationToken);

    /// <summary>Forgets the removal of an id curation creates again.</summary>
    private static Task ForgetRemovalAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken) =>
        transaction.RunAsync(new Statement($"MATCH (t:{Origin.RemovalLabel}) WHERE t.itemId = $id DELETE t", Parameters(("id", id))), cancellationToken);

    /// <summary>The spans and the located quotes of a change's new evidence; at least one when <paramref name="required"/>.</summary>
    private List<string> GatherEvidence(string owner, IReadOnlyList<string> spans, IReadOnlyList<EvidenceQuote>? quotes, bool required, CurationProblems problems)
    {
        var gathered = new List<string>(spans);
        foreach (var quote in quotes ?? [])
        {
            var text = corpus is not null && corpus.TryGetText(quote.Article, out var found) ? found : null;
            if (quote.Locate(owner, text, problems) is { } span)
            {
                gathered.Add(span);
            }
        }

        if (required && spans.Count + (quotes?.Count ?? 0) == 0)
        {
            problems.Add($"{owner}: evidence is required: at least one span 'articleId:start-end' or quote {{article, quote}} of the sentence that states it.");
        }

        return gathered;
    }

    /// <summary>
    /// The fact-file validator's rule (<see cref="EvidenceNaming"/>): the new evidence must name the
    /// entity it supports, or each entity end of a relationship. Checked when the corpus gives the texts.
    /// </summary>
    private void CheckEvidenceNames(string owner, IReadOnlyList<string> spans, IEnumerable<StoredNode> subjects, CurationProblems problems)
    {
        var texts = new List<string>();
        foreach (var span in spans)
        {
            if (corpus is null || EvidenceSpan.TryParse(span, new SourceLocation("request", 0)) is not { } parsed
                || corpus.Quote(parsed.ArticleId, parsed.Start, parsed.End) is not { } text)
            {
                return; // unreadable spans are reported by CheckedEvidence
            }

            texts.Add(text);
        }

        var entities = subjects.Where(subject => EntityLabels.Find(subject.Label) is not null).ToList();
        var gazetteer = EvidenceNaming.GazetteerOf(entities.Select(entity => (entity.Id, (IEnumerable<string>)ReferringExpressions(entity.Properties))));
        foreach (var entity in entities)
        {
            if (texts.Count > 0 && !EvidenceNaming.Names(gazetteer, entity.Id, entity.Label, entity.Properties.GetValueOrDefault("value"), texts))
            {
                problems.Add($"{owner}: the evidence does not name '{entity.Id}' (as any of: {string.Join(" | ", ReferringExpressions(entity.Properties))}); cite a sentence that names it.");
            }
        }
    }

    private static List<string> ReferringExpressions(IReadOnlyDictionary<string, object?> properties) =>
        [.. new[] { properties.GetValueOrDefault("name") as string, properties.GetValueOrDefault("nameAr") as string }.OfType<string>(),
         .. Strings(properties.GetValueOrDefault("aliases")), .. Strings(properties.GetValueOrDefault(EntityFact.DescribedAsProperty))];

    /// <summary>Checks a label's own property (kind, dates, numbers, qualifier) and returns the value to store.</summary>
    private object? CheckEntityProperty(string owner, string label, string name, object value, List<string> problems)
    {
        if (!EntityLabels.AllowsProperty(label, name) || name is "id" or "label" or "evidence")
        {
            problems.Add($"{owner}: '{name}' is not a property a {label} can have.");
            return null;
        }

        var stored = PropertyChecks.Check(owner, name, value, problems);
        if (name == "kind" && stored is string kind && rules.KindsOf(label) is { Count: > 0 } kinds && !kinds.Contains(kind))
        {
            problems.Add($"{owner}: '{kind}' is not a kind of {label}; the kinds are: {string.Join(", ", kinds)}.");
        }

        if (name == "qualifier" && stored is string qualifier && !EntityLabels.Qualifiers.Contains(qualifier))
        {
            problems.Add($"{owner}: the qualifier must be one of {string.Join(", ", EntityLabels.Qualifiers)}; got '{qualifier}'.");
        }

        return stored;
    }

    /// <summary>The normalized keys search looks names up by, for the names now on the node.</summary>
    private static void WriteMatchKeys(Dictionary<string, object?> properties)
    {
        var names = new List<string?> { properties.GetValueOrDefault("name") as string, properties.GetValueOrDefault("nameAr") as string };
        names.AddRange(Strings(properties.GetValueOrDefault("aliases")));
        properties[FactGraphBuilder.MatchKeysProperty] = MatchKeys.ForNames(names).ToList();
    }

    internal static List<string> Strings(object? value) => value is System.Collections.IEnumerable items and not string
        ? [.. items.OfType<string>()]
        : [];

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);

    /// <summary>The parameters of a statement on one relationship found by <see cref="RelationshipLookup.Match"/>, with its own.</summary>
    private static Dictionary<string, object?> WithRelationship(string id, params (string Name, object? Value)[] values)
    {
        var parameters = RelationshipLookup.Parameters([id]);
        foreach (var (name, value) in values)
        {
            parameters[name] = value;
        }

        return parameters;
    }

    /// <summary>Property maps for <c>SET n = $map</c>: nulls and empty lists left out (Neo4j 3.1 cannot store an empty list's type).</summary>
    private static Dictionary<string, object?> Storable(Dictionary<string, object?> properties) =>
        properties.Where(entry => entry.Value is not null && entry.Value is not System.Collections.ICollection { Count: 0 })
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
}
