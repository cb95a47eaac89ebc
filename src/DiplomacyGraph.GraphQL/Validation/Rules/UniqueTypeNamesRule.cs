using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Types — all types within a schema have unique names.
/// </summary>
public sealed class UniqueTypeNamesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);

        public override bool EnterTypeDefinition(TypeDefinitionNode node)
        {
            var typeName = node.Name.Value;
            if (context.Schema?.GetType(typeName) is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Type \"{typeName}\" already exists in the schema. It cannot also be defined in this type definition.",
                    [node.Name]));
                return false;
            }

            if (_knownTypeNames.TryGetValue(typeName, out var known))
            {
                context.ReportError(new GraphQLError($"There can be only one type named \"{typeName}\".", [known, node.Name]));
            }
            else
            {
                _knownTypeNames[typeName] = node.Name;
            }

            return false;
        }
    }
}
