using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Objects — an object, interface or input object
/// defines each field once, across its definition and extensions.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(StringComparer.Ordinal);

        public override bool EnterTypeDefinition(TypeDefinitionNode node) => CheckFields(node);

        public override bool EnterTypeExtension(TypeExtensionNode node) => CheckFields(node);

        private bool CheckFields(INamedSyntaxNode node) => node switch
        {
            IImplementingTypeNode implementing => CheckFieldUniqueness(node.Name.Value, implementing.Fields, static field => field.Name),
            IInputObjectTypeNode inputType => CheckFieldUniqueness(node.Name.Value, inputType.Fields, static field => field.Name),
            _ => true,
        };

        private bool CheckFieldUniqueness<T>(string typeName, IReadOnlyList<T> fields, Func<T, NameNode> nameOf)
        {
            if (!_knownFieldNames.TryGetValue(typeName, out var fieldNames))
            {
                fieldNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _knownFieldNames[typeName] = fieldNames;
            }

            var existingType = context.Schema?.GetType(typeName);
            foreach (var field in fields)
            {
                var name = nameOf(field);
                var fieldName = name.Value;
                if (HasField(existingType, fieldName))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{typeName}.{fieldName}\" already exists in the schema. It cannot also be defined in this type extension.",
                        [name]));
                }
                else if (fieldNames.TryGetValue(fieldName, out var known))
                {
                    context.ReportError(new GraphQLError($"Field \"{typeName}.{fieldName}\" can only be defined once.", [known, name]));
                }
                else
                {
                    fieldNames[fieldName] = name;
                }
            }

            return false;
        }

        private static bool HasField(GraphQLNamedType? type, string fieldName) => type switch
        {
            GraphQLImplementingType implementing => implementing.GetField(fieldName) is not null,
            GraphQLInputObjectType inputObject => inputObject.GetField(fieldName) is not null,
            _ => false,
        };
    }
}
