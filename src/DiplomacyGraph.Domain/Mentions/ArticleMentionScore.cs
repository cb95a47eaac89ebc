namespace DiplomacyGraph.Domain.Mentions;

/// <summary>The mention matcher's result for one article next to the curated gold standard.</summary>
/// <param name="Gold">Entities the curated evidence in this article names (see <see cref="MentionEvaluator"/>).</param>
/// <param name="Found">Entities the matcher finds in the article's text.</param>
public sealed record ArticleMentionScore(string ArticleId, IReadOnlySet<string> Gold, IReadOnlySet<string> Found)
{
    public IReadOnlyList<string> TruePositives => [.. Found.Where(Gold.Contains).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> FalsePositives => [.. Found.Where(id => !Gold.Contains(id)).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> FalseNegatives => [.. Gold.Where(id => !Found.Contains(id)).Order(StringComparer.Ordinal)];
}
