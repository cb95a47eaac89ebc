using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// Ids are present, unique across articles and entities, and readable: an article id is its file
/// stem; an entity id is <c>&lt;label-kebab&gt;-&lt;name-kebab&gt;</c> (e.g. <c>city-tacoma</c>).
/// </summary>
internal static partial class IdentifierRule
{
    public static void Check(ValidationContext context)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var article in context.Facts.Articles)
        {
            if (article.Id.Length == 0)
            {
                context.Report(article.Location, "the article has no 'id' (its file stem in the corpus folder)");
            }
            else if (!ArticleId().IsMatch(article.Id))
            {
                context.Report(article.Location, $"article id '{article.Id}' must be a file stem of letters, digits, '_', '-' or '.'");
            }
            else
            {
                CheckUnique(context, seen, article.Id, article.Location);
            }
        }

        foreach (var entity in context.Facts.Entities)
        {
            if (entity.Id.Length == 0)
            {
                context.Report(entity.Location, "the entity has no 'id'");
                continue;
            }

            if (!EntityId().IsMatch(entity.Id))
            {
                context.Report(entity.Location, $"entity id '{entity.Id}' must be lower-case kebab-case, e.g. city-tacoma");
            }
            else if (EntityLabels.Find(entity.Label) is { } label && !entity.Id.StartsWith(KebabOf(label) + "-", StringComparison.Ordinal))
            {
                context.Report(entity.Location, $"entity id '{entity.Id}' must start with '{KebabOf(label)}-' for a {label}");
            }

            CheckUnique(context, seen, entity.Id, entity.Location);
        }
    }

    /// <summary>"Organization" → "organization"; "SisterCity" → "sister-city".</summary>
    public static string KebabOf(string label) =>
        string.Concat(label.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static void CheckUnique(ValidationContext context, Dictionary<string, SourceLocation> seen, string id, SourceLocation location)
    {
        if (!seen.TryAdd(id, location))
        {
            context.Report(location, $"id '{id}' is already used at {seen[id]}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityId();
}
