namespace DiplomacyGraph.Domain.Facts;

/// <summary>A source article (<c>articles.yaml</c>); its id is the file stem in the corpus folder.</summary>
/// <param name="Properties">title, titleAr, publisher, publishedOn, dateline, url, author, language — as given.</param>
public sealed record ArticleFact(
    string Id,
    IReadOnlyList<FactProperty> Properties,
    IReadOnlyList<EvidenceSpan> Evidence,
    SourceLocation Location);
