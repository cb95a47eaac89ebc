using System.Text;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// Unique, pronounceable names made from a number: its base-24 digits as syllables, in Latin letters
/// for the English name and in Arabic letters for the Arabic one (the same digits, so the two read
/// alike). Every third Arabic name carries the article ال, which search's match keys strip.
/// </summary>
public static class SyntheticNames
{
    private static readonly string[] Latin =
        ["ba", "ka", "da", "fa", "ga", "ha", "ja", "la", "ma", "na", "ra", "sa", "ta", "wa", "zo", "mi", "lu", "ne", "ri", "so", "tu", "ki", "be", "do"];

    private static readonly string[] Arabic =
        ["با", "كا", "دا", "فا", "غا", "ها", "جا", "لا", "ما", "نا", "را", "سا", "تا", "وا", "زو", "مي", "لو", "ني", "ري", "سو", "تو", "كي", "بي", "دو"];

    /// <summary>The English name of <paramref name="number"/>: at least three syllables, capitalized ("Bakada").</summary>
    public static string English(long number)
    {
        var word = Syllables(number, Latin);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public static string ArabicName(long number) =>
        number % 3 == 0 ? "\u0627\u0644" + Syllables(number, Arabic) : Syllables(number, Arabic);

    private static string Syllables(long number, string[] alphabet)
    {
        var digits = new Stack<int>();
        var rest = number;
        do
        {
            digits.Push((int)(rest % alphabet.Length));
            rest /= alphabet.Length;
        }
        while (rest > 0 || digits.Count < 3);

        var text = new StringBuilder();
        foreach (var digit in digits)
        {
            text.Append(alphabet[digit]);
        }

        return text.ToString();
    }
}
