using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Argument-Uniqueness — a field or directive is given
/// each argument at most once.
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule, ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            CheckUniqueness(node.Arguments);
            return true;
        }

        public override bool EnterDirective(DirectiveNode node)
        {
            CheckUniqueness(node.Arguments);
            return true;
        }

        private void CheckUniqueness(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            foreach (var (name, names) in NameGroups.Of(arguments, static argument => argument.Name))
            {
                if (names.Count > 1)
                {
                    context.ReportError(new GraphQLError($"There can be only one argument named \"{name}\".", names));
                }
            }
        }
    }
}
