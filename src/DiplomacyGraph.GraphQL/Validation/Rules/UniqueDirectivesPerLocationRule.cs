using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location — a directive
/// that is not repeatable appears at most once at a location. For a type, schema or directive,
/// the location spans its definition and all its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule, ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, context.Schema);

    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context, context.Schema);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly AstValidationContext _context;
        private readonly Dictionary<string, bool> _isUniqueByDirective = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _directiveDirectives = new(StringComparer.Ordinal);

        public Visitor(AstValidationContext context, GraphQLSchema? schema)
        {
            _context = context;
            foreach (var directive in schema?.Directives ?? GraphQLDirective.Specified)
            {
                _isUniqueByDirective[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directiveDefinition)
                {
                    _isUniqueByDirective[directiveDefinition.Name.Value] = !directiveDefinition.Repeatable;
                }
            }
        }

        public override void EnterDirectives(SyntaxNode owner, IReadOnlyList<DirectiveNode> directives)
        {
            var seen = owner switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
                TypeDefinitionNode or TypeExtensionNode => SeenFor(_typeDirectives, ((INamedSyntaxNode)owner).Name.Value),
                DirectiveDefinitionNode directive => SeenFor(_directiveDirectives, directive.Name.Value),
                _ => null,
            };

            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_isUniqueByDirective.GetValueOrDefault(name))
                {
                    continue;
                }

                seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                if (seen.TryGetValue(name, out var earlier))
                {
                    _context.ReportError(new GraphQLError(
                        $"The directive \"@{name}\" can only be used once at this location.",
                        [earlier, directive]));
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }

        private static Dictionary<string, DirectiveNode> SeenFor(Dictionary<string, Dictionary<string, DirectiveNode>> byName, string name)
        {
            if (!byName.TryGetValue(name, out var seen))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                byName[name] = seen;
            }

            return seen;
        }
    }
}
