using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>https://spec.graphql.org/October2021/#sec-String — text; booleans and numbers serialize as their text.</summary>
    public static readonly GraphQLScalarType String = new("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        Serializer = SerializeString,
        ValueParser = ParseStringValue,
        LiteralParser = ParseStringLiteral,
    };

    private static object? SerializeString(object? outputValue)
    {
        switch (outputValue)
        {
            case string text:
                return text;
            case bool boolean:
                return boolean ? "true" : "false";
            case char character:
                return character.ToString();
            case Enum enumValue:
                return enumValue.ToString();
        }

        if (TryGetInteger(outputValue, out var integer, out var outOfRange) && !outOfRange && outputValue is not (double or float or decimal))
        {
            return JsNumber.Format(integer);
        }

        if (TryGetNumber(outputValue, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return JsNumber.Format(number);
        }

        throw new GraphQLException("String cannot represent value: " + Inspect.Value(outputValue));
    }

    private static object? ParseStringValue(object? inputValue)
    {
        if (inputValue is not string text)
        {
            throw new GraphQLException("String cannot represent a non string value: " + Inspect.Value(inputValue));
        }

        return text;
    }

    private static object? ParseStringLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not StringValueNode stringNode)
        {
            throw new GraphQLException("String cannot represent a non string value: " + Printer.Print(valueNode), nodes: [valueNode]);
        }

        return stringNode.Value;
    }
}
