using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible — a fragment is spread
/// only where its type and the enclosing type can share an object type; otherwise it could never apply.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterInlineFragment(InlineFragmentNode node)
        {
            var fragmentType = context.Type as GraphQLNamedType;
            var parentType = context.ParentType;
            if (fragmentType is not null && fragmentType.IsCompositeType()
                && parentType is not null && parentType.IsCompositeType()
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    [node]));
            }

            return true;
        }

        public override bool EnterFragmentSpread(FragmentSpreadNode node)
        {
            var fragmentName = node.Name.Value;
            var fragmentType = FragmentType(fragmentName);
            var parentType = context.ParentType;
            if (fragmentType is not null
                && parentType is not null
                && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(new GraphQLError(
                    $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    [node]));
            }

            return true;
        }

        private GraphQLNamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeFromAst.Get(context.Schema, fragment.TypeCondition) is GraphQLNamedType type
            && type.IsCompositeType()
                ? type
                : null;
    }
}
