using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// The parameters the schema's <c>search</c> statement compares with the <c>matchKeys</c> stored on
/// every entity: the query normalized exactly as the loader normalized the names (see
/// <see cref="MatchKeys"/>), one key per clitic reading of its first word.
/// </summary>
public static class SearchKeys
{
    /// <summary>The Cypher parameter the <c>search</c> statement reads the keys from.</summary>
    public const string Parameter = "searchKeys";

    public static IReadOnlyDictionary<string, object?> For(string text) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { [Parameter] = MatchKeys.ForQuery(text) };
}
