using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// Finds entity names in any text. Every name and alias becomes its <see cref="MatchKeys"/> (the
/// normalized name, and without the article ال on its first word), and a key matches a run of
/// words whose first word, read with or without its clitic prefixes (<see cref="CliticReadings"/>),
/// and whose following words equal the key's words. So the article is optional on both sides
/// ("صينية" matches the alias "الصينية"), but nothing is stemmed: "الصينية" does not match "الصين".
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<string>> entityIdsByKey;
    private readonly HashSet<string> firstWords;
    private readonly int longestNameInWords;

    private Gazetteer(Dictionary<string, List<string>> entityIdsByKey)
    {
        this.entityIdsByKey = entityIdsByKey;
        firstWords = entityIdsByKey.Keys.Select(key => key.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        longestNameInWords = entityIdsByKey.Keys.Select(key => key.Split(' ').Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>How many distinct normalized names the gazetteer knows.</summary>
    public int NameCount => entityIdsByKey.Count;

    public static Gazetteer Build(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var entityIdsByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var key in MatchKeys.ForNames(entry.Names))
            {
                if (!entityIdsByKey.TryGetValue(key, out var ids))
                {
                    entityIdsByKey[key] = ids = [];
                }

                if (!ids.Contains(entry.EntityId))
                {
                    ids.Add(entry.EntityId);
                }
            }
        }

        return new Gazetteer(entityIdsByKey);
    }

    /// <summary>
    /// The mentions in <paramref name="text"/>, read left to right: at each word the longest name
    /// that starts there wins, and the words it covers cannot start or be part of another mention
    /// ("جمهورية الصين الشعبية" is one mention, not also one of "الصين").
    /// </summary>
    public IReadOnlyList<Mention> FindMentions(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var mentions = new List<Mention>();
        var index = 0;
        while (index < tokens.Count)
        {
            var match = LongestMatchAt(tokens, index);
            if (match is null)
            {
                index++;
                continue;
            }

            mentions.Add(match.Value.Mention);
            index += match.Value.Words;
        }

        return mentions;
    }

    /// <summary>
    /// Every occurrence of every name in <paramref name="text"/>, overlapping ones included; what a
    /// span "names" for validation and for the gold standard of the mention evaluation.
    /// </summary>
    public IReadOnlyList<Mention> FindAllOccurrences(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var occurrences = new List<Mention>();
        for (var index = 0; index < tokens.Count; index++)
        {
            foreach (var reading in FirstWordReadings(tokens[index]))
            {
                for (var words = 1; words <= Math.Min(longestNameInWords, tokens.Count - index); words++)
                {
                    if (Lookup(tokens, index, words, reading) is { } mention)
                    {
                        occurrences.Add(mention);
                    }
                }
            }
        }

        return occurrences;
    }

    /// <summary>The ids of the entities that <see cref="FindAllOccurrences"/> finds in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> EntitiesNamedIn(string text) =>
        FindAllOccurrences(text).SelectMany(mention => mention.EntityIds).ToHashSet(StringComparer.Ordinal);

    private (Mention Mention, int Words)? LongestMatchAt(IReadOnlyList<NormalizedToken> tokens, int index)
    {
        var readings = FirstWordReadings(tokens[index]);
        if (readings.Count == 0)
        {
            return null;
        }

        for (var words = Math.Min(longestNameInWords, tokens.Count - index); words >= 1; words--)
        {
            foreach (var reading in readings)
            {
                if (Lookup(tokens, index, words, reading) is { } mention)
                {
                    return (mention, words);
                }
            }
        }

        return null;
    }

    private List<CliticReading> FirstWordReadings(NormalizedToken token) =>
        CliticReadings.Of(token.Text).Where(reading => firstWords.Contains(reading.Stem)).ToList();

    private Mention? Lookup(IReadOnlyList<NormalizedToken> tokens, int index, int words, CliticReading reading)
    {
        var key = words == 1
            ? reading.Stem
            : reading.Stem + " " + string.Join(' ', tokens.Skip(index + 1).Take(words - 1).Select(token => token.Text));
        if (!entityIdsByKey.TryGetValue(key, out var ids))
        {
            return null;
        }

        var start = tokens[index].OriginalOffsetOf(reading.PrefixLength);
        return new Mention(ids, start, tokens[index + words - 1].End, key);
    }
}
