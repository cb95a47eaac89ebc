using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// Words a person adds to or leaves out of a name without meaning another thing: articles,
/// prepositions, conjunctions and titles ("the", "of", "President", "Mayor", في, من, الرئيس,
/// مدينة, ولاية, مقاطعة). In a query they weigh a tenth of a name word, so their absence from a
/// name does not block a hit; in a name they do not count towards how much of it a query covers.
/// </summary>
public static class SearchStopWords
{
    /// <summary>How much a stop word of the query weighs beside a name word of the same rarity.</summary>
    public const double Weight = 0.1;

    // Stored normalized (TextNormalizer: ة → ه, أ/إ → ا, ى → ي); a word is also a stop word when one
    // of its clitic readings is (والرئيس, للمدينة).
    private static readonly HashSet<string> Words = new(
        new[]
        {
            "the", "of", "and", "a", "an", "in", "on", "at", "to", "for", "with", "between", "by", "from",
            "president", "mayor", "governor", "minister", "premier", "chairman", "mr", "mrs", "ms", "dr",
            "city", "province", "state",
            "في", "من", "الى", "على", "عن", "مع", "بين", "و", "ف", "ب", "ل", "ك", "حول", "لعام",
            "الرئيس", "رئيس", "السيد", "السيده", "عمده", "محافظ", "الوزير", "وزير",
            "مدينه", "ولايه", "مقاطعه", "محافظه", "دوله",
        }.Select(TextNormalizer.Normalize),
        StringComparer.Ordinal);

    /// <summary>True when the normalized word, or one of its clitic readings, is a stop word or title.</summary>
    public static bool Contains(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        return Words.Contains(normalizedWord) || CliticReadings.Of(normalizedWord).Any(reading => Words.Contains(reading.Stem));
    }
}
