using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Measures an operation as it would execute, fragments expanded: its depth, cost and alias count.
/// Each fragment is measured once and remembered, so a document that spreads fragments
/// exponentially often is measured in linear time; a fragment that spreads itself (invalid, and
/// reported by <see cref="Rules.NoFragmentCyclesRule"/>) counts nothing the second time round.
/// </summary>
internal sealed class OperationMeasure(
    ValidationContext context, IReadOnlyDictionary<string, object?>? variables = null, FieldCostEstimator? estimator = null)
{
    /// <summary>Costs stop growing here, far above any limit, so sums never overflow.</summary>
    private const long CostCeiling = long.MaxValue / 4;

    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fragmentAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly List<(FieldNode Field, FieldCostRefusal Refusal)> _refusals = [];
    private IReadOnlyDictionary<string, object?>? _coercedVariables;

    /// <summary>The fields the estimator refused while <see cref="Cost(OperationDefinitionNode)"/> measured.</summary>
    public IReadOnlyList<(FieldNode Field, FieldCostRefusal Refusal)> Refusals => _refusals;

    public int Depth(OperationDefinitionNode operation) =>
        Depth(operation.SelectionSet, context.Schema.GetRootType(operation.Operation));

    public long Cost(OperationDefinitionNode operation)
    {
        if (estimator is not null)
        {
            // The estimator sees arguments as execution will; variables that do not coerce count as absent.
            _coercedVariables = Execution.VariableValues.Coerce(context.Schema, operation.VariableDefinitions, variables, out var errors);
            if (errors.Count > 0)
            {
                _coercedVariables = new Dictionary<string, object?>();
            }
        }

        return Cost(operation.SelectionSet, context.Schema.GetRootType(operation.Operation), operation);
    }

    public long Aliases(OperationDefinitionNode operation) => Aliases(operation.SelectionSet);

    /// <summary>
    /// Fields nested under fields. <c>ofType</c> on <c>__Type</c> does not count: a type reference
    /// is only as deep as the schema's wrappers, so clients may follow it as deep as they like.
    /// </summary>
    private int Depth(SelectionSetNode selectionSet, GraphQLNamedType? parentType)
    {
        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var selectionDepth = selection switch
            {
                FieldNode field => FieldDepth(field, parentType),
                InlineFragmentNode inline => Depth(inline.SelectionSet, InlineType(inline, parentType)),
                FragmentSpreadNode spread => Memoized(_fragmentDepths, spread.Name.Value, 0, fragment => Depth(fragment.SelectionSet, FragmentType(fragment))),
                _ => 0,
            };
            depth = Math.Max(depth, selectionDepth);
        }

        return depth;
    }

    private int FieldDepth(FieldNode field, GraphQLNamedType? parentType)
    {
        var counts = !(field.Name.Value == "ofType" && ReferenceEquals(parentType, Introspection.TypeType)) ? 1 : 0;
        return field.SelectionSet is { } selectionSet
            ? counts + Depth(selectionSet, FieldType(field, parentType)?.GetNamedType())
            : counts;
    }

    /// <summary>1 per field; a list field's sub-selection counts as often as its page size argument says.</summary>
    private long Cost(SelectionSetNode selectionSet, GraphQLNamedType? parentType, OperationDefinitionNode? operation)
    {
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            cost += selection switch
            {
                FieldNode field => FieldCost(field, parentType, operation),
                InlineFragmentNode inline => Cost(inline.SelectionSet, InlineType(inline, parentType), operation),
                FragmentSpreadNode spread => Memoized(_fragmentCosts, spread.Name.Value, 0L, fragment => Cost(fragment.SelectionSet, FragmentType(fragment), operation)),
                _ => 0,
            };
            cost = Math.Min(cost, CostCeiling);
        }

        return cost;
    }

    private long FieldCost(FieldNode field, GraphQLNamedType? parentType, OperationDefinitionNode? operation)
    {
        if (field.SelectionSet is not { } selectionSet)
        {
            return Estimate(field, parentType)?.Weight ?? 1;
        }

        var fieldType = FieldType(field, parentType);
        var childCost = Cost(selectionSet, fieldType?.GetNamedType(), operation);
        if (Estimate(field, parentType) is { } estimate)
        {
            return Math.Min(estimate.Weight + Multiply(estimate.Multiplier, childCost), CostCeiling);
        }

        var multiplier = fieldType?.GetNullableType() is GraphQLList ? PageSize(field, operation) : 1;
        return Math.Min(1 + Multiply(multiplier, childCost), CostCeiling);
    }

    private static long Multiply(long a, long b) =>
        a != 0 && b > CostCeiling / Math.Max(a, 1) ? CostCeiling : Math.Min(a * b, CostCeiling);

    /// <summary>The host's estimate of a field, or null (no estimator, an unknown field, or the default rule).</summary>
    private FieldCost? Estimate(FieldNode field, GraphQLNamedType? parentType)
    {
        if (estimator is null || parentType is null || TypeInfo.GetFieldDef(context.Schema, parentType, field.Name.Value) is not { } definition)
        {
            return null;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = Execution.ArgumentValues.ForField(definition, field, _coercedVariables);
        }
        catch (Errors.GraphQLException)
        {
            arguments = new Dictionary<string, object?>();
        }

        var estimate = estimator(new FieldCostRequest(parentType, definition, field, arguments));
        if (estimate?.Refusal is { } refusal)
        {
            _refusals.Add((field, refusal));
        }

        return estimate is null ? null : estimate with { Weight = Math.Max(estimate.Weight, 0), Multiplier = Math.Max(estimate.Multiplier, 0) };
    }

    /// <summary>
    /// The value of a <c>first</c>, <c>last</c> or <c>limit</c> argument (a literal, or a variable's
    /// value or default); 1 when none is given.
    /// </summary>
    private long PageSize(FieldNode field, OperationDefinitionNode? operation)
    {
        long size = 1;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is "first" or "last" or "limit" && IntegerValue(argument.Value, operation) is { } value)
            {
                size = Math.Max(size, value);
            }
        }

        return Math.Min(size, CostCeiling);
    }

    private long? IntegerValue(ValueNode value, OperationDefinitionNode? operation)
    {
        switch (value)
        {
            case IntValueNode intValue:
                return long.TryParse(intValue.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : CostCeiling;
            case VariableNode variable:
                var name = variable.Name.Value;
                if (variables is not null && variables.TryGetValue(name, out var given))
                {
                    return given switch
                    {
                        int i => i,
                        long l => l,
                        double d when d >= 0 => (long)Math.Min(d, CostCeiling),
                        _ => null,
                    };
                }

                if (operation is not null)
                {
                    foreach (var definition in operation.VariableDefinitions)
                    {
                        if (definition.Variable.Name.Value == name && definition.DefaultValue is { } defaultValue)
                        {
                            return IntegerValue(defaultValue, null);
                        }
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private long Aliases(SelectionSetNode selectionSet)
    {
        long aliases = 0;
        foreach (var selection in selectionSet.Selections)
        {
            aliases += selection switch
            {
                FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is { } inner ? Aliases(inner) : 0),
                InlineFragmentNode inline => Aliases(inline.SelectionSet),
                FragmentSpreadNode spread => Memoized(_fragmentAliases, spread.Name.Value, 0L, fragment => Aliases(fragment.SelectionSet)),
                _ => 0,
            };
            aliases = Math.Min(aliases, CostCeiling);
        }

        return aliases;
    }

    /// <summary>A fragment's measure, computed once; an unknown or self-spreading fragment measures <paramref name="none"/>.</summary>
    private T Memoized<T>(Dictionary<string, T> cache, string fragmentName, T none, Func<FragmentDefinitionNode, T> measure)
    {
        if (cache.TryGetValue(fragmentName, out var known))
        {
            return known;
        }

        if (context.GetFragment(fragmentName) is not { } fragment || !_inProgress.Add(fragmentName))
        {
            return none;
        }

        var value = measure(fragment);
        _inProgress.Remove(fragmentName);
        cache[fragmentName] = value;
        return value;
    }

    private GraphQLType? FieldType(FieldNode field, GraphQLNamedType? parentType) =>
        parentType is null ? null : TypeInfo.GetFieldDef(context.Schema, parentType, field.Name.Value)?.Type;

    private GraphQLNamedType? InlineType(InlineFragmentNode inline, GraphQLNamedType? parentType) =>
        inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;

    private GraphQLNamedType? FragmentType(FragmentDefinitionNode fragment) => context.Schema.GetType(fragment.TypeCondition.Name.Value);
}
