namespace DiplomacyGraph.Domain.Mentions;

/// <summary>Precision and recall of the mention matcher over (article, entity) pairs, micro-averaged over articles.</summary>
public sealed record MentionEvaluation(IReadOnlyList<ArticleMentionScore> Articles)
{
    public int TruePositives => Articles.Sum(a => a.TruePositives.Count);

    public int FalsePositives => Articles.Sum(a => a.FalsePositives.Count);

    public int FalseNegatives => Articles.Sum(a => a.FalseNegatives.Count);

    /// <summary>Of the (article, entity) pairs found, the share the curated evidence confirms.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Of the (article, entity) pairs the curated evidence names, the share found.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}
