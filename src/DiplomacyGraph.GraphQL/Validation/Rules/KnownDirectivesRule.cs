using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Directives-Are-Defined and
/// https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations — every directive
/// used is defined (by the schema or the document) and allowed where it is written.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule, ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, context.Schema);

    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context, context.Schema);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly AstValidationContext _context;
        private readonly Dictionary<string, List<string>> _locationsByDirective = new(StringComparer.Ordinal);

        public Visitor(AstValidationContext context, GraphQLSchema? schema)
        {
            _context = context;
            foreach (var directive in schema?.Directives ?? GraphQLDirective.Specified)
            {
                var locations = new List<string>(directive.Locations.Count);
                foreach (var location in directive.Locations)
                {
                    locations.Add(location.ToSpecName());
                }

                _locationsByDirective[directive.Name] = locations;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directiveDefinition)
                {
                    var locations = new List<string>(directiveDefinition.Locations.Count);
                    foreach (var location in directiveDefinition.Locations)
                    {
                        locations.Add(location.Value);
                    }

                    _locationsByDirective[directiveDefinition.Name.Value] = locations;
                }
            }
        }

        public override bool EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_locationsByDirective.TryGetValue(name, out var locations))
            {
                _context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [node]));
                return true;
            }

            var ancestors = _context.Ancestors;
            var appliedTo = ancestors[^1];
            var appliedToParent = ancestors.Count > 1 ? ancestors[^2] : null;
            if (DirectiveLocationOfNode.Of(appliedTo, appliedToParent) is { } location)
            {
                var locationName = location.ToSpecName();
                if (!locations.Contains(locationName))
                {
                    _context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {locationName}.", [node]));
                }
            }

            return true;
        }
    }
}
