using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>One key that leads to an indexed word, how (<see cref="SearchVariantKind"/>), and how good a match through it is (0–1).</summary>
public sealed record SearchWordVariant(string Key, string Kind, double Quality);

/// <summary>
/// The keys the index stores for one indexed (normalized) word besides the word itself: its
/// prefixes of at least three letters, its deletion neighbourhood (one deleted letter for words of
/// five letters or more, two for long words, see <see cref="SearchEdits"/>), for an Arabic word the
/// readings without the article and the clitics before it, and its final ا/ي swapped.
/// </summary>
public static class SearchWordVariants
{
    public const int MinimumPrefixLength = 3;

    public const double ArticleQuality = 0.95;
    public const double EndingQuality = 0.9;

    private const string ArticleLetters = "\u0627\u0644";
    private const string LamLam = "\u0644\u0644";
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';

    public static IReadOnlyList<SearchWordVariant> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var variants = new List<SearchWordVariant>();
        var seen = new HashSet<(string, string)>();
        void Add(string key, string kind, double quality)
        {
            if (key != word && key.Length > 0 && seen.Add((key, kind)))
            {
                variants.Add(new SearchWordVariant(key, kind, quality));
            }
        }

        // A prefix typed with a third of the word scores lower than one typed with nine tenths.
        for (var length = MinimumPrefixLength; length < word.Length; length++)
        {
            Add(word[..length], SearchVariantKind.Prefix, PrefixQuality(length, word.Length));
        }

        foreach (var (key, edits) in SearchEdits.Deletions(word, SearchEdits.AllowedFor(word)))
        {
            Add(key, edits == 1 ? SearchVariantKind.OneEdit : SearchVariantKind.TwoEdits, SearchEdits.Quality(word.Length, edits));
        }

        foreach (var reading in ArticleReadings(word))
        {
            Add(reading, SearchVariantKind.Article, ArticleQuality);
        }

        if (word.Length >= 4 && word[^1] is Alef or Yeh && IsArabicLetter(word[^2]))
        {
            Add(word[..^1] + (word[^1] == Alef ? Yeh : Alef), SearchVariantKind.Ending, EndingQuality);
        }

        return variants;
    }

    /// <summary>
    /// The readings of an Arabic word that keep or drop its article: for a word of a name such as
    /// للتعاون or والطريق, the forms a person types on its own (التعاون, تعاون; الطريق, طريق). Readings
    /// that only drop a single letter (بكين → كين) are left out: they would make short residues
    /// match inside unrelated names.
    /// </summary>
    public static IEnumerable<string> ArticleReadings(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var reading in CliticReadings.Of(word))
        {
            if (reading.PrefixLength > 0 && IsArticleReading(word, reading))
            {
                yield return reading.Stem;
            }
        }
    }

    /// <summary>True when a clitic reading keeps the word's article (والطريق → الطريق) or is what follows it (الطريق → طريق).</summary>
    public static bool IsArticleReading(string word, CliticReading reading)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stripped = word[..reading.PrefixLength];
        return reading.Stem.StartsWith(ArticleLetters, StringComparison.Ordinal)
            || stripped.EndsWith(ArticleLetters, StringComparison.Ordinal)
            || stripped.EndsWith(LamLam, StringComparison.Ordinal);
    }

    public static double PrefixQuality(int typed, int length) => 0.4 + (0.4 * typed / length);

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';
}
