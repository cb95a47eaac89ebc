using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Safety limit, not a rule of the spec: an operation nests fields at most <c>maxDepth</c> deep,
/// fragments expanded, so cyclic schemas (a country's neighbours' neighbours' …, or
/// <c>__type { fields { type { fields …</c>) cannot be walked without end.
/// </summary>
public sealed class MaxDepthRule(int maxDepth) : IValidationRule
{
    public int MaxDepth { get; } = maxDepth;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, MaxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        private readonly OperationMeasure _measure = new(context);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            var depth = _measure.Depth(node);
            if (depth > maxDepth)
            {
                context.ReportError(new GraphQLError(
                    $"The operation is nested {depth} fields deep, more than the maximum depth of {maxDepth}.",
                    [node],
                    extensions: SafetyLimitCodes.Extensions(SafetyLimitCodes.MaxDepthExceeded, "depth", depth, "maxDepth", maxDepth)));
            }

            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
