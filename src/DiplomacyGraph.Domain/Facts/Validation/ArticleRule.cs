namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>Articles carry only the article properties, and (with a corpus) have a text file.</summary>
internal static class ArticleRule
{
    public static void Check(ValidationContext context)
    {
        foreach (var article in context.Facts.Articles)
        {
            foreach (var property in article.Properties.Where(p => !ArticleProperties.All.Contains(p.Name)))
            {
                context.Report(property.Location, $"'{property.Name}' is not an article property (allowed: {string.Join(", ", ArticleProperties.All)})");
            }

            PropertyValueRule.Check(context, article.Properties);
            if (context.Corpus is { } corpus && article.Id.Length > 0 && !corpus.TryGetText(article.Id, out _))
            {
                context.Report(article.Location, $"article '{article.Id}' has no file {article.Id}.txt in the corpus folder {corpus.Folder}");
            }
        }
    }
}
