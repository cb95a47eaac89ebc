using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness — each fragment is defined
/// once, so a spread names exactly one fragment.
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name.Value;
            if (_knownFragmentNames.TryGetValue(name, out var known))
            {
                context.ReportError(new GraphQLError($"There can be only one fragment named \"{name}\".", [known, node.Name]));
            }
            else
            {
                _knownFragmentNames[name] = node.Name;
            }

            return false;
        }
    }
}
