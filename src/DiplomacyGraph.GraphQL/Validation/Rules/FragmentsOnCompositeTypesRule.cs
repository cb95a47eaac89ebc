using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types — a fragment's type
/// condition names an object, interface or union: only those have fields to select.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is { } typeCondition && IsNonCompositeType(typeCondition))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".",
                    [typeCondition]));
            }

            return true;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (IsNonCompositeType(node.TypeCondition))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                    [node.TypeCondition]));
            }

            return true;
        }

        // An unknown type is KnownTypeNamesRule's to report.
        private bool IsNonCompositeType(NamedTypeNode typeCondition) =>
            TypeFromAst.Get(context.Schema, typeCondition) is { } type && !type.IsCompositeType();
    }
}
