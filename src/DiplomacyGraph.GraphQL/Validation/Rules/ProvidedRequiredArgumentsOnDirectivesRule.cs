using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Required-Arguments — a directive is given every
/// argument that is non-null without a default. The SDL half of <see cref="ProvidedRequiredArgumentsRule"/>.
/// </summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new DirectiveArgumentsVisitor(context, context.Schema);

    /// <summary>Checks directives; <see cref="ProvidedRequiredArgumentsRule"/> extends it to fields.</summary>
    internal class DirectiveArgumentsVisitor : ValidationVisitor
    {
        private readonly AstValidationContext _context;

        // Directive name → its required arguments: name and type as written in messages.
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

        public DirectiveArgumentsVisitor(AstValidationContext context, GraphQLSchema? schema)
        {
            _context = context;
            foreach (var directive in schema?.Directives ?? GraphQLDirective.Specified)
            {
                var required = new List<(string, string)>();
                foreach (var argument in directive.Arguments)
                {
                    if (argument.IsRequired)
                    {
                        required.Add((argument.Name, argument.Type.ToString()));
                    }
                }

                _requiredByDirective[directive.Name] = required;
            }

            foreach (var definition in context.Document.Definitions)
            {
                if (definition is DirectiveDefinitionNode directiveDefinition)
                {
                    var required = new List<(string, string)>();
                    foreach (var argument in directiveDefinition.Arguments)
                    {
                        if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                        {
                            required.Add((argument.Name.Value, Printer.Print(argument.Type)));
                        }
                    }

                    _requiredByDirective[directiveDefinition.Name.Value] = required;
                }
            }
        }

        // Checked on leave so that errors deeper in the directive come first.
        public sealed override void LeaveDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (!_requiredByDirective.TryGetValue(directiveName, out var required))
            {
                return;
            }

            foreach (var (argumentName, argumentType) in required)
            {
                if (!IsProvided(node.Arguments, argumentName))
                {
                    _context.ReportError(new GraphQLError(
                        $"Directive \"@{directiveName}\" argument \"{argumentName}\" of type \"{argumentType}\" is required, but it was not provided.",
                        [node]));
                }
            }
        }

        protected static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Name.Value == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
