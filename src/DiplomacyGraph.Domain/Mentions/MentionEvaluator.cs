using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// Measures the mention matcher against the curated facts.
/// </summary>
/// <remarks>
/// Gold standard, per article A: the mentionable entities E (<see cref="MentionGazetteer"/>) such that some curated fact about E — E's own
/// entry, or a relation with E at one end — has an evidence span in A whose text names E (every
/// occurrence of any of E's names or aliases counts, overlapping ones included; see
/// <see cref="Gazetteer.EntitiesNamedIn"/>; describedAs phrases are not names). "Names" is required because a relation's spans in A
/// may name only one of its ends. Found, per article: the entities the matcher's MENTIONS give
/// (<see cref="Gazetteer.FindMentions"/> over the whole text, then <see cref="MentionResolver"/>).
/// A found entity outside the gold standard is a false positive — either a wrong match, or a name
/// the curator did not take as a fact of that article (website furniture, passing mentions).
/// </remarks>
public static class MentionEvaluator
{
    /// <summary>Scores <see cref="MentionGazetteer.Build(FactSet)"/> over the facts against the facts' evidence.</summary>
    public static MentionEvaluation Evaluate(FactSet facts, ArticleCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(corpus);
        var gazetteer = MentionGazetteer.Build(facts);
        var entityIds = facts.Entities.Where(MentionGazetteer.IsMentionable).Select(entity => entity.Id).ToHashSet(StringComparer.Ordinal);
        var gold = facts.Articles.ToDictionary(article => article.Id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);

        void AddNamed(IEnumerable<string> subjects, IReadOnlyList<EvidenceSpan> evidence)
        {
            foreach (var span in evidence)
            {
                if (!gold.TryGetValue(span.ArticleId, out var named) || corpus.Quote(span.ArticleId, span.Start, span.End) is not { } text)
                {
                    continue;
                }

                var namedInSpan = gazetteer.EntitiesNamedIn(text);
                named.UnionWith(subjects.Where(namedInSpan.Contains));
            }
        }

        foreach (var entity in facts.Entities.Where(MentionGazetteer.IsMentionable))
        {
            AddNamed([entity.Id], entity.Evidence);
        }

        foreach (var relation in facts.Relations)
        {
            AddNamed(new[] { relation.From, relation.To }.Where(entityIds.Contains), relation.Evidence);
        }

        var scores = new List<ArticleMentionScore>();
        foreach (var article in facts.Articles)
        {
            var found = corpus.TryGetText(article.Id, out var text)
                ? MentionResolver.Resolve(gazetteer.FindMentions(text)).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal)
                : [];
            scores.Add(new ArticleMentionScore(article.Id, gold[article.Id], found));
        }

        return new MentionEvaluation(scores);
    }
}
