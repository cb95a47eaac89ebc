using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>https://spec.graphql.org/October2021/#sec-ID — a string identifier; integers are accepted and become strings.</summary>
    public static readonly GraphQLScalarType ID = new("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        Serializer = SerializeId,
        ValueParser = ParseIdValue,
        LiteralParser = ParseIdLiteral,
    };

    private static object? SerializeId(object? outputValue)
    {
        if (outputValue is string text)
        {
            return text;
        }

        if (outputValue is Guid guid)
        {
            return guid.ToString();
        }

        if (outputValue is not bool && TryGetInteger(outputValue, out var integer, out var outOfRange))
        {
            return outOfRange ? JsNumber.Format(Convert.ToDouble(outputValue, System.Globalization.CultureInfo.InvariantCulture)) : JsNumber.Format(integer);
        }

        throw new GraphQLException("ID cannot represent value: " + Inspect.Value(outputValue));
    }

    private static object? ParseIdValue(object? inputValue)
    {
        if (inputValue is string text)
        {
            return text;
        }

        if (inputValue is not bool && TryGetInteger(inputValue, out var integer, out var outOfRange) && !outOfRange)
        {
            return JsNumber.Format(integer);
        }

        throw new GraphQLException("ID cannot represent value: " + Inspect.Value(inputValue));
    }

    private static object? ParseIdLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) => valueNode switch
    {
        StringValueNode stringNode => stringNode.Value,
        IntValueNode intNode => intNode.Value,
        _ => throw new GraphQLException("ID cannot represent a non-string and non-integer value: " + Printer.Print(valueNode), nodes: [valueNode]),
    };
}
