namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// Two-edit typo tolerance for long words, as index seeks: every indexed word of
/// <see cref="TwoEditsLength"/> letters or more is cut into three pieces (<see cref="Of"/>), stored on
/// its <c>(:SearchWord)</c> as the indexed properties <c>piece1</c>, <c>piece2</c>, <c>piece3</c>.
/// Two edits (a letter replaced, left out or added) touch at most two of the three pieces, so one
/// piece of the intended word is still written, letter for letter, in what was typed, shifted by at
/// most two places: the query seeks, per piece, the few strings of the typed word that may be it
/// (<see cref="Sought"/>, at most 15 per piece) and the <c>search</c> statement keeps only the words
/// these find whose edit distance to the typed word is at most two.
/// </summary>
/// <remarks>
/// Why pieces and not the words with one or two letters left out (SymSpell): those are about 50 keys
/// per ten-letter word, which on a graph whose million names are long words would be tens of millions
/// of index entries; pieces are three properties on a word node the index has anyway. A piece key
/// carries the word's length ("10:ata"), so a seek finds only words two letters longer or shorter at
/// most. Not covered: two neighbours swapped across a piece boundary plus another edit in the third
/// piece (three pieces touched).
/// </remarks>
public static class SearchWordPieces
{
    /// <summary>Indexed words of at least this many letters tolerate two edits; shorter ones one (<see cref="SearchEdits"/>).</summary>
    public const int TwoEditsLength = 9;

    /// <summary>The number of pieces: one more than the edits tolerated, so one piece is always intact.</summary>
    public const int Count = 3;

    /// <summary>How many edits a long word tolerates.</summary>
    public const int MaximumEdits = Count - 1;

    /// <summary>Typed words shorter than this cannot be two edits from a long word.</summary>
    public const int MinimumTypedLength = TwoEditsLength - MaximumEdits;

    /// <summary>At most this many words found by pieces are checked by edit distance per typed word (the statement's bound on work).</summary>
    public const int MaximumCandidates = 100;

    /// <summary>The three piece keys of an indexed word (null for a word shorter than <see cref="TwoEditsLength"/>).</summary>
    public static IReadOnlyList<string>? Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < TwoEditsLength)
        {
            return null;
        }

        return [.. Enumerable.Range(0, Count).Select(piece =>
        {
            var (start, length) = Slice(word.Length, piece);
            return Key(word.Length, word.Substring(start, length));
        })];
    }

    /// <summary>
    /// Per piece, the keys of the indexed words (of any length two letters around the typed word's)
    /// whose piece may be intact in <paramref name="typed"/>: edits before the piece shift it by as
    /// many places as they add or remove letters, edits after it change the length; together at most two.
    /// Empty lists for a typed word shorter than <see cref="MinimumTypedLength"/>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Sought(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var keys = Enumerable.Range(0, Count).Select(_ => new List<string>()).ToList();
        if (typed.Length < MinimumTypedLength)
        {
            return keys;
        }

        for (var length = Math.Max(TwoEditsLength, typed.Length - MaximumEdits); length <= typed.Length + MaximumEdits; length++)
        {
            for (var piece = 0; piece < Count; piece++)
            {
                var (start, size) = Slice(length, piece);
                for (var shift = -MaximumEdits; shift <= MaximumEdits; shift++)
                {
                    var at = start + shift;
                    if (Math.Abs(shift) + Math.Abs(typed.Length - length - shift) <= MaximumEdits && at >= 0 && at + size <= typed.Length)
                    {
                        keys[piece].Add(Key(length, typed.Substring(at, size)));
                    }
                }
            }
        }

        return [.. keys.Select(list => (IReadOnlyList<string>)[.. list.Distinct(StringComparer.Ordinal)])];
    }

    // Piece i of a word of n letters: letters n·i/3 up to n·(i+1)/3.
    private static (int Start, int Length) Slice(int wordLength, int piece)
    {
        var start = wordLength * piece / Count;
        return (start, (wordLength * (piece + 1) / Count) - start);
    }

    private static string Key(int wordLength, string letters) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{wordLength}:{letters}");
}
