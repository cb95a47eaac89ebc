using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Schema — a schema is defined once: one
/// <c>schema { … }</c> in a document, and none in a document that extends an existing schema.
/// </summary>
public sealed class LoneSchemaDefinitionRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly bool _alreadyDefined = context.Schema is { } schema
            && (schema.AstNode is not null || schema.QueryType is not null || schema.MutationType is not null || schema.SubscriptionType is not null);

        private int _schemaDefinitionCount;

        public override bool EnterSchemaDefinition(SchemaDefinitionNode node)
        {
            if (_alreadyDefined)
            {
                context.ReportError(new GraphQLError("Cannot define a new schema within a schema extension.", [node]));
                return true;
            }

            if (_schemaDefinitionCount > 0)
            {
                context.ReportError(new GraphQLError("Must provide only one schema definition.", [node]));
            }

            _schemaDefinitionCount++;
            return true;
        }
    }
}
