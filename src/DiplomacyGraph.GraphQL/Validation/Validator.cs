using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Validation — checks a document against a schema and
/// returns every error found (an empty list when the document is valid). Validation never throws
/// for a bad document: errors are data.
/// </summary>
public static class Validator
{
    /// <summary>
    /// graphql-js's default: a pathologically invalid document should not make the server build
    /// an unbounded list of errors.
    /// </summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>Validates an executable document with <paramref name="rules"/> (default: <see cref="SpecifiedRules.All"/>).</summary>
    /// <param name="maxErrors">After this many errors validation stops and adds one error saying so.</param>
    /// <param name="hideSuggestions">Leave "Did you mean …?" hints out of messages, so a schema's names are not leaked.</param>
    /// <exception cref="InvalidSchemaException">The schema itself is invalid (checked once per schema), as graphql-js's validate asserts.</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;

        // Rules assume a valid schema (a union of objects, an interface's fields, …).
        SchemaValidator.AssertValid(schema);

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error => AddError(errors, error, maxErrors), hideSuggestions);
        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new ValidationWalker(visitors, typeInfo, context.AncestorStack).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.ErrorLimitReached
                ? "Too many validation errors, error limit reached. Validation aborted."
                : "Validation aborted."));
        }

        return errors;
    }

    /// <summary>
    /// Validates a type-system document (SDL) with <paramref name="rules"/> (default:
    /// <see cref="SpecifiedRules.Sdl"/>), optionally as an extension of <paramref name="schemaToExtend"/>.
    /// Used when a schema is built from SDL.
    /// </summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        GraphQLSchema? schemaToExtend = null,
        IReadOnlyList<ISdlValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.Sdl;

        var errors = new List<GraphQLError>();
        var context = new SdlValidationContext(document, schemaToExtend, errors.Add);
        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        new ValidationWalker(visitors, typeInfo: null, context.AncestorStack).Walk(document);
        return errors;
    }

    private static void AddError(List<GraphQLError> errors, GraphQLError error, int maxErrors)
    {
        if (errors.Count >= maxErrors)
        {
            throw new ValidationAbortedException(errorLimitReached: true);
        }

        errors.Add(error);
    }
}
