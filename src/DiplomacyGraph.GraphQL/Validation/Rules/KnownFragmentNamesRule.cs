using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined — every fragment
/// spread names a fragment defined in the document.
/// </summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError(new GraphQLError($"Unknown fragment \"{node.Name.Value}\".", [node.Name]));
            }

            return true;
        }
    }
}
