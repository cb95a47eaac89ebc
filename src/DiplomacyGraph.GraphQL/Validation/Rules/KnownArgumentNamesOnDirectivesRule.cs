using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Argument-Names — every argument given to a directive
/// is defined by that directive (whether the schema or the document defines it). The SDL half of
/// <see cref="KnownArgumentNamesRule"/>.
/// </summary>
public sealed class KnownArgumentNamesOnDirectivesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new DirectiveArgumentsVisitor(context, context.Schema);

    /// <summary>Checks directive arguments; <see cref="KnownArgumentNamesRule"/> extends it to field arguments.</summary>
    internal class DirectiveArgumentsVisitor : ValidationVisitor
    {
        private readonly AstValidationContext _context;
        private readonly Dictionary<string, List<string>> _argumentsByDirective = new(StringComparer.Ordinal);

        public DirectiveArgumentsVisitor(AstValidationContext context, GraphQLSchema? schema)
        {
            _context = context;
            foreach (var directive in schema?.Directives ?? GraphQLDirective.Specified)
            {
                var names = new List<string>(directive.Arguments.Count);
                foreach (var argument in directive.Arguments)
                {
                    names.Add(argument.Name);
                }

                _argumentsByDirective[directive.Name] = names;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directiveDefinition)
                {
                    var names = new List<string>(directiveDefinition.Arguments.Count);
                    foreach (var argument in directiveDefinition.Arguments)
                    {
                        names.Add(argument.Name.Value);
                    }

                    _argumentsByDirective[directiveDefinition.Name.Value] = names;
                }
            }
        }

        public sealed override bool EnterDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (!_argumentsByDirective.TryGetValue(directiveName, out var knownArguments))
            {
                return false;
            }

            foreach (var argument in node.Arguments)
            {
                var argumentName = argument.Name.Value;
                if (knownArguments.Contains(argumentName))
                {
                    continue;
                }

                var suggestion = _context.HideSuggestions
                    ? string.Empty
                    : DidYouMean.Format(SuggestionList.For(argumentName, knownArguments));
                _context.ReportError(new GraphQLError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + suggestion,
                    [argument]));
            }

            // Directive arguments are checked here, so field-argument checks never see them.
            return false;
        }
    }
}
