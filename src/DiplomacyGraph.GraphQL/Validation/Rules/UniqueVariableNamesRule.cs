using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Variable-Uniqueness — an operation defines each
/// variable once.
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var (name, names) in NameGroups.Of(node.VariableDefinitions, static definition => definition.Variable.Name))
            {
                if (names.Count > 1)
                {
                    context.ReportError(new GraphQLError($"There can be only one variable named \"${name}\".", names));
                }
            }

            return true;
        }
    }
}
