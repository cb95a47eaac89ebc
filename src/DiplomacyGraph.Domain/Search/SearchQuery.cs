using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// What the schema's <c>search</c> statement looks up for a user's text: the query's words after
/// the one normalization, each turned into groups of strings to seek among the indexed words
/// (<see cref="SearchIndexStatements"/>), every group saying which query words it stands for and how
/// good a match through it is — the word itself (1), its Arabic spelling variants (the article and
/// the clitics a name writes on a word, للتعاون for تعاون; the final ا/ي swapped), its clitic
/// readings (0.9), its typo neighbours (<see cref="SearchEdits"/>), and two adjacent words
/// joined — the words typed in full that may also be the start of a longer indexed word, and the
/// long words' pieces for two edits (<see cref="SearchWordPieces"/>).
/// </summary>
/// <remarks>
/// Every string is compared with whole indexed words only: a clitic reading such as "اس" of "فاس"
/// must be a word of a name to count, never a piece inside one.
/// </remarks>
public static class SearchQuery
{
    /// <summary>The groups: maps of keys (strings), words (query word positions) and quality (0–1).</summary>
    public const string KeysParameter = "searchKeys";

    /// <summary>The query words typed in full that may also match as the start of longer words: maps of key and words.</summary>
    public const string PrefixesParameter = "searchPrefixes";

    /// <summary>How many of the words a prefix starts go on to be scored (<see cref="MaximumPrefixWords"/>).</summary>
    public const string PrefixWordsParameter = "searchPrefixWords";

    /// <summary>
    /// The typed words long enough for two edits (<see cref="SearchWordPieces"/>): maps of word (its
    /// position), typed (the word), piece1–piece3 (the piece keys to seek), quality and candidates
    /// (how many found words at most to check by edit distance). The statement seeks them only for a
    /// word nothing in <see cref="KeysParameter"/> matched: two edits are the last resort.
    /// </summary>
    public const string TwoEditsParameter = "searchTwoEdits";

    /// <summary>Per query word: 1, or <see cref="SearchStopWords.Weight"/> for a stop word or title.</summary>
    public const string WeightsParameter = "searchWeights";

    /// <summary>The whole query as name keys (<see cref="MatchKeys.ForQuery"/>): a name with one of them is an exact match.</summary>
    public const string ExactParameter = "searchExact";

    /// <summary>Words after this many are ignored: they would only add index seeks.</summary>
    public const int MaximumWords = 12;

    /// <summary>A query word this short is never read as the start of a longer word.</summary>
    public const int MinimumPrefixLength = 3;

    /// <summary>
    /// The words a prefix starts that are scored, the shortest first (the closest to what was typed, and the best
    /// quality a prefix match can have): a three-letter prefix starts thousands of words in a large graph, and each
    /// would cost reads of all the names it is in.
    /// </summary>
    public const int MaximumPrefixWords = 100;

    public const double CliticQuality = 0.9;
    public const double ArticleFormQuality = 0.95;
    public const double EndingQuality = 0.9;

    private const string Article = "\u0627\u0644";
    private const char Alef = '\u0627';
    private const char Yeh = '\u064A';

    public static IReadOnlyDictionary<string, object?> Parameters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextNormalizer.Tokenize(text).Take(MaximumWords).Select(token => token.Text).ToList();
        var groups = new List<Dictionary<string, object?>>();
        var prefixes = new List<Dictionary<string, object?>>();
        var twoEdits = new List<Dictionary<string, object?>>();
        void Add(IEnumerable<string> keys, int first, int last, double quality)
        {
            var distinct = keys.Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count > 0)
            {
                groups.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["keys"] = distinct,
                    ["words"] = Enumerable.Range(first, last - first + 1).Select(i => (long)i).ToList(),
                    ["quality"] = quality,
                });
            }
        }

        void AddTerm(string term, int first, int last, bool typos)
        {
            Add([term], first, last, 1.0);
            Add(ArticleForms(term), first, last, ArticleFormQuality);
            Add(EndingVariants(term), first, last, EndingQuality);
            var readings = CliticReadings.Of(term).Where(reading => reading.PrefixLength > 0).Select(reading => reading.Stem).ToList();
            Add(readings, first, last, CliticQuality);
            Add(readings.Where(reading => reading.StartsWith(Article, StringComparison.Ordinal)).SelectMany(ArticleForms), first, last, CliticQuality * ArticleFormQuality);
            if (!typos)
            {
                return;
            }

            foreach (var (quality, neighbours) in SearchEdits.Neighbours(term))
            {
                Add(neighbours, first, last, quality);
            }

            if (term.Length >= SearchWordPieces.MinimumTypedLength)
            {
                var pieces = SearchWordPieces.Sought(term);
                twoEdits.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["word"] = (long)first,
                    ["typed"] = term,
                    ["piece1"] = pieces[0],
                    ["piece2"] = pieces[1],
                    ["piece3"] = pieces[2],
                    ["quality"] = SearchEdits.Quality(term.Length, SearchWordPieces.MaximumEdits),
                    ["candidates"] = (long)SearchWordPieces.MaximumCandidates,
                });
            }

            if (term.Length >= MinimumPrefixLength)
            {
                prefixes.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = term, ["words"] = new List<long> { first } });
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            AddTerm(words[i], i, i, typos: true);
            if (i + 1 < words.Count)
            {
                AddTerm(words[i] + words[i + 1], i, i + 1, typos: false);
            }
        }

        var allStopWords = words.All(SearchStopWords.Contains);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [KeysParameter] = groups,
            [PrefixesParameter] = prefixes,
            [PrefixWordsParameter] = (long)MaximumPrefixWords,
            [TwoEditsParameter] = twoEdits,
            [WeightsParameter] = words.Select(word => !allStopWords && SearchStopWords.Contains(word) ? SearchStopWords.Weight : 1.0).ToList(),
            [ExactParameter] = MatchKeys.ForQuery(text),
        };
    }

    /// <summary>
    /// How a name may write an Arabic word with its article and the clitics before it: for تعاون or
    /// التعاون, the forms التعاون, للتعاون, والتعاون, بالتعاون ... (names write "منظمة شانغهاي
    /// للتعاون", "الحزام والطريق"). Only forms that carry the article, so a word never gains a bare
    /// و or ب.
    /// </summary>
    public static IEnumerable<string> ArticleForms(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2 || !word.All(c => c is >= '\u0621' and <= '\u064A'))
        {
            yield break;
        }

        var bare = word.StartsWith(Article, StringComparison.Ordinal) ? word[Article.Length..] : word;
        if (bare.Length < CliticReadings.MinimumStemLength)
        {
            yield break;
        }

        var defined = Article + bare;
        yield return defined;
        foreach (var proclitic in new[] { "\u0648", "\u0641", "\u0628", "\u0643", "\u0648\u0628", "\u0641\u0628", "\u0648\u0643" })
        {
            yield return proclitic + defined;
        }

        // ل + ال is written لل.
        yield return "\u0644\u0644" + bare;
        yield return "\u0648\u0644\u0644" + bare;
        yield return "\u0641\u0644\u0644" + bare;
    }

    /// <summary>An Arabic word of four letters or more with its final alef and yeh (alef maqsura) swapped, as spellings do.</summary>
    public static IEnumerable<string> EndingVariants(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length >= 4 && word[^1] is Alef or Yeh && word[^2] is >= '\u0620' and <= '\u064A')
        {
            yield return word[..^1] + (word[^1] == Alef ? Yeh : Alef);
        }
    }
}
