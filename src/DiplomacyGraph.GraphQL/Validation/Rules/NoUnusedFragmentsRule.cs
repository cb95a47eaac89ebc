using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used — every fragment defined is
/// spread by some operation, directly or through other fragments.
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _operations.Add(node);
            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            _fragments.Add(node);
            return false;
        }

        public override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(new GraphQLError($"Fragment \"{fragment.Name.Value}\" is never used.", [fragment]));
                }
            }
        }
    }
}
