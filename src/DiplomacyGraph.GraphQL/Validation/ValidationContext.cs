using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// What a rule may ask while an executable document is validated against a schema: everything
/// of <see cref="AstValidationContext"/>, the schema's view of the current node (from
/// <see cref="TypeInfo"/>), and the variables used by an operation or fragment.
/// </summary>
public sealed class ValidationContext : AstValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages =
        new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(
        GraphQLSchema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        Action<GraphQLError> onError,
        bool hideSuggestions)
        : base(document, onError, hideSuggestions)
    {
        Schema = schema;
        _typeInfo = typeInfo;
    }

    public GraphQLSchema Schema { get; }

    /// <inheritdoc cref="TypeInfo.Type"/>
    public GraphQLType? Type => _typeInfo.Type;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public GraphQLNamedType? ParentType => _typeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDef"/>
    public GraphQLField? FieldDef => _typeInfo.FieldDef;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public GraphQLDirective? Directive => _typeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public GraphQLArgument? Argument => _typeInfo.Argument;

    /// <inheritdoc cref="TypeInfo.EnumValue"/>
    public GraphQLEnumValue? EnumValue => _typeInfo.EnumValue;

    /// <summary>The variables used directly in an operation or fragment (not in fragments it spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector();
            var typeInfo = new TypeInfo(Schema);
            collector.TypeInfo = typeInfo;
            new ValidationWalker([collector], typeInfo).Walk(definition);
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables an operation uses, directly or in any fragment it spreads.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            usages = [.. GetVariableUsages(operation)];
            var fragments = GetRecursivelyReferencedFragments(operation);
            SpendFragmentWork(fragments.Count);
            foreach (var fragment in fragments)
            {
                var fragmentUsages = GetVariableUsages(fragment);
                SpendFragmentWork(fragmentUsages.Count);
                usages.AddRange(fragmentUsages);
            }

            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    /// <summary>Records each variable with the input type expected where it stands.</summary>
    private sealed class VariableUsageCollector : ValidationVisitor
    {
        public TypeInfo TypeInfo { get; set; } = null!;

        public List<VariableUsage> Usages { get; } = [];

        // A variable's own definition is not a use of it.
        public override bool EnterVariableDefinition(VariableDefinitionNode node) => false;

        public override bool EnterVariable(VariableNode node)
        {
            Usages.Add(new VariableUsage(node, TypeInfo.InputType, TypeInfo.DefaultValueOwner, TypeInfo.ParentInputType));
            return true;
        }
    }
}
