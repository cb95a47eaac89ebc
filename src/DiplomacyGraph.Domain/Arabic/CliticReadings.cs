namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// The readings of a word that carries Arabic proclitics, for MATCHING names (this is not
/// stemming: nothing is ever taken off the end of a word, which would damage names).
/// </summary>
/// <remarks>
/// Arabic attaches, in this order, an optional conjunction (و "and", ف "so"), an optional
/// preposition (ب "in/with", ك "as", ل "to/for") and an optional article ال. After ل the article
/// loses its alef: ل + الصين is written للصين. So "وبكين", "لبكين" and "بالصين", "والصين",
/// "للصين" are read as (among others) "بكين" and "الصين"/"صين". Every reading keeps at least
/// <see cref="MinimumStemLength"/> letters and is more than the article alone, and the word itself is always the first reading,
/// so a name that really starts with one of these letters (بكين, واشنطن, لندن) still matches.
/// </remarks>
public static class CliticReadings
{
    /// <summary>A stem shorter than this is not a name; it keeps "وا", "بل" and the like from matching anything.</summary>
    public const int MinimumStemLength = 2;

    private const char Waw = '\u0648';
    private const char Feh = '\u0641';
    private const char Beh = '\u0628';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const string Article = "\u0627\u0644";

    /// <summary>
    /// The readings of a normalized word, the word itself first, then by the number of clitic
    /// letters taken off, fewest first. Duplicates are removed.
    /// </summary>
    public static IReadOnlyList<CliticReading> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var readings = new List<CliticReading> { new(word, 0) };

        void Add(string stem, int prefixLength)
        {
            // The article alone ("بال" read as "ال") is no name, and as a search key it would be
            // the start of every definite name.
            if (stem.Length >= MinimumStemLength && stem != Article && !readings.Exists(r => r.Stem == stem))
            {
                readings.Add(new CliticReading(stem, prefixLength));
            }
        }

        void AddWithArticle(string rest, int prefixLength)
        {
            Add(rest, prefixLength);
            if (rest.StartsWith(Article, StringComparison.Ordinal))
            {
                Add(rest[Article.Length..], prefixLength + Article.Length);
            }
        }

        AddWithArticle(word, 0);
        var conjunctionLengths = word.Length > 0 && word[0] is Waw or Feh ? new[] { 0, 1 } : [0];
        foreach (var conjunction in conjunctionLengths)
        {
            var afterConjunction = word[conjunction..];
            if (conjunction > 0)
            {
                AddWithArticle(afterConjunction, conjunction);
            }

            if (afterConjunction.Length == 0 || afterConjunction[0] is not (Beh or Kaf or Lam))
            {
                continue;
            }

            var afterPreposition = afterConjunction[1..];
            AddWithArticle(afterPreposition, conjunction + 1);

            // ل + ال is written لل: restore the article, and also offer the bare noun.
            if (afterConjunction[0] == Lam && afterPreposition.Length > 0 && afterPreposition[0] == Lam)
            {
                Add(Article + afterPreposition[1..], conjunction + 1);
                Add(afterPreposition[1..], conjunction + 2);
            }
        }

        return [.. readings.OrderBy(r => r.PrefixLength)];
    }
}
