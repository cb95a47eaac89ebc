using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>https://spec.graphql.org/October2021/#sec-Float — a finite double; results are <see cref="double"/>.</summary>
    public static readonly GraphQLScalarType Float = new("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        Serializer = SerializeFloat,
        ValueParser = ParseFloatValue,
        LiteralParser = ParseFloatLiteral,
    };

    private static object? SerializeFloat(object? outputValue)
    {
        if (outputValue is bool boolean)
        {
            return boolean ? 1d : 0d;
        }

        double number;
        if (outputValue is string text && text.Length > 0)
        {
            if (!TryParseJsNumber(text, out number))
            {
                throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(outputValue));
            }
        }
        else if (!TryGetNumber(outputValue, out number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(outputValue));
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(outputValue));
        }

        return number;
    }

    private static object? ParseFloatValue(object? inputValue)
    {
        if (inputValue is bool or string || !TryGetNumber(inputValue, out var number) || double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new GraphQLException("Float cannot represent non numeric value: " + Inspect.Value(inputValue));
        }

        return number;
    }

    private static object? ParseFloatLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        var text = valueNode switch
        {
            FloatValueNode floatNode => floatNode.Value,
            IntValueNode intNode => intNode.Value,
            _ => throw new GraphQLException("Float cannot represent non numeric value: " + Printer.Print(valueNode), nodes: [valueNode]),
        };
        return double.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }
}
