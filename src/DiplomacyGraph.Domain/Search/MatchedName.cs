using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// Which of an entity's names a search matched. The graph stores normalized keys, not which name
/// each came from, so the statement returns the matched keys and all names, and this finds the
/// name (as written: English, Arabic or an alias) whose own keys include a matched key.
/// </summary>
public static class MatchedName
{
    /// <param name="matchedKeys">The entity's stored keys that matched, best first.</param>
    /// <param name="names">The entity's name, Arabic name and aliases, in that order.</param>
    public static string Pick(IReadOnlyList<string> matchedKeys, IReadOnlyList<string?> names)
    {
        ArgumentNullException.ThrowIfNull(matchedKeys);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var key in matchedKeys)
        {
            foreach (var name in names)
            {
                if (name is not null && MatchKeys.ForNames([name]).Contains(key))
                {
                    return name;
                }
            }
        }

        return matchedKeys.FirstOrDefault() ?? names.FirstOrDefault(name => name is not null) ?? string.Empty;
    }
}
