using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>https://spec.graphql.org/October2021/#sec-Int — a signed 32-bit integer; results are <see cref="int"/>.</summary>
    public static readonly GraphQLScalarType Int = new("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        Serializer = SerializeInt,
        ValueParser = ParseIntValue,
        LiteralParser = ParseIntLiteral,
    };

    private static object? SerializeInt(object? outputValue)
    {
        if (outputValue is int alreadyInt)
        {
            return alreadyInt;
        }

        if (outputValue is bool boolean)
        {
            return boolean ? 1 : 0;
        }

        if (outputValue is string text && text.Length > 0)
        {
            // graphql-js serializes numeric strings by Number(text).
            if (!TryParseJsNumber(text, out var parsed))
            {
                throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(outputValue));
            }

            return IntFromNumber(parsed, outputValue);
        }

        if (TryGetInteger(outputValue, out var integer, out var outOfRange))
        {
            if (outOfRange || integer is > int.MaxValue or < int.MinValue)
            {
                throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(outputValue));
            }

            return (int)integer;
        }

        throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(outputValue));
    }

    private static int IntFromNumber(double number, object? original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(original));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(original));
        }

        return (int)number;
    }

    private static object? ParseIntValue(object? inputValue)
    {
        if (inputValue is int alreadyInt)
        {
            return alreadyInt;
        }

        if (inputValue is bool or string || !TryGetInteger(inputValue, out var integer, out var outOfRange))
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Inspect.Value(inputValue));
        }

        if (outOfRange || integer is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(inputValue));
        }

        return (int)integer;
    }

    private static object? ParseIntLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not IntValueNode intNode)
        {
            throw new GraphQLException("Int cannot represent non-integer value: " + Printer.Print(valueNode), nodes: [valueNode]);
        }

        if (!int.TryParse(intNode.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            throw new GraphQLException("Int cannot represent non 32-bit signed integer value: " + intNode.Value, nodes: [valueNode]);
        }

        return value;
    }
}
