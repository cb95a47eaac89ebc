using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness — each named operation
/// is named once, so a client can pick it by name.
/// </summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                if (_knownOperationNames.TryGetValue(name.Value, out var known))
                {
                    context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [known, name]));
                }
                else
                {
                    _knownOperationNames[name.Value] = name;
                }
            }

            return false;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) => false;
    }
}
