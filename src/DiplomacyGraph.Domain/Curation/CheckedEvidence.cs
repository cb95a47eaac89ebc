using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Evidence spans checked and ready to store as the loader stores them: <c>evidence</c>,
/// <c>sources</c> and, when every span's text is known, the parallel <c>evidenceQuotes</c>.
/// </summary>
internal sealed record CheckedEvidence(IReadOnlyList<string> Spans, IReadOnlyList<string?> Quotes)
{
    private static readonly SourceLocation Request = new("request", 0);

    /// <summary>
    /// Parses new spans, checks their articles exist (and, with the corpus, that each span lies in
    /// its article), and joins them after <paramref name="existingSpans"/> without duplicates.
    /// </summary>
    public static async Task<CheckedEvidence> CheckAsync(
        string owner,
        IReadOnlyList<string> newSpans,
        IReadOnlyList<string> existingSpans,
        IReadOnlyList<string?> existingQuotes,
        Neo4jTransaction transaction,
        ArticleCorpus? corpus,
        List<string> problems,
        CancellationToken cancellationToken)
    {
        var parsed = new List<EvidenceSpan>();
        foreach (var text in newSpans)
        {
            if (EvidenceSpan.TryParse(text, Request) is { } span && span.Start < span.End)
            {
                parsed.Add(span);
            }
            else
            {
                problems.Add($"{owner}: the evidence '{text}' is not a span 'articleId:start-end' with start < end.");
            }
        }

        var articleIds = parsed.Select(span => span.ArticleId).Distinct().ToList();
        if (articleIds.Count > 0)
        {
            var known = await transaction.RunAsync(
                new Statement("MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id", new Dictionary<string, object?> { ["ids"] = articleIds }),
                cancellationToken).ConfigureAwait(false);
            var found = known.Records.Select(record => record.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in articleIds.Where(id => !found.Contains(id)))
            {
                problems.Add($"{owner}: the evidence cites the article '{missing}', which is not in the graph.");
            }
        }

        var spans = new List<string>(existingSpans);
        var quotes = new List<string?>(existingSpans.Select((span, index) => index < existingQuotes.Count ? existingQuotes[index] : QuoteOf(span, corpus)));
        foreach (var span in parsed)
        {
            string? quote = null;
            if (corpus is not null && corpus.TryGetText(span.ArticleId, out var text))
            {
                quote = corpus.Quote(span.ArticleId, span.Start, span.End);
                if (quote is null)
                {
                    problems.Add($"{owner}: the evidence '{span}' does not lie inside article '{span.ArticleId}' ({text.Length} characters).");
                }
            }

            if (!spans.Contains(span.ToString()))
            {
                spans.Add(span.ToString());
                quotes.Add(quote);
            }
        }

        return new CheckedEvidence(spans, quotes);
    }

    /// <summary>Writes <c>evidence</c>, <c>sources</c> and (when all are known) <c>evidenceQuotes</c> into a property map.</summary>
    public void WriteTo(Dictionary<string, object?> properties)
    {
        properties[Provenance.Evidence] = Spans.ToList();
        properties[Provenance.Sources] = Spans.Select(span => span[..span.LastIndexOf(':')]).Distinct().ToList();
        properties[Provenance.EvidenceQuotes] = Spans.Count > 0 && Quotes.All(quote => quote is not null) ? Quotes.ToList() : null;
    }

    private static string? QuoteOf(string span, ArticleCorpus? corpus) =>
        corpus is not null && EvidenceSpan.TryParse(span, Request) is { } parsed ? corpus.Quote(parsed.ArticleId, parsed.Start, parsed.End) : null;
}
