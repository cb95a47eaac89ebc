using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Required-Arguments — a field or directive is given
/// every argument that is non-null without a default.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context)
        : ProvidedRequiredArgumentsOnDirectivesRule.DirectiveArgumentsVisitor(context, context.Schema)
    {
        // Checked on leave so that errors deeper in the field come first.
        public override void LeaveField(FieldNode node)
        {
            if (context.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (var argument in fieldDef.Arguments)
            {
                if (argument.IsRequired && !IsProvided(node.Arguments, argument.Name))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        [node]));
                }
            }
        }
    }
}
