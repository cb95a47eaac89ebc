using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Safety limit, not a rule of the spec: an operation uses at most <c>maxAliases</c> aliases,
/// fragments expanded, so one request cannot ask for the same expensive field hundreds of times
/// under different names.
/// </summary>
public sealed class MaxAliasesRule(int maxAliases) : IValidationRule
{
    public int MaxAliases { get; } = maxAliases;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : ValidationVisitor
    {
        private readonly OperationMeasure _measure = new(context);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            var aliases = _measure.Aliases(node);
            if (aliases > maxAliases)
            {
                context.ReportError(new GraphQLError(
                    $"The operation uses {aliases} aliases, more than the maximum of {maxAliases}.",
                    [node],
                    extensions: SafetyLimitCodes.Extensions(SafetyLimitCodes.MaxAliasesExceeded, "aliases", aliases, "maxAliases", maxAliases)));
            }

            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
