using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments — the arguments written on a
/// field or directive, coerced against their definitions with defaults applied (graphql-js's
/// <c>getArgumentValues</c> and <c>getDirectiveValues</c>). A problem throws
/// <see cref="GraphQLException"/> with graphql-js's message; the executor turns it into a field error.
/// </summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Get(
        IReadOnlyList<GraphQLArgument> definitions,
        SyntaxNode node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variableValues)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is GraphQLNonNull)
                {
                    throw new GraphQLException($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", nodes: [node]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variableNode)
            {
                var variableName = variableNode.Name.Value;
                if (variableValues is null || !variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is GraphQLNonNull)
                    {
                        throw new GraphQLException(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            nodes: [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is GraphQLNonNull)
            {
                throw new GraphQLException($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", nodes: [valueNode]);
            }

            if (!ValueFromAst.TryCoerce(valueNode, definition.Type, variableValues, out var value))
            {
                throw new GraphQLException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", nodes: [valueNode]);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>The arguments of a field node.</summary>
    public static IReadOnlyDictionary<string, object?> ForField(
        GraphQLField field,
        FieldNode fieldNode,
        IReadOnlyDictionary<string, object?>? variableValues) =>
        Get(field.Arguments, fieldNode, fieldNode.Arguments, variableValues);

    /// <summary>
    /// The arguments of the first use of <paramref name="directive"/> on <paramref name="node"/>, or
    /// null when the directive is not there. This is how other layers read schema directives such
    /// as <c>@deprecated</c> — or their own — off definition nodes.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? ForDirective(
        GraphQLDirective directive,
        IHasDirectivesNode node,
        IReadOnlyDictionary<string, object?>? variableValues = null)
    {
        foreach (var directiveNode in node.Directives)
        {
            if (directiveNode.Name.Value == directive.Name)
            {
                return Get(directive.Arguments, directiveNode, directiveNode.Arguments, variableValues);
            }
        }

        return null;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> argumentNodes, string name)
    {
        for (var i = 0; i < argumentNodes.Count; i++)
        {
            if (argumentNodes[i].Name.Value == name)
            {
                return argumentNodes[i];
            }
        }

        return null;
    }
}
