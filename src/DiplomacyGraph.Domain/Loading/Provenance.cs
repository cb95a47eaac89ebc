using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The provenance properties every loaded node and relationship carries: <c>sources</c> (the
/// article ids, in order of first evidence), <c>evidence</c> (the spans, <c>articleId:start-end</c>)
/// and, when the corpus is present, <c>evidenceQuotes</c> — the text of each span, in the same order
/// as <c>evidence</c> (a parallel list: Neo4j properties cannot hold maps).
/// </summary>
public static class Provenance
{
    public const string Sources = "sources";
    public const string Evidence = "evidence";
    public const string EvidenceQuotes = "evidenceQuotes";

    public static void AddTo(Dictionary<string, object> properties, IReadOnlyList<EvidenceSpan> spans, ArticleCorpus? corpus)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return;
        }

        properties[Sources] = spans.Select(span => span.ArticleId).Distinct().ToList();
        properties[Evidence] = spans.Select(span => span.ToString()).ToList();
        if (corpus is not null)
        {
            var quotes = spans.Select(span => corpus.Quote(span.ArticleId, span.Start, span.End)).ToList();
            if (quotes.All(quote => quote is not null))
            {
                properties[EvidenceQuotes] = quotes.Select(quote => quote!).ToList();
            }
        }
    }
}
