using System.Globalization;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>
    /// A signed 64-bit integer; results are <see cref="long"/>. Input may also be a string of digits,
    /// because JavaScript clients cannot write integers beyond 2^53 as JSON numbers exactly.
    /// Messages follow Int's wording.
    /// </summary>
    public static readonly GraphQLScalarType Long = new("Long")
    {
        Description = "The `Long` scalar type represents non-fractional signed whole numeric values. Long can represent values between -(2^63) and 2^63 - 1.",
        Serializer = SerializeLong,
        ValueParser = ParseLongValue,
        LiteralParser = ParseLongLiteral,
    };

    private static object? SerializeLong(object? outputValue)
    {
        if (outputValue is long alreadyLong)
        {
            return alreadyLong;
        }

        if (outputValue is bool boolean)
        {
            return boolean ? 1L : 0L;
        }

        if (outputValue is string text)
        {
            return LongFromText(text, outputValue);
        }

        return LongFromNumber(outputValue);
    }

    private static object? ParseLongValue(object? inputValue) => inputValue switch
    {
        long alreadyLong => alreadyLong,
        string text => LongFromText(text, inputValue),
        bool => throw new GraphQLException("Long cannot represent non-integer value: " + Inspect.Value(inputValue)),
        _ => LongFromNumber(inputValue),
    };

    private static object? ParseLongLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        IntValueNode intNode => long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + intNode.Value, nodes: [valueNode]),
        StringValueNode stringNode => LongFromText(stringNode.Value, stringNode.Value, valueNode),
        _ => throw new GraphQLException("Long cannot represent non-integer value: " + Printer.Print(valueNode), nodes: [valueNode]),
    };

    private static long LongFromNumber(object? value)
    {
        if (!TryGetInteger(value, out var integer, out var outOfRange))
        {
            throw new GraphQLException("Long cannot represent non-integer value: " + Inspect.Value(value));
        }

        if (outOfRange)
        {
            throw new GraphQLException("Long cannot represent non 64-bit signed integer value: " + Inspect.Value(value));
        }

        return integer;
    }

    private static long LongFromText(string text, object? original, ValueNode? node = null)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var nodes = node is null ? null : new[] { node };
        var isDigits = text.Length > 0 && text.AsSpan(text[0] == '-' ? 1 : 0).ContainsAnyExceptInRange('0', '9') is false && text != "-";
        throw new GraphQLException(
            (isDigits ? "Long cannot represent non 64-bit signed integer value: " : "Long cannot represent non-integer value: ") + Inspect.Value(original),
            nodes: nodes);
    }
}
