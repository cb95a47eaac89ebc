namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// How a key of the search index leads to an indexed word (the <c>kind</c> of a
/// <c>(:SearchWord)-[:VARIANT_OF]-&gt;(:SearchWord)</c> relationship), and which query keys may use it.
/// </summary>
public static class SearchVariantKind
{
    /// <summary>The key is the word itself (no VARIANT_OF step).</summary>
    public const string Word = "word";

    /// <summary>The first letters of the word, at least <see cref="SearchWordVariants.MinimumPrefixLength"/>.</summary>
    public const string Prefix = "prefix";

    /// <summary>The word with one letter deleted.</summary>
    public const string OneEdit = "edit1";

    /// <summary>The word with two letters deleted (long words only).</summary>
    public const string TwoEdits = "edit2";

    /// <summary>An Arabic word of a name without its article or the clitics before it (للتعاون → التعاون, تعاون).</summary>
    public const string Article = "article";

    /// <summary>An Arabic word with its final alef and yeh (alef maqsura) swapped, which spellings do.</summary>
    public const string Ending = "ending";
}
