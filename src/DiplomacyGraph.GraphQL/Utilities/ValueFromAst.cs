using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>valueFromAST</c>: a literal coerced to an internal value of an input type
/// (https://spec.graphql.org/October2021/#sec-Input-Values), variables substituted from already
/// coerced variable values. Returns false for an invalid literal — validation reports why; here
/// there is only "no value".
/// </summary>
public static class ValueFromAst
{
    public static bool TryCoerce(
        ValueNode? valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variableNode)
        {
            if (variables is null || !variables.TryGetValue(variableNode.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is GraphQLNonNull)
            {
                return false;
            }

            // The variable was coerced to its declared type already; validation made sure the types fit.
            value = variableValue;
            return true;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return valueNode is not NullValueNode && TryCoerce(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case GraphQLList list:
                return TryCoerceList(valueNode, list, variables, out value);
            case GraphQLInputObjectType inputObject:
                return TryCoerceInputObject(valueNode, inputObject, variables, out value);
            case GraphQLEnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(valueNode);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            case GraphQLScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // Any failure of a scalar's literal parser means "invalid"; the reason is the validator's to report.
                    return false;
                }

            default:
                throw new ArgumentException("Unexpected input type: " + type, nameof(type));
        }
    }

    /// <summary>The coerced value, or null when the literal is invalid (for callers that do not need to tell null from invalid).</summary>
    public static object? Coerce(ValueNode? valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        TryCoerce(valueNode, type, variables, out var value) ? value : null;

    private static bool TryCoerceList(ValueNode valueNode, GraphQLList list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (valueNode is not ListValueNode listNode)
        {
            // A single value where a list is expected is a list of one (https://spec.graphql.org/October2021/#sec-List.Input-Coercion).
            if (!TryCoerce(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is GraphQLNonNull)
                {
                    return false;
                }

                items.Add(null);
            }
            else
            {
                if (!TryCoerce(itemNode, itemType, variables, out var item))
                {
                    return false;
                }

                items.Add(item);
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(
        ValueNode valueNode,
        GraphQLInputObjectType inputObject,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        // Written order first, then the defaults of omitted fields in schema order, as CoerceInputValue
        // does for variables: one value, one meaning.
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldNode in objectNode.Fields)
        {
            if (!inputObject.Fields.TryGetValue(fieldNode.Name.Value, out var field) || coerced.ContainsKey(field.Name) || IsMissingVariable(fieldNode.Value, variables))
            {
                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        foreach (var field in inputObject.Fields.Values)
        {
            if (coerced.ContainsKey(field.Name))
            {
                continue;
            }

            if (field.HasDefaultValue)
            {
                coerced[field.Name] = field.DefaultValue;
            }
            else if (field.Type is GraphQLNonNull)
            {
                return false;
            }
        }

        if (inputObject.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variableNode && (variables is null || !variables.ContainsKey(variableNode.Name.Value));
}
