namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// Typo tolerance by deletion neighbourhoods (the SymSpell idea): two words are within the allowed
/// edits when deleting letters from each gives a common string. The index stores the deletions
/// of every indexed word and a query looks up the deletions of its own words, so a typo costs a
/// bounded number of index seeks instead of a comparison with every word.
/// </summary>
public static class SearchEdits
{
    /// <summary>Words of at least this many letters tolerate one edit.</summary>
    public const int OneEditLength = 5;

    /// <summary>Words of at least this many letters tolerate two.</summary>
    public const int TwoEditsLength = 10;

    /// <summary>How many edits a word of this length tolerates.</summary>
    public static int AllowedFor(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length >= TwoEditsLength ? 2 : word.Length >= OneEditLength ? 1 : 0;
    }

    /// <summary>
    /// How good a match through <paramref name="edits"/> deleted letters of a word of
    /// <paramref name="length"/> letters is: an edit changes more of a short word, so a substitution
    /// (a deletion on each side) in a five-letter word stays below the search threshold of 0.5 on its
    /// own ("paris" is not "pairs"), while one in a seven-letter word passes ("chicaco").
    /// </summary>
    public static double Quality(int length, int edits) => Math.Max(0.0, 1.0 - (1.5 * edits / Math.Max(1, length)));

    /// <summary>
    /// Every string made by deleting one letter, or two when <paramref name="edits"/> is 2, with the
    /// fewest deletions that make it; the word itself is not included.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Deletions(string word, int edits)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var frontier = new List<string> { word };
        for (var depth = 1; depth <= edits; depth++)
        {
            var next = new List<string>();
            foreach (var text in frontier)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var shorter = text.Remove(i, 1);
                    if (shorter.Length > 0 && shorter != word && found.TryAdd(shorter, depth))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return found;
    }
}
