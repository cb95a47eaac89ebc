using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Object-Extensions (and the scalar, interface, union,
/// enum and input object extensions) — a type extension extends a type that exists, of its own kind.
/// </summary>
public sealed class PossibleTypeExtensionsRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly SdlValidationContext _context;
        private readonly Dictionary<string, TypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(SdlValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode typeDefinition)
                {
                    _definedTypes[typeDefinition.Name.Value] = typeDefinition;
                }
            }
        }

        public override bool EnterTypeExtension(TypeExtensionNode node)
        {
            var typeName = node.Name.Value;
            var definition = _definedTypes.GetValueOrDefault(typeName);
            var existingType = _context.Schema?.GetType(typeName);
            SyntaxKind? expectedKind = definition is not null
                ? ExtensionKindOf(definition.Kind)
                : existingType is not null ? ExtensionKindOf(existingType) : null;

            if (expectedKind is { } kind)
            {
                if (kind != node.Kind)
                {
                    _context.ReportError(new GraphQLError(
                        $"Cannot extend non-{KindName(node.Kind)} type \"{typeName}\".",
                        definition is not null ? [definition, node] : [node]));
                }

                return true;
            }

            var allTypeNames = new List<string>(_definedTypes.Keys);
            if (_context.Schema is { } schema)
            {
                foreach (var name in schema.TypeMap.Keys)
                {
                    if (!_definedTypes.ContainsKey(name))
                    {
                        allTypeNames.Add(name);
                    }
                }
            }

            _context.ReportError(new GraphQLError(
                $"Cannot extend type \"{typeName}\" because it is not defined." + DidYouMean.Format(SuggestionList.For(typeName, allTypeNames)),
                [node.Name]));
            return true;
        }

        private static SyntaxKind ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
        {
            SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
            SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
            SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
            SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
            SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
            _ => SyntaxKind.InputObjectTypeExtension,
        };

        private static SyntaxKind ExtensionKindOf(GraphQLNamedType type) => type.Kind switch
        {
            TypeKind.Scalar => SyntaxKind.ScalarTypeExtension,
            TypeKind.Object => SyntaxKind.ObjectTypeExtension,
            TypeKind.Interface => SyntaxKind.InterfaceTypeExtension,
            TypeKind.Union => SyntaxKind.UnionTypeExtension,
            TypeKind.Enum => SyntaxKind.EnumTypeExtension,
            _ => SyntaxKind.InputObjectTypeExtension,
        };

        private static string KindName(SyntaxKind extensionKind) => extensionKind switch
        {
            SyntaxKind.ScalarTypeExtension => "scalar",
            SyntaxKind.ObjectTypeExtension => "object",
            SyntaxKind.InterfaceTypeExtension => "interface",
            SyntaxKind.UnionTypeExtension => "union",
            SyntaxKind.EnumTypeExtension => "enum",
            _ => "input object",
        };
    }
}
