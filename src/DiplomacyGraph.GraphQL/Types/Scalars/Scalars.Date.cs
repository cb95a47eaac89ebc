using System.Globalization;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>
    /// A calendar date as an ISO-8601 string at year, month or day precision: "2024", "2024-07",
    /// "2024-07-19" (news reports often give only a month or a year). The precision written is kept;
    /// <see cref="DateOnly"/> and <see cref="DateTime"/> results serialize at day precision.
    /// </summary>
    public static readonly GraphQLScalarType Date = new("Date")
    {
        Description = "A calendar date in ISO-8601 form at year, month or day precision: `2024`, `2024-07` or `2024-07-19`.",
        SpecifiedByUrl = "https://www.iso.org/iso-8601-date-and-time-format.html",
        Serializer = SerializeDate,
        ValueParser = ParseDateValue,
        LiteralParser = ParseDateLiteral,
    };

    /// <summary>True when <paramref name="text"/> is YYYY, YYYY-MM or YYYY-MM-DD naming a real date.</summary>
    public static bool IsIsoDate(string text)
    {
        if (text.Length is not (4 or 7 or 10) || !IsDigits(text.AsSpan(0, 4)))
        {
            return false;
        }

        if (text.Length == 4)
        {
            return true;
        }

        if (text[4] != '-' || !IsDigits(text.AsSpan(5, 2)))
        {
            return false;
        }

        var month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            return true;
        }

        if (text[7] != '-' || !IsDigits(text.AsSpan(8, 2)))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        return year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static object? SerializeDate(object? outputValue) => outputValue switch
    {
        string text when IsIsoDate(text) => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset dateTimeOffset => dateTimeOffset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("Date cannot represent value: " + Inspect.Value(outputValue)),
    };

    private static object? ParseDateValue(object? inputValue)
    {
        if (inputValue is not string text)
        {
            throw new GraphQLException("Date cannot represent a non string value: " + Inspect.Value(inputValue));
        }

        if (!IsIsoDate(text))
        {
            throw new GraphQLException("Date cannot represent an invalid date string: " + Inspect.Value(text) + ". Expected YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        return text;
    }

    private static object? ParseDateLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not StringValueNode stringNode)
        {
            throw new GraphQLException("Date cannot represent a non string value: " + Printer.Print(valueNode), nodes: [valueNode]);
        }

        if (!IsIsoDate(stringNode.Value))
        {
            throw new GraphQLException(
                "Date cannot represent an invalid date string: " + Inspect.Value(stringNode.Value) + ". Expected YYYY, YYYY-MM or YYYY-MM-DD.",
                nodes: [valueNode]);
        }

        return stringNode.Value;
    }
}
