using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation — an operation without a
/// name is allowed only when it is the document's only operation.
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override bool EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }

            return true;
        }

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [node]));
            }

            return true;
        }
    }
}
