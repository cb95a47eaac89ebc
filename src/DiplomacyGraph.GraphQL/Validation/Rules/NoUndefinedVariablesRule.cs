using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined — every variable an
/// operation uses, directly or in the fragments it spreads, is defined by that operation.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _defined.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _defined.Add(node.Variable.Name.Value);
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_defined.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.ReportError(new GraphQLError(message, [usage.Node, operation]));
                }
            }
        }
    }
}
