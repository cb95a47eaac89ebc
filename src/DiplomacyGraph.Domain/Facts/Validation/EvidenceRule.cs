namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// Every evidence span points into a known article, lies inside its text, and — when the corpus
/// is present — the union of a fact's spans names every entity the fact is about (after
/// normalization and clitic reading, as the mention matcher reads names), by a name, an alias or
/// a phrase of its <c>describedAs</c> (<see cref="EvidenceNaming"/>, the rule curation applies too).
/// </summary>
internal static class EvidenceRule
{
    public static void Check(ValidationContext context)
    {
        foreach (var article in context.Facts.Articles)
        {
            CheckSpans(context, article.Evidence);
        }

        foreach (var entity in context.Facts.Entities)
        {
            if (CheckSpans(context, entity.Evidence) is { } texts)
            {
                CheckNamed(context, entity.Id, texts, entity.Location, $"entity '{entity.Id}'");
            }
        }

        foreach (var relation in context.Facts.Relations)
        {
            if (CheckSpans(context, relation.Evidence) is not { } texts)
            {
                continue;
            }

            foreach (var endpoint in new[] { relation.From, relation.To }.Distinct())
            {
                if (context.EntitiesById.ContainsKey(endpoint))
                {
                    CheckNamed(context, endpoint, texts, relation.Location, $"{relation.Type} {relation.From} → {relation.To}");
                }
            }
        }
    }

    /// <summary>Reports bad spans; returns the spans' texts when all of them could be read from the corpus.</summary>
    private static List<string>? CheckSpans(ValidationContext context, IReadOnlyList<EvidenceSpan> spans)
    {
        var texts = new List<string>();
        var readable = context.Corpus is not null && spans.Count > 0;
        foreach (var span in spans)
        {
            if (!context.ArticlesById.ContainsKey(span.ArticleId))
            {
                context.Report(span.Location, $"evidence '{span}' points into '{span.ArticleId}', which is not an article in {FactFileReader.ArticlesFile}");
                readable = false;
                continue;
            }

            if (span.Start >= span.End)
            {
                context.Report(span.Location, $"evidence '{span}' is empty: its start must be before its end");
                readable = false;
                continue;
            }

            if (context.Corpus is null || !context.Corpus.TryGetText(span.ArticleId, out var text))
            {
                readable = false;
                continue;
            }

            if (span.End > text.Length)
            {
                context.Report(span.Location, $"evidence '{span}' ends past the end of the article, which has {text.Length} characters");
                readable = false;
                continue;
            }

            texts.Add(text[span.Start..span.End]);
        }

        return readable ? texts : null;
    }

    private static void CheckNamed(ValidationContext context, string entityId, List<string> texts, SourceLocation location, string fact)
    {
        var entity = context.EntitiesById[entityId];
        if (EvidenceNaming.Names(context.Gazetteer, entityId, entity.Label, entity.Property("value")?.Value, texts))
        {
            return;
        }

        context.Report(location, $"the evidence of {fact} does not name '{entityId}' (as any of: {string.Join(" | ", entity.ReferringExpressions)}); add the span of a sentence that names it, a real alias, or the phrase the source describes it by (describedAs)");
    }
}
