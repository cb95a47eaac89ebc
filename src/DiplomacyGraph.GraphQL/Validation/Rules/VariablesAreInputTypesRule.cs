using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types — a variable's type is a
/// scalar, enum or input object (possibly wrapped in lists and non-null).
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            // An unknown type is KnownTypeNamesRule's to report.
            if (TypeFromAst.Get(context.Schema, node.Type) is { } type && !type.IsInputType())
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                    [node.Type]));
            }

            return true;
        }
    }
}
