using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Safety limit, not a rule of the spec: an operation costs at most <c>maxCost</c>, where each
/// field costs 1 and a list field's sub-selection counts as many times as its <c>first</c>,
/// <c>last</c> or <c>limit</c> argument asks for (once when none is given).
/// </summary>
/// <param name="variables">The request's variable values, for page sizes given as variables; without them a variable's default counts.</param>
/// <param name="estimator">The host's cost of fields the default rule misjudges (connections, lookups, filters); null: the default rule only.</param>
/// <param name="observer">Told each operation and its cost, e.g. to report the cost to the client.</param>
/// <param name="hint">Appended to the refusal's message: how a client of this schema can ask for less.</param>
public sealed class MaxCostRule(
    long maxCost,
    IReadOnlyDictionary<string, object?>? variables = null,
    FieldCostEstimator? estimator = null,
    Action<OperationDefinitionNode, long>? observer = null,
    string? hint = null) : IValidationRule
{
    public long MaxCost { get; } = maxCost;

    private IReadOnlyDictionary<string, object?>? Variables { get; } = variables;

    private FieldCostEstimator? Estimator { get; } = estimator;

    private Action<OperationDefinitionNode, long>? Observer { get; } = observer;

    private string? Hint { get; } = hint;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, MaxCostRule rule) : ValidationVisitor
    {
        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            // One measure per operation: a fragment's cost depends on the operation's variable defaults.
            var measure = new OperationMeasure(context, rule.Variables, rule.Estimator);
            var cost = measure.Cost(node);
            var maxCost = rule.MaxCost;
            rule.Observer?.Invoke(node, cost);
            foreach (var (field, refusal) in measure.Refusals)
            {
                context.ReportError(new GraphQLError(refusal.Message, [field], extensions: new Dictionary<string, object?> { ["code"] = refusal.Code }));
            }

            if (cost > maxCost)
            {
                context.ReportError(new GraphQLError(
                    $"The operation costs {cost}, more than the maximum cost of {maxCost}." + (rule.Hint is null ? "" : " " + rule.Hint),
                    [node],
                    extensions: SafetyLimitCodes.Extensions(SafetyLimitCodes.MaxCostExceeded, "cost", cost, "maxCost", maxCost)));
            }

            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
