namespace DiplomacyGraph.Domain.Curation;

/// <summary>A new article, as a curator sends it through <c>addArticle</c>.</summary>
/// <param name="Id">The file stem in the corpus folder; null to derive it from the text (<see cref="Curator.DerivedArticleId"/>).</param>
/// <param name="Text">The whole text, stored as is: evidence spans are offsets into it.</param>
/// <param name="Title">Our English title.</param>
/// <param name="PublishedOn">ISO-8601 at the precision known (YYYY, YYYY-MM or YYYY-MM-DD).</param>
/// <param name="Url">Where it was published: an absolute http(s) address.</param>
/// <param name="Language">The text's language as a BCP 47 tag, e.g. <c>ar</c>, <c>en</c>, <c>zh-Hans</c>.</param>
public sealed record ArticleDraft(
    string? Id,
    string Text,
    string Title,
    string? TitleAr,
    string? Publisher,
    string? PublishedOn,
    string? Url,
    string Language);
