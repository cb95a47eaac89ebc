using System.Globalization;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// A literal as a plain runtime value without a type to guide it (graphql-js's
/// <c>valueFromASTUntyped</c>): integers become int (or long, or double when larger), enums and
/// strings strings, objects insertion-ordered dictionaries; variables are looked up.
/// </summary>
public static class UntypedValues
{
    public static object? FromAst(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        switch (valueNode)
        {
            case NullValueNode:
                return null;
            case IntValueNode intNode:
                if (int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var intValue))
                {
                    return intValue;
                }

                if (long.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var longValue))
                {
                    return longValue;
                }

                return double.Parse(intNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode floatNode:
                return double.Parse(floatNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode stringNode:
                return stringNode.Value;
            case EnumValueNode enumNode:
                return enumNode.Value;
            case BooleanValueNode booleanNode:
                return booleanNode.Value;
            case ListValueNode listNode:
                var list = new List<object?>(listNode.Values.Count);
                foreach (var item in listNode.Values)
                {
                    list.Add(FromAst(item, variables));
                }

                return list;
            case ObjectValueNode objectNode:
                var map = new Dictionary<string, object?>(objectNode.Fields.Count, StringComparer.Ordinal);
                foreach (var field in objectNode.Fields)
                {
                    map[field.Name.Value] = FromAst(field.Value, variables);
                }

                return map;
            case VariableNode variableNode:
                return variables is not null && variables.TryGetValue(variableNode.Name.Value, out var value) ? value : null;
            default:
                throw new ArgumentException($"Unexpected value node: {valueNode.Kind}.", nameof(valueNode));
        }
    }
}
