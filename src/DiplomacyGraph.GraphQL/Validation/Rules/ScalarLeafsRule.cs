using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections — a field of scalar or enum
/// type has no selection set; a field of object, interface or union type has one, not empty.
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            if (context.Type is not { } type)
            {
                return true;
            }

            var fieldName = node.Name.Value;
            var selectionSet = node.SelectionSet;
            if (type.GetNamedType().IsLeafType())
            {
                if (selectionSet is not null)
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                        [selectionSet]));
                }
            }
            else if (selectionSet is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    [node]));
            }
            else if (selectionSet.Selections.Count == 0)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.",
                    [node]));
            }

            return true;
        }
    }
}
