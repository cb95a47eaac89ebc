namespace DiplomacyGraph.Domain.Facts;

/// <summary>The properties an entry of <c>articles.yaml</c> may carry.</summary>
public static class ArticleProperties
{
    public static IReadOnlyList<string> All { get; } =
        ["id", "title", "titleAr", "publisher", "publishedOn", "dateline", "url", "author", "language", "evidence"];
}
