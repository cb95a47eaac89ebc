using System.Text;
using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>Entity ids as the fact files write them: <c>&lt;label-kebab&gt;-&lt;name-kebab&gt;</c> in lower-case ASCII.</summary>
public static partial class EntityIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>The id for an English name (accents folded), or null when the name has no ASCII letters or digits.</summary>
    public static string? Derive(string label, string name)
    {
        var words = TextNormalizer.Normalize(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string([.. word.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9')]))
            .Where(word => word.Length > 0)
            .ToList();
        return words.Count == 0 ? null : Kebab(label) + "-" + string.Join('-', words);
    }

    private static string Kebab(string label)
    {
        var text = new StringBuilder();
        foreach (var c in label)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
