using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Root-Operation-Types — each operation kind has at
/// most one root type, across the schema definition and its extensions.
/// </summary>
public sealed class UniqueOperationTypesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

        public override bool EnterSchemaDefinition(SchemaDefinitionNode node) => CheckOperationTypes(node.OperationTypes);

        public override bool EnterSchemaExtension(SchemaExtensionNode node) => CheckOperationTypes(node.OperationTypes);

        private bool CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
        {
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var operationName = OperationNames.Of(operation);
                if (ExistsInSchema(operation))
                {
                    context.ReportError(new GraphQLError(
                        $"Type for {operationName} already defined in the schema. It cannot be redefined.",
                        [operationType]));
                }
                else if (_defined.TryGetValue(operation, out var defined))
                {
                    context.ReportError(new GraphQLError($"There can be only one {operationName} type in schema.", [defined, operationType]));
                }
                else
                {
                    _defined[operation] = operationType;
                }
            }

            return false;
        }

        private bool ExistsInSchema(OperationType operation) => context.Schema is { } schema && operation switch
        {
            OperationType.Query => schema.QueryType is not null,
            OperationType.Mutation => schema.MutationType is not null,
            _ => schema.SubscriptionType is not null,
        };
    }
}
