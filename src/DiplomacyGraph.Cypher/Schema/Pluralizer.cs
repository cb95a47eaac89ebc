namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// Root field names from type names (<c>City</c> → <c>cities</c>) by the regular English rules;
/// irregular nouns are named in the SDL with <c>@node(plural: "people")</c>.
/// </summary>
public static class Pluralizer
{
    public static string RootFieldName(string typeName) => LowerFirst(Plural(typeName));

    public static string Plural(string noun)
    {
        if (noun.Length > 1 && noun[^1] == 'y' && !IsVowel(noun[^2]))
        {
            return noun[..^1] + "ies";
        }

        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
        {
            return noun + "es";
        }

        return noun + "s";
    }

    public static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string UpperFirst(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
