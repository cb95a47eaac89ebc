using System.Collections;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>Checks property values against the kinds the fact files use for the same names (<see cref="PropertyKinds"/>).</summary>
internal static class PropertyChecks
{
    /// <summary>The value as stored, or null (with a problem added) when it does not fit the property.</summary>
    public static object? Check(string owner, string name, object value, List<string> problems)
    {
        var kind = PropertyKinds.Of(name);
        switch (kind, value)
        {
            case (PropertyKind.Date, string date) when IsoDate.IsValid(date):
                return date;
            case (PropertyKind.Date, _):
                problems.Add($"{owner}: '{name}' must be an ISO-8601 date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD); got '{value}'.");
                return null;
            case (PropertyKind.Integer, int or long):
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            case (PropertyKind.Number, int or long or double or float or decimal):
                return Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            case (PropertyKind.Boolean, bool flag):
                return flag;
            case (PropertyKind.TextList, IEnumerable items) when value is not string:
                var texts = items.Cast<object?>().ToList();
                if (texts.All(item => item is string))
                {
                    return texts.Cast<string>().ToList();
                }

                break;
            case (PropertyKind.Text, string text) when text.Trim().Length > 0:
                return text.Trim();
        }

        problems.Add($"{owner}: '{name}' must be {Describe(kind)}; got {Show(value)}.");
        return null;
    }

    private static string Describe(PropertyKind kind) => kind switch
    {
        PropertyKind.Integer => "an integer",
        PropertyKind.Number => "a number",
        PropertyKind.Boolean => "true or false",
        PropertyKind.TextList => "a list of strings",
        _ => "a non-empty string",
    };

    private static string Show(object value) => value is string text ? $"'{text}'" : value.ToString() ?? "?";
}
