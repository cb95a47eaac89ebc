namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// Typo tolerance: the words one edit away from a query word (a letter left out, added, replaced,
/// or two neighbours swapped) when one of the two words has five letters or more. The query looks
/// these strings up among the indexed words in one index seek each, so a typo costs no scan. Two
/// edits in a long word are found through the words' pieces (<see cref="SearchWordPieces"/>).
/// </summary>
public static class SearchEdits
{
    /// <summary>Words of at least this many letters tolerate one edit.</summary>
    public const int OneEditLength = 5;

    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";

    // The letters TextNormalizer leaves (أ إ آ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي are folded away).
    private const string ArabicLetters = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /// <summary>
    /// How good a match through <paramref name="edits"/> edits in a word of <paramref name="length"/>
    /// letters is: an edit changes more of a short word.
    /// </summary>
    public static double Quality(int length, int edits) => Math.Max(0.0, 1.0 - (1.5 * edits / Math.Max(1, length)));

    /// <summary>
    /// The strings one letter shorter, one longer, and with one letter replaced or two swapped,
    /// grouped by the quality of a match through them. A
    /// replaced or swapped letter scores the square of a left-out one, so in a five-letter word it
    /// stays below the search threshold of 0.5 on its own ("paris" is not "pairs") while in a
    /// seven-letter word it passes ("chicaco").
    /// </summary>
    public static IReadOnlyList<(double Quality, IReadOnlyList<string> Words)> Neighbours(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var alphabet = word.Any(ArabicLetters.Contains) ? ArabicLetters : word.All(char.IsAsciiLetterLower) ? LatinLetters : string.Empty;
        var groups = new List<(double, IReadOnlyList<string>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        List<string> Fresh(IEnumerable<string> candidates) => [.. candidates.Where(seen.Add)];

        if (word.Length >= OneEditLength)
        {
            groups.Add((Quality(word.Length, 1), Fresh(Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1)))));
        }

        if (word.Length + 1 >= OneEditLength && alphabet.Length > 0)
        {
            groups.Add((Quality(word.Length + 1, 1), Fresh(
                from i in Enumerable.Range(0, word.Length + 1) from letter in alphabet select word.Insert(i, letter.ToString()))));
        }

        if (word.Length >= OneEditLength && alphabet.Length > 0)
        {
            var swaps = Enumerable.Range(0, word.Length - 1).Select(i => string.Concat(word[..i], word[i + 1].ToString(), word[i].ToString(), word[(i + 2)..]));
            var replacements = from i in Enumerable.Range(0, word.Length) from letter in alphabet select string.Concat(word[..i], letter.ToString(), word[(i + 1)..]);
            groups.Add((Math.Pow(Quality(word.Length, 1), 2), Fresh(swaps.Concat(replacements))));
        }

        return [.. groups.Where(group => group.Item2.Count > 0)];
    }
}
