using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>https://spec.graphql.org/October2021/#sec-Boolean — true or false; finite numbers serialize as "not zero".</summary>
    public static readonly GraphQLScalarType Boolean = new("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.",
        Serializer = SerializeBoolean,
        ValueParser = ParseBooleanValue,
        LiteralParser = ParseBooleanLiteral,
    };

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private static object? SerializeBoolean(object? outputValue)
    {
        if (outputValue is bool boolean)
        {
            return boolean ? BoxedTrue : BoxedFalse;
        }

        if (TryGetNumber(outputValue, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            return number != 0 ? BoxedTrue : BoxedFalse;
        }

        throw new GraphQLException("Boolean cannot represent a non boolean value: " + Inspect.Value(outputValue));
    }

    private static object? ParseBooleanValue(object? inputValue)
    {
        if (inputValue is not bool boolean)
        {
            throw new GraphQLException("Boolean cannot represent a non boolean value: " + Inspect.Value(inputValue));
        }

        return boolean ? BoxedTrue : BoxedFalse;
    }

    private static object? ParseBooleanLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables)
    {
        if (valueNode is not BooleanValueNode booleanNode)
        {
            throw new GraphQLException("Boolean cannot represent a non boolean value: " + Printer.Print(valueNode), nodes: [valueNode]);
        }

        return booleanNode.Value ? BoxedTrue : BoxedFalse;
    }
}
