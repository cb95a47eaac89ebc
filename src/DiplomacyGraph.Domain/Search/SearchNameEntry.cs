using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// One indexed word of a name: its normalized <paramref name="Key"/> and the positions of the
/// name's content words it stands for — one, two for the joined form of two short words
/// ("وان مينغ" is also indexed as وانمينغ), none for a stop word.
/// </summary>
public sealed record SearchNameTerm(string Key, IReadOnlyList<int> Positions);

/// <summary>
/// One name (English, Arabic or an alias) of an entity as the search index holds it: a
/// <c>(:SearchName)</c> node with the entity's id, the name as written, its whole-name keys
/// (<see cref="MatchKeys"/>, for exact matches), how many content words it has, and its terms,
/// each linked from its <c>(:SearchWord)</c>.
/// </summary>
public sealed record SearchNameEntry(string EntityId, string Name, IReadOnlyList<string> Keys, int ContentWords, IReadOnlyList<SearchNameTerm> Terms)
{
    /// <summary>Two adjacent words this short are also indexed joined: transliterations split syllables freely.</summary>
    public const int JoinableWordLength = 5;

    /// <summary>The entries of an entity's names, in order; names that normalize to nothing are left out.</summary>
    public static IReadOnlyList<SearchNameEntry> ForEntity(string entityId, IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentNullException.ThrowIfNull(names);
        var entries = new List<SearchNameEntry>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var words = TextNormalizer.Tokenize(name).Select(token => token.Text).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            entries.Add(Build(entityId, name, words));
        }

        return entries;
    }

    /// <summary>The distinct words an entity's names put in the index (terms of every entry).</summary>
    public static IEnumerable<string> WordsOf(IEnumerable<SearchNameEntry> entries) =>
        entries.SelectMany(entry => entry.Terms).Select(term => term.Key).Distinct(StringComparer.Ordinal);

    private static SearchNameEntry Build(string entityId, string name, List<string> words)
    {
        var positions = new int?[words.Count];
        var content = 0;
        for (var i = 0; i < words.Count; i++)
        {
            positions[i] = SearchStopWords.Contains(words[i]) ? null : content++;
        }

        // A name made only of stop words ("State") is all content.
        if (content == 0)
        {
            for (var i = 0; i < words.Count; i++)
            {
                positions[i] = content++;
            }
        }

        var terms = new List<SearchNameTerm>();
        for (var i = 0; i < words.Count; i++)
        {
            terms.Add(new SearchNameTerm(words[i], positions[i] is { } at ? [at] : []));
            if (i + 1 < words.Count && words[i].Length <= JoinableWordLength && words[i + 1].Length <= JoinableWordLength)
            {
                terms.Add(new SearchNameTerm(words[i] + words[i + 1], [.. new[] { positions[i], positions[i + 1] }.OfType<int>()]));
            }
        }

        // One term per key: a word twice in a name stands for all its places.
        var merged = terms
            .GroupBy(term => term.Key, StringComparer.Ordinal)
            .Select(group => new SearchNameTerm(group.Key, [.. group.SelectMany(term => term.Positions).Distinct().Order()]))
            .ToList();
        return new SearchNameEntry(entityId, name, MatchKeys.ForNames([name]), content, merged);
    }
}
