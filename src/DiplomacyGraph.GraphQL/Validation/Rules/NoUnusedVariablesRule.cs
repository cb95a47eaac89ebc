using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-All-Variables-Used — every variable an operation
/// defines is used, directly or in the fragments it spreads.
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions.Add(node);
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            if (_definitions.Count == 0)
            {
                return;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var definition in _definitions)
            {
                var name = definition.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.ReportError(new GraphQLError(message, [definition]));
                }
            }
        }
    }
}
