using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>
/// One way for every rule test to run a rule and compare what it reports: each error's message
/// and the line/column of each of its locations, in order.
/// </summary>
internal static class ValidationHarness
{
    public static void ExpectValid(IValidationRule rule, string document) =>
        ExpectErrorsWithSchema(TestSchema.Schema, rule, document);

    public static void ExpectErrors(IValidationRule rule, string document, params ExpectedError[] expected) =>
        ExpectErrorsWithSchema(TestSchema.Schema, rule, document, expected);

    public static void ExpectValidWithSchema(GraphQLSchema schema, IValidationRule rule, string document) =>
        ExpectErrorsWithSchema(schema, rule, document);

    public static void ExpectErrorsWithSchema(GraphQLSchema schema, IValidationRule rule, string document, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(schema, Parser.Parse(document), [rule]));

    public static void ExpectValidWithoutSuggestions(IValidationRule rule, string document) =>
        ExpectErrorsWithoutSuggestions(rule, document);

    public static void ExpectErrorsWithoutSuggestions(IValidationRule rule, string document, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.Validate(TestSchema.Schema, Parser.Parse(document), [rule], hideSuggestions: true));

    public static void ExpectValidSdl(ISdlValidationRule rule, GraphQLSchema? schemaToExtend, string sdl) =>
        ExpectSdlErrors(rule, schemaToExtend, sdl);

    public static void ExpectSdlErrors(ISdlValidationRule rule, GraphQLSchema? schemaToExtend, string sdl, params ExpectedError[] expected) =>
        AssertErrors(expected, Validator.ValidateSdl(Parser.Parse(sdl), schemaToExtend, [rule]));

    public static void AssertErrors(IReadOnlyList<ExpectedError> expected, IReadOnlyList<GraphQLError> actual)
    {
        var expectedLines = new List<string>();
        foreach (var error in expected)
        {
            expectedLines.Add(error.ToString());
        }

        var actualLines = new List<string>();
        foreach (var error in actual)
        {
            actualLines.Add(ExpectedError.Format(error.Message, error.Locations ?? []));
        }

        Assert.Equal(expectedLines, actualLines);
    }
}

/// <summary>An error a test expects: its exact message and its locations as (line, column).</summary>
internal sealed class ExpectedError(string message, params (int Line, int Column)[] locations)
{
    public override string ToString()
    {
        var sourceLocations = new List<SourceLocation>(locations.Length);
        foreach (var (line, column) in locations)
        {
            sourceLocations.Add(new SourceLocation(line, column));
        }

        return Format(message, sourceLocations);
    }

    public static string Format(string message, IReadOnlyList<SourceLocation> locations)
    {
        var parts = new List<string>(locations.Count);
        foreach (var location in locations)
        {
            parts.Add($"{location.Line}:{location.Column}");
        }

        return $"{message} @ [{string.Join(", ", parts)}]";
    }
}
