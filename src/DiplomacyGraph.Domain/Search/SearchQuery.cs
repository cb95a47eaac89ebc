using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// What the schema's <c>search</c> statement looks up for a user's text: the query's words after
/// the one normalization, each turned into the keys it may meet in the index
/// (<see cref="SearchIndexStatements"/>) — the word itself, its clitic readings, its deletion
/// neighbourhood, and two adjacent words joined — each key saying which query words it stands
/// for, how good a match through it is, and which kinds of index keys it may match.
/// </summary>
/// <remarks>
/// A clitic reading is only compared with whole indexed words (and with the article readings of
/// indexed words when it keeps or drops an article): "فاس" read as "اس" must meet a name word
/// "اس", never the inside of a word. Deleted-letter keys of the query meet indexed words and
/// the one-letter deletions of indexed words, which together allow one edit (insertion, deletion
/// or substitution) for words of five letters or more, two for long words.
/// </remarks>
public static class SearchQuery
{
    /// <summary>The keys: maps of key, words (query word positions), quality (0–1) and accepts (index key kinds).</summary>
    public const string KeysParameter = "searchKeys";

    /// <summary>Per query word: 1, or <see cref="SearchStopWords.Weight"/> for a stop word or title.</summary>
    public const string WeightsParameter = "searchWeights";

    /// <summary>The whole query as name keys (<see cref="MatchKeys.ForQuery"/>): a name with one of them is an exact match.</summary>
    public const string ExactParameter = "searchExact";

    /// <summary>Words after this many are ignored: they would only add index seeks.</summary>
    public const int MaximumWords = 12;

    public const double CliticQuality = 0.9;

    private static readonly string[] AnyIndexKey =
        [SearchVariantKind.Word, SearchVariantKind.OneEdit, SearchVariantKind.TwoEdits, SearchVariantKind.Article, SearchVariantKind.Ending];

    public static IReadOnlyDictionary<string, object?> Parameters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Tokenize(text).Take(MaximumWords).Select(token => token.Text).ToList();
        var keys = new List<Dictionary<string, object?>>();
        var seen = new HashSet<(string, int, int)>();
        void Add(string key, int first, int last, double quality, IEnumerable<string> accepts)
        {
            if (seen.Add((key, first, last)))
            {
                keys.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["key"] = key,
                    ["words"] = Enumerable.Range(first, last - first + 1).Select(i => (long)i).ToList(),
                    ["quality"] = quality,
                    ["accepts"] = accepts.ToList(),
                });
            }
        }

        void AddWithReadings(string term, int first, int last, bool typos)
        {
            var prefix = typos && term.Length >= SearchWordVariants.MinimumPrefixLength ? [SearchVariantKind.Prefix] : Array.Empty<string>();
            Add(term, first, last, 1.0, [.. AnyIndexKey, .. prefix]);
            foreach (var reading in CliticReadings.Of(term).Where(reading => reading.PrefixLength > 0))
            {
                Add(reading.Stem, first, last, CliticQuality,
                    SearchWordVariants.IsArticleReading(term, reading) ? [SearchVariantKind.Word, SearchVariantKind.Article] : [SearchVariantKind.Word]);
            }

            if (!typos)
            {
                return;
            }

            foreach (var (key, edits) in SearchEdits.Deletions(term, SearchEdits.AllowedFor(term)))
            {
                Add(key, first, last, SearchEdits.Quality(term.Length, edits),
                    edits == 1 ? [SearchVariantKind.Word, SearchVariantKind.OneEdit] : [SearchVariantKind.Word]);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            AddWithReadings(words[i], i, i, typos: true);
            if (i + 1 < words.Count)
            {
                AddWithReadings(words[i] + words[i + 1], i, i + 1, typos: false);
            }
        }

        var allStopWords = words.All(SearchStopWords.Contains);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [KeysParameter] = keys,
            [WeightsParameter] = words.Select(word => !allStopWords && SearchStopWords.Contains(word) ? SearchStopWords.Weight : 1.0).ToList(),
            [ExactParameter] = MatchKeys.ForQuery(text),
        };
    }
}
