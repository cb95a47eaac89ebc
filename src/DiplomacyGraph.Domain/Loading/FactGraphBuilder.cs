using System.Globalization;
using DiplomacyGraph.Domain.Arabic;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Mentions;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Turns validated facts into the graph they describe: one <c>:Article</c> node per article, one
/// <c>:Entity</c> node per entity (with <c>matchKeys</c>), one relationship per relation (a symmetric
/// one stored once, from the lower id to the higher), and — when the corpus is present — the
/// MENTIONS the gazetteer finds in each article. Every item carries its provenance
/// (<see cref="Provenance"/>) and its owner, <see cref="Origin.File"/>.
/// </summary>
public static class FactGraphBuilder
{
    public const string MatchKeysProperty = "matchKeys";
    public const string MentionsType = "MENTIONS";

    public static GraphContent Build(FactSet facts, ArticleCorpus? corpus)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var warnings = new List<string>();
        if (corpus is null)
        {
            warnings.Add("No corpus folder: evidence quotes are not stored and MENTIONS are not computed (existing ones are left as they are).");
        }

        var nodes = new List<NodeRow>();
        nodes.AddRange(facts.Articles.Select(article => ArticleNode(article, corpus)));
        nodes.AddRange(facts.Entities.Select(entity => EntityNode(entity, corpus)));

        var symmetricTypes = facts.RelationshipTypes.Where(type => type.Symmetric).Select(type => type.Type).ToHashSet(StringComparer.Ordinal);
        var articleIds = facts.Articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = new List<RelationshipRow>();
        relationships.AddRange(facts.Relations.Select(relation => RelationRow(relation, symmetricTypes.Contains(relation.Type), articleIds, corpus)));
        if (corpus is not null)
        {
            var gazetteer = MentionGazetteer.Build(facts);
            foreach (var article in facts.Articles)
            {
                if (corpus.TryGetText(article.Id, out var text))
                {
                    relationships.AddRange(MentionRows(article.Id, text, gazetteer, Origin.File));
                }
            }
        }

        return new GraphContent(nodes, relationships, warnings);
    }

    /// <summary>The MENTIONS relationships of one article's text: count, the spans and their text.</summary>
    /// <param name="origin">Who owns the MENTIONS: <see cref="Origin.File"/> for a load, <see cref="Origin.Ingest"/> for an ingest.</param>
    public static IEnumerable<RelationshipRow> MentionRows(string articleId, string text, Gazetteer gazetteer, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        foreach (var mentions in MentionResolver.Resolve(gazetteer.FindMentions(text)))
        {
            var id = $"{MentionsType}:{articleId}:{mentions.EntityId}";
            var properties = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["id"] = id,
                [Origin.Property] = origin,
                ["count"] = (long)mentions.Count,
                [Provenance.Sources] = new List<string> { articleId },
                [Provenance.Evidence] = mentions.Spans.Select(span => string.Create(CultureInfo.InvariantCulture, $"{articleId}:{span.Start}-{span.End}")).ToList(),
                [Provenance.EvidenceQuotes] = mentions.Spans.Select(span => text[span.Start..span.End]).ToList(),
            };
            yield return new RelationshipRow(id, MentionsType, NodeKind.Article, articleId, NodeKind.Entity, mentions.EntityId, properties);
        }
    }

    private static NodeRow ArticleNode(ArticleFact article, ArticleCorpus? corpus)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = article.Id, [Origin.Property] = Origin.File };
        AddProperties(properties, article.Properties);
        Provenance.AddTo(properties, article.Evidence, corpus);
        return new NodeRow(article.Id, NodeKind.Article, EntityLabels.Article, properties);
    }

    private static NodeRow EntityNode(EntityFact entity, ArticleCorpus? corpus)
    {
        var label = EntityLabels.Find(entity.Label)
            ?? throw new InvalidOperationException($"Entity '{entity.Id}' has label '{entity.Label}'; validate the facts before building the graph.");
        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = entity.Id, [Origin.Property] = Origin.File };
        if (entity.Name is { } name)
        {
            properties["name"] = name;
        }

        if (entity.NameAr is { } nameAr)
        {
            properties["nameAr"] = nameAr;
        }

        if (entity.Aliases.Count > 0)
        {
            properties["aliases"] = entity.Aliases.ToList();
        }

        properties[MatchKeysProperty] = MatchKeys.ForNames(entity.Names).ToList();
        AddProperties(properties, entity.Properties);
        Provenance.AddTo(properties, entity.Evidence, corpus);
        return new NodeRow(entity.Id, NodeKind.Entity, label, properties);
    }

    private static RelationshipRow RelationRow(RelationFact relation, bool symmetric, HashSet<string> articleIds, ArticleCorpus? corpus)
    {
        var identity = RelationIdentity.Of(relation, symmetric);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = identity.Id, [Origin.Property] = Origin.File };
        AddProperties(properties, relation.Properties);
        Provenance.AddTo(properties, relation.Evidence, corpus);
        return new RelationshipRow(
            identity.Id,
            relation.Type,
            articleIds.Contains(identity.From) ? NodeKind.Article : NodeKind.Entity,
            identity.From,
            articleIds.Contains(identity.To) ? NodeKind.Article : NodeKind.Entity,
            identity.To,
            properties);
    }

    private static void AddProperties(Dictionary<string, object> properties, IEnumerable<FactProperty> facts)
    {
        foreach (var property in facts)
        {
            // Empty lists are left out: Neo4j 3.1 cannot tell the element type of an empty list.
            if (property.Value is not IReadOnlyCollection<string> { Count: 0 })
            {
                properties[property.Name] = property.Value;
            }
        }
    }
}
