using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Safety limit, not a rule of the spec: an operation costs at most <c>maxCost</c>, where each
/// field costs 1 and a list field's sub-selection counts as many times as its <c>first</c>,
/// <c>last</c> or <c>limit</c> argument asks for (once when none is given).
/// </summary>
/// <param name="variables">The request's variable values, for page sizes given as variables; without them a variable's default counts.</param>
public sealed class MaxCostRule(int maxCost, IReadOnlyDictionary<string, object?>? variables = null) : IValidationRule
{
    public int MaxCost { get; } = maxCost;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxCost, variables);

    private sealed class Visitor(ValidationContext context, int maxCost, IReadOnlyDictionary<string, object?>? variables) : ValidationVisitor
    {
        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            // One measure per operation: a fragment's cost depends on the operation's variable defaults.
            var cost = new OperationMeasure(context, variables).Cost(node);
            if (cost > maxCost)
            {
                context.ReportError(new GraphQLError(
                    $"The operation costs {cost}, more than the maximum cost of {maxCost}.",
                    [node],
                    extensions: SafetyLimitCodes.Extensions(SafetyLimitCodes.MaxCostExceeded, "cost", cost, "maxCost", maxCost)));
            }

            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
