using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence — every type a
/// document names (variable types, fragment type conditions, and in SDL every type reference)
/// exists in the schema or is defined by the document.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule, ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, context.Schema);

    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context, context.Schema);

    private sealed class Visitor : ValidationVisitor
    {
        private static readonly string[] StandardTypeNames = CreateStandardTypeNames();

        private readonly AstValidationContext _context;
        private readonly GraphQLSchema? _schema;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(AstValidationContext context, GraphQLSchema? schema)
        {
            _context = context;
            _schema = schema;
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode typeDefinition)
                {
                    _definedTypes.Add(typeDefinition.Name.Value);
                }
            }
        }

        public override bool EnterNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (_schema?.GetType(typeName) is not null || _definedTypes.Contains(typeName))
            {
                return true;
            }

            // In a type-system definition the specified scalars and introspection types may be
            // named without being defined: the schema builder adds them.
            var ancestors = _context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : null;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
            {
                return true;
            }

            var suggestions = _context.HideSuggestions
                ? []
                : SuggestionList.For(typeName, CandidateNames(isSdl));
            _context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + DidYouMean.Format(suggestions), [node]));
            return true;
        }

        private List<string> CandidateNames(bool isSdl)
        {
            var names = new List<string>();
            if (isSdl)
            {
                names.AddRange(StandardTypeNames);
            }

            if (_schema is not null)
            {
                names.AddRange(_schema.TypeMap.Keys);
            }

            names.AddRange(_definedTypes);
            return names;
        }

        private static string[] CreateStandardTypeNames()
        {
            var names = new List<string>();
            foreach (var scalar in Scalars.Specified)
            {
                names.Add(scalar.Name);
            }

            foreach (var type in Introspection.Types)
            {
                names.Add(type.Name);
            }

            return [.. names];
        }
    }
}
