using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Field-Arguments — a field or directive definition
/// defines each argument once.
/// </summary>
public sealed class UniqueArgumentDefinitionNamesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        public override bool EnterDirectiveDefinition(DirectiveDefinitionNode node)
        {
            CheckArgumentUniqueness($"@{node.Name.Value}", node.Arguments);
            return false;
        }

        public override bool EnterTypeDefinition(TypeDefinitionNode node) =>
            node is not IImplementingTypeNode implementing || CheckArgumentUniquenessPerField(node.Name.Value, implementing.Fields);

        public override bool EnterTypeExtension(TypeExtensionNode node) =>
            node is not IImplementingTypeNode implementing || CheckArgumentUniquenessPerField(node.Name.Value, implementing.Fields);

        private bool CheckArgumentUniquenessPerField(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            foreach (var field in fields)
            {
                CheckArgumentUniqueness($"{typeName}.{field.Name.Value}", field.Arguments);
            }

            return false;
        }

        private void CheckArgumentUniqueness(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var (argumentName, names) in NameGroups.Of(arguments, static argument => argument.Name))
            {
                if (names.Count > 1)
                {
                    context.ReportError(new GraphQLError($"Argument \"{parentName}({argumentName}:)\" can only be defined once.", names));
                }
            }
        }
    }
}
