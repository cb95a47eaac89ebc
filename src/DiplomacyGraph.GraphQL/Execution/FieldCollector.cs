using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#CollectFields() — the fields a selection set asks of one
/// object type, grouped by response key in order: fragments expanded when their type condition
/// applies, each named fragment once, <c>@skip</c> and <c>@include</c> honoured.
/// </summary>
public static class FieldCollector
{
    public static IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectFields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        GraphQLObjectType runtimeType,
        SelectionSetNode selectionSet) =>
        CollectOrderedFields(schema, fragments, variableValues, runtimeType, selectionSet);

    /// <summary>The same fields as an ordered dictionary the executor walks by index, without an enumerator.</summary>
    internal static OrderedDictionary<string, IReadOnlyList<FieldNode>> CollectOrderedFields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        GraphQLObjectType runtimeType,
        SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, IReadOnlyList<FieldNode>>(StringComparer.Ordinal);
        Collect(schema, fragments, variableValues, runtimeType, selectionSet, fields, []);
        return fields;
    }

    /// <summary>The fields selected below a field (merged over all its nodes) for one object type — graphql-js's <c>collectSubfields</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        GraphQLObjectType returnType,
        IReadOnlyList<FieldNode> fieldNodes) =>
        CollectOrderedSubfields(schema, fragments, variableValues, returnType, fieldNodes);

    internal static OrderedDictionary<string, IReadOnlyList<FieldNode>> CollectOrderedSubfields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        GraphQLObjectType returnType,
        IReadOnlyList<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, IReadOnlyList<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(schema, fragments, variableValues, returnType, selectionSet, fields, visitedFragments);
            }
        }

        return fields;
    }

    /// <summary>https://spec.graphql.org/October2021/#sec--skip and #sec--include: false when the node is skipped.</summary>
    public static bool ShouldInclude(IHasDirectivesNode node, IReadOnlyDictionary<string, object?> variableValues)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        var skip = ArgumentValues.ForDirective(GraphQLDirective.Skip, node, variableValues);
        if (skip is not null && skip.TryGetValue("if", out var skipIf) && skipIf is true)
        {
            return false;
        }

        var include = ArgumentValues.ForDirective(GraphQLDirective.Include, node, variableValues);
        return !(include is not null && include.TryGetValue("if", out var includeIf) && includeIf is false);
    }

    private static void Collect(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        GraphQLObjectType runtimeType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, IReadOnlyList<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field, variableValues))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    if (fields.TryGetValue(key, out var existing))
                    {
                        ((List<FieldNode>)existing).Add(field);
                    }
                    else
                    {
                        fields.Add(key, new List<FieldNode>(1) { field });
                    }

                    break;
                case InlineFragmentNode inlineFragment:
                    if (!ShouldInclude(inlineFragment, variableValues) ||
                        !DoesConditionMatch(schema, inlineFragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(schema, fragments, variableValues, runtimeType, inlineFragment.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (visitedFragments.Contains(name) || !ShouldInclude(spread, variableValues))
                    {
                        continue;
                    }

                    visitedFragments.Add(name);
                    if (!fragments.TryGetValue(name, out var fragment) ||
                        !DoesConditionMatch(schema, fragment.TypeCondition, runtimeType))
                    {
                        continue;
                    }

                    Collect(schema, fragments, variableValues, runtimeType, fragment.SelectionSet, fields, visitedFragments);
                    break;
            }
        }
    }

    /// <summary>https://spec.graphql.org/October2021/#DoesFragmentTypeApply() — also used by validation, which collects root fields too.</summary>
    internal static bool DoesConditionMatch(GraphQLSchema schema, NamedTypeNode? typeCondition, GraphQLObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is IGraphQLAbstractType abstractType && schema.IsSubType(abstractType, type);
    }
}
