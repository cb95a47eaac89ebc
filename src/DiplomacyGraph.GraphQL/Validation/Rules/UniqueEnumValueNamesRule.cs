using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Enums — an enum defines each value once, across its
/// definition and extensions.
/// </summary>
public sealed class UniqueEnumValueNamesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownValueNames = new(StringComparer.Ordinal);

        public override bool EnterTypeDefinition(TypeDefinitionNode node) =>
            node is not EnumTypeDefinitionNode enumType || CheckValueUniqueness(enumType.Name.Value, enumType.Values);

        public override bool EnterTypeExtension(TypeExtensionNode node) =>
            node is not EnumTypeExtensionNode enumType || CheckValueUniqueness(enumType.Name.Value, enumType.Values);

        private bool CheckValueUniqueness(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            if (!_knownValueNames.TryGetValue(typeName, out var valueNames))
            {
                valueNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _knownValueNames[typeName] = valueNames;
            }

            var existingType = context.Schema?.GetType(typeName) as GraphQLEnumType;
            foreach (var value in values)
            {
                var valueName = value.Name.Value;
                if (existingType?.GetValue(valueName) is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.",
                        [value.Name]));
                }
                else if (valueNames.TryGetValue(valueName, out var known))
                {
                    context.ReportError(new GraphQLError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", [known, value.Name]));
                }
                else
                {
                    valueNames[valueName] = value.Name;
                }
            }

            return false;
        }
    }
}
