using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Type-System.Directives — each directive is defined once.
/// </summary>
public sealed class UniqueDirectiveNamesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(SdlValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);

        public override bool EnterDirectiveDefinition(DirectiveDefinitionNode node)
        {
            var directiveName = node.Name.Value;
            if (context.Schema?.GetDirective(directiveName) is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Directive \"@{directiveName}\" already exists in the schema. It cannot be redefined.",
                    [node.Name]));
                return false;
            }

            if (_knownDirectiveNames.TryGetValue(directiveName, out var known))
            {
                context.ReportError(new GraphQLError($"There can be only one directive named \"@{directiveName}\".", [known, node.Name]));
            }
            else
            {
                _knownDirectiveNames[directiveName] = node.Name;
            }

            return false;
        }
    }
}
