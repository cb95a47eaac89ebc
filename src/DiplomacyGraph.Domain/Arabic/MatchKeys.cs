namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// Normalized, unstemmed keys for finding an entity by any of its names. The loader stores
/// <see cref="ForNames"/> on every entity node as <c>matchKeys</c>; a search normalizes what the
/// user typed with <see cref="ForQuery"/> and looks for a node having any of those keys.
/// </summary>
/// <remarks>
/// A name's keys are its <see cref="TextNormalizer"/> form, plus, when its first word carries the
/// article ال, the form without it ("الصين" → "الصين", "صين"). A query's keys are the clitic
/// readings of its first word (<see cref="CliticReadings"/>) followed by the rest of the query
/// ("بالصين" → "بالصين", "الصين", "صين", ...). So a query and a name meet when the query is the
/// name with or without clitics on its first word, in either language, with any diacritics or
/// hamza spelling. For substring search, match a query key against the stored keys with
/// <c>STARTS WITH</c> or <c>CONTAINS</c>.
/// </remarks>
public static class MatchKeys
{
    private const string Article = "\u0627\u0644";

    /// <summary>The keys of an entity whose names (English, Arabic, aliases) are <paramref name="names"/>; distinct, in name order.</summary>
    public static IReadOnlyList<string> ForNames(IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var keys = new List<string>();
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var key = TextNormalizer.Normalize(name);
            AddDistinct(keys, key);
            if (key.StartsWith(Article, StringComparison.Ordinal))
            {
                var withoutArticle = key[Article.Length..];
                var firstWordLength = withoutArticle.IndexOf(' ') is var space and >= 0 ? space : withoutArticle.Length;
                if (firstWordLength >= CliticReadings.MinimumStemLength)
                {
                    AddDistinct(keys, withoutArticle);
                }
            }
        }

        return keys;
    }

    /// <summary>The keys to look up for a user's query: every clitic reading of its first word with the rest of the query.</summary>
    public static IReadOnlyList<string> ForQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = TextNormalizer.Tokenize(query);
        if (tokens.Count == 0)
        {
            return [];
        }

        var rest = string.Concat(tokens.Skip(1).Select(token => " " + token.Text));
        var keys = new List<string>();
        foreach (var reading in CliticReadings.Of(tokens[0].Text))
        {
            AddDistinct(keys, reading.Stem + rest);
        }

        return keys;
    }

    private static void AddDistinct(List<string> keys, string key)
    {
        if (key.Length > 0 && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
