using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// Dates are ISO-8601 strings at the precision the sources give: "1994", "2024-07",
/// "2024-07-19". Neo4j 3.1 has no temporal types, and such strings sort correctly.
/// </summary>
public static partial class IsoDate
{
    /// <summary>True for YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day.</summary>
    public static bool IsValid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var month = match.Groups["month"];
        var day = match.Groups["day"];
        if (!month.Success)
        {
            return true;
        }

        var monthNumber = int.Parse(month.ValueSpan, CultureInfo.InvariantCulture);
        if (monthNumber is < 1 or > 12)
        {
            return false;
        }

        return !day.Success || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})(-(?<month>[0-9]{2})(-(?<day>[0-9]{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
