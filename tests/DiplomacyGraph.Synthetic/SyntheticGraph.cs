using System.Globalization;
using DiplomacyGraph.Domain.Arabic;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// A graph in the project's own model at any scale, the same for the same <see cref="SyntheticScale"/>:
/// the nodes and relationships the loader would write (<see cref="NodeRow"/>, <see cref="RelationshipRow"/>,
/// with <c>matchKeys</c>, <c>sources</c>, <c>evidence</c> and <c>evidenceQuotes</c>; symmetric types stored
/// once from the lower id; relationship ids as <see cref="RelationIdentity"/> makes them), every relationship
/// type of the schema, and skewed degrees: the first items of each label are hubs (at one million entities
/// the largest country has tens of thousands of relationships). Both sequences are streamed, so a graph of
/// millions never sits in memory.
/// </summary>
public sealed class SyntheticGraph(SyntheticScale scale)
{
    private static readonly string[] Symmetric = ["TWINNED_WITH", "DIPLOMATIC_RELATIONS", "PARTNERSHIP", "ALIGNED_WITH"];

    public SyntheticScale Scale { get; } = scale;

    /// <summary>How many nodes carry <paramref name="label"/> (an entity label, or Article).</summary>
    public int Count(string label) => label == EntityLabels.Article ? Scale.Articles : Scale.Count(label);

    public static string Id(string label, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{label.ToLowerInvariant()}-s{index:D7}");

    /// <summary>The English name of the entity at <paramref name="index"/> of <paramref name="label"/>.</summary>
    public static string Name(string label, int index) => SyntheticNames.English(NameNumber(label, index));

    /// <summary>The Arabic name of the entity at <paramref name="index"/> of <paramref name="label"/> (9 entities in 10 have one).</summary>
    public static string ArabicName(string label, int index) => SyntheticNames.ArabicName(NameNumber(label, index));

    public IEnumerable<NodeRow> Nodes()
    {
        for (var index = 0; index < Scale.Articles; index++)
        {
            yield return ArticleNode(index);
        }

        foreach (var label in EntityLabels.All)
        {
            for (var index = 0; index < Count(label); index++)
            {
                yield return EntityNode(label, index);
            }
        }
    }

    public IEnumerable<RelationshipRow> Relationships()
    {
        var seenSymmetric = Symmetric.ToDictionary(type => type, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var planIndex = 0; planIndex < SyntheticPlans.All.Count; planIndex++)
        {
            var plan = SyntheticPlans.All[planIndex];
            var symmetric = seenSymmetric.GetValueOrDefault(plan.Type);
            var perFrom = plan.Type == FactGraphBuilder.MentionsType ? 1.5 * Scale.Entities / Scale.Articles : plan.PerFrom;
            for (var fromIndex = 0; fromIndex < Count(plan.From); fromIndex++)
            {
                var random = new SeededRandom(Scale.Seed, 1, planIndex, fromIndex);
                var wanted = random.Round(perFrom);
                var ids = new HashSet<string>(StringComparer.Ordinal);
                for (var attempt = 0; ids.Count < wanted && attempt < wanted * 3; attempt++)
                {
                    var toLabel = plan.PickTarget(ref random);
                    var toIndex = random.Skewed(Count(toLabel), plan.Skew);
                    if (toLabel == plan.From && toIndex == fromIndex)
                    {
                        continue;
                    }

                    var row = Relationship(plan.Type, plan.From, fromIndex, toLabel, toIndex, symmetric is not null, ref random);
                    if (ids.Add(row.Id) && (symmetric is null || symmetric.Add(row.Id)))
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    private RelationshipRow Relationship(string type, string fromLabel, int fromIndex, string toLabel, int toIndex, bool symmetric, ref SeededRandom random)
    {
        var from = Id(fromLabel, fromIndex);
        var to = Id(toLabel, toIndex);
        if (symmetric && string.CompareOrdinal(from, to) > 0)
        {
            (from, to, fromLabel, toLabel) = (to, from, toLabel, fromLabel);
        }

        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        SyntheticValues.AddRelationshipProperties(type, properties, ref random);
        var role = properties.GetValueOrDefault("role") as string;
        var id = role is null ? $"{type}:{from}:{to}" : $"{type}:{from}:{to}:{role}";
        properties["id"] = id;
        if (type == FactGraphBuilder.MentionsType)
        {
            var count = (long)properties["count"];
            AddEvidence(properties, id, ref random, article: fromIndex, spans: (int)count);
        }
        else
        {
            AddEvidence(properties, id, ref random, article: null, spans: 1 + random.Next(2));
        }

        return new RelationshipRow(id, type, Kind(fromLabel), from, Kind(toLabel), to, properties);
    }

    private NodeRow ArticleNode(int index)
    {
        var random = new SeededRandom(Scale.Seed, 0, -1, index);
        var id = Id(EntityLabels.Article, index);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = id };
        SyntheticValues.AddArticleProperties(index, properties, ref random);
        AddEvidence(properties, id, ref random, article: index, spans: 1);
        return new NodeRow(id, NodeKind.Article, EntityLabels.Article, properties);
    }

    private NodeRow EntityNode(string label, int index)
    {
        var random = new SeededRandom(Scale.Seed, 0, Ordinal(label), index);
        var number = NameNumber(label, index);
        var id = Id(label, index);
        var names = new List<string> { SyntheticNames.English(number) };
        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = id, ["name"] = names[0] };
        if (random.Chance(0.9))
        {
            names.Add(SyntheticNames.ArabicName(number));
            properties["nameAr"] = names[1];
        }

        if (random.Chance(0.2))
        {
            var aliases = new List<string> { $"{names[0]} {label}" };
            if (random.Chance(0.5))
            {
                aliases.Add(SyntheticNames.ArabicName(number + 1_000_000_000L));
            }

            names.AddRange(aliases);
            properties["aliases"] = aliases;
        }

        properties[FactGraphBuilder.MatchKeysProperty] = MatchKeys.ForNames(names).ToList();
        if (random.Chance(0.1))
        {
            properties["description"] = $"A synthetic {label.ToLowerInvariant()}, number {index}.";
        }

        SyntheticValues.AddEntityProperties(label, properties, ref random);
        AddEvidence(properties, id, ref random, article: null, spans: 1 + random.Next(2));
        return new NodeRow(id, NodeKind.Entity, label, properties);
    }

    /// <summary>Spans in one or two articles, with their (synthetic) text, as <see cref="Provenance"/> stores them.</summary>
    private void AddEvidence(Dictionary<string, object> properties, string id, ref SeededRandom random, int? article, int spans)
    {
        var evidence = new List<string>(spans);
        var quotes = new List<string>(spans);
        var sources = new List<string>(2);
        for (var span = 0; span < spans; span++)
        {
            var articleId = Id(EntityLabels.Article, article ?? random.Next(Scale.Articles));
            var start = random.Next(20_000);
            var end = start + 20 + random.Next(200);
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{articleId}:{start}-{end}"));
            quotes.Add(string.Create(CultureInfo.InvariantCulture, $"Synthetic sentence {span + 1} stating {id}."));
            if (!sources.Contains(articleId))
            {
                sources.Add(articleId);
            }
        }

        properties[Provenance.Sources] = sources;
        properties[Provenance.Evidence] = evidence;
        properties[Provenance.EvidenceQuotes] = quotes;
    }

    private static int Ordinal(string label) => EntityLabels.All.ToList().IndexOf(label);

    /// <summary>Each entity's own number, so names are unique across labels.</summary>
    private static long NameNumber(string label, int index) => ((long)index * EntityLabels.All.Count) + Ordinal(label);

    private static NodeKind Kind(string label) => label == EntityLabels.Article ? NodeKind.Article : NodeKind.Entity;
}
