using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Argument-Names — every argument given to a field or
/// directive is defined by it; the error suggests similar argument names.
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context)
        : KnownArgumentNamesOnDirectivesRule.DirectiveArgumentsVisitor(context, context.Schema)
    {
        public override bool EnterArgument(ArgumentNode node)
        {
            if (context.Argument is not null || context.FieldDef is not { } fieldDef || context.ParentType is not { } parentType)
            {
                return true;
            }

            var argumentName = node.Name.Value;
            IReadOnlyList<string> suggestions = [];
            if (!context.HideSuggestions)
            {
                var names = new List<string>(fieldDef.Arguments.Count);
                foreach (var argument in fieldDef.Arguments)
                {
                    names.Add(argument.Name);
                }

                suggestions = SuggestionList.For(argumentName, names);
            }

            context.ReportError(new GraphQLError(
                $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean.Format(suggestions),
                [node]));
            return true;
        }
    }
}
