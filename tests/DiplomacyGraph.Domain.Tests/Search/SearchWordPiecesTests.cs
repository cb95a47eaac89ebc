using DiplomacyGraph.Domain.Search;

namespace DiplomacyGraph.Domain.Tests.Search;

/// <summary>
/// Two edits in a long word: the typed word must lead to one of the intended word's piece keys, so
/// the statement's seek finds it (the edit-distance check and the ranking are measured by the API's
/// search evaluation).
/// </summary>
public sealed class SearchWordPiecesTests
{
    [Theory]
    [InlineData("kazakhhstann", "kazakhstan")] // two letters added
    [InlineData("kazahstn", "kazakhstan")] // two left out
    [InlineData("kazekhstam", "kazakhstan")] // two replaced
    [InlineData("kazahkstam", "kazakhstan")] // two swapped and one replaced
    [InlineData("jingdizhan", "jingdezhen")] // two replaced, one in each of two pieces
    [InlineData("cooperatoin", "cooperation")] // a swap at the end and nothing else
    [InlineData("كزاخستن", "كازاخستان")] // two letters left out of a nine-letter Arabic word
    [InlineData("كازاخسطام", "كازاخستان")] // two replaced
    public void A_word_two_edits_from_a_long_word_seeks_one_of_its_pieces(string typed, string word)
    {
        var pieces = SearchWordPieces.Of(word)!;
        var sought = SearchWordPieces.Sought(typed);
        Assert.Contains(Enumerable.Range(0, SearchWordPieces.Count), piece => sought[piece].Contains(pieces[piece]));
    }

    [Fact]
    public void Every_two_edit_variant_of_a_long_word_keeps_a_piece_the_query_seeks()
    {
        const string word = "jingdezhen";
        var pieces = SearchWordPieces.Of(word)!;
        var missed = TwoEdits(word).Where(typed => !Enumerable.Range(0, SearchWordPieces.Count).Any(piece => SearchWordPieces.Sought(typed)[piece].Contains(pieces[piece]))).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void A_long_word_has_three_pieces_keyed_by_its_length_and_a_query_seeks_a_bounded_number()
    {
        Assert.Equal(["10:jin", "10:gde", "10:zhen"], SearchWordPieces.Of("jingdezhen"));
        Assert.Null(SearchWordPieces.Of("shanghai"));
        var sought = SearchWordPieces.Sought("kazakhstanistan");
        Assert.All(sought, keys => Assert.InRange(keys.Count, 1, 15));
        Assert.All(SearchWordPieces.Sought("tacoma"), Assert.Empty);
    }

    // Every string two substitutions, insertions or deletions (any mix, letters a–z) from the word.
    private static IEnumerable<string> TwoEdits(string word) =>
        OneEdit(word).SelectMany(OneEdit).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> OneEdit(string word)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in letters)
            {
                yield return word.Insert(i, letter.ToString());
                if (i < word.Length)
                {
                    yield return string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1));
                }
            }

            if (i < word.Length)
            {
                yield return word.Remove(i, 1);
            }
        }
    }
}
