using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Executable-Definitions — a document sent for
/// execution holds only operations and fragments, never type-system definitions.
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is ExecutableDefinitionNode)
                {
                    continue;
                }

                var definitionName = definition is SchemaDefinitionNode or SchemaExtensionNode
                    ? "schema"
                    : $"\"{((INamedSyntaxNode)definition).Name.Value}\"";
                context.ReportError(new GraphQLError($"The {definitionName} definition is not executable.", [definition]));
            }

            return false;
        }
    }
}
