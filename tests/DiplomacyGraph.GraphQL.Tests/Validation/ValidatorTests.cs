using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Validation — the whole rule list at once, as graphql-js's validate runs it.</summary>
public sealed class ValidatorTests
{
    [Fact]
    public void Lists_the_specified_rules_in_graphql_js_order() => Assert.Equal(
        [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
            "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
            "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
            "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
            "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
            "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule", "MaxIntrospectionDepthRule",
        ],
        SpecifiedRules.All.Select(rule => rule.GetType().Name));

    [Fact]
    public void Lists_the_sdl_rules_in_graphql_js_order() => Assert.Equal(
        [
            "LoneSchemaDefinitionRule", "UniqueOperationTypesRule", "UniqueTypeNamesRule", "UniqueEnumValueNamesRule",
            "UniqueFieldDefinitionNamesRule", "UniqueArgumentDefinitionNamesRule", "UniqueDirectiveNamesRule", "KnownTypeNamesRule",
            "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "PossibleTypeExtensionsRule", "KnownArgumentNamesOnDirectivesRule",
            "UniqueArgumentNamesRule", "UniqueInputFieldNamesRule", "ProvidedRequiredArgumentsOnDirectivesRule",
        ],
        SpecifiedRules.Sdl.Select(rule => rule.GetType().Name));

    [Fact]
    public void Reports_errors_of_every_rule_in_the_specified_order() => ExpectErrors(
        """
        query Q($unused: Int, $dup: Int, $dup: Int, $obj: Dog) @onField {
          dog {
            name(surname: "yes")
            barks { sinceWhen }
            unknownField
            doesKnowCommand(dogCommand: JUGGLE, extra: 1)
            alias: name
            alias: nickname
            ...Missing
            ... on Cat { meows }
            isHouseTrained(atOtherHomes: $undefinedVar)
          }
          complicatedArgs {
            multipleReqs(req1: 1)
            complexArgField(complexArg: { intField: 1, intField: 2 })
          }
          human
        }
        query Q { dog { name } }
        {
          __typename
        }
        fragment Unused on Dog { name }
        fragment Cycle on Dog { ...Cycle }
        fragment OnScalar on Int { a }
        type NotExecutable { a: String }
        """,
        Validator.DefaultMaxErrors,
        hideSuggestions: false,
        new ExpectedError("The \"NotExecutable\" definition is not executable.", (26, 1)),
        new ExpectedError("There can be only one variable named \"$dup\".", (1, 24), (1, 35)),
        new ExpectedError("Variable \"$obj\" cannot be non-input type \"Dog\".", (1, 51)),
        new ExpectedError("Directive \"@onField\" may not be used on QUERY.", (1, 56)),
        new ExpectedError("Fields \"alias\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (7, 5), (8, 5)),
        new ExpectedError("Boolean cannot represent a non boolean value: \"yes\"", (3, 19)),
        new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (4, 11)),
        new ExpectedError("Cannot query field \"unknownField\" on type \"Dog\".", (5, 5)),
        new ExpectedError("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (6, 33)),
        new ExpectedError("Unknown argument \"extra\" on field \"Dog.doesKnowCommand\".", (6, 41)),
        new ExpectedError("Unknown fragment \"Missing\".", (9, 8)),
        new ExpectedError("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (10, 5)),
        new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (14, 5)),
        new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (15, 33)),
        new ExpectedError("There can be only one input field named \"intField\".", (15, 35), (15, 48)),
        new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (17, 3)),
        new ExpectedError("Variable \"$undefinedVar\" is not defined by operation \"Q\".", (11, 34), (1, 1)),
        new ExpectedError("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
        new ExpectedError("Variable \"$dup\" is never used in operation \"Q\".", (1, 23)),
        new ExpectedError("Variable \"$dup\" is never used in operation \"Q\".", (1, 34)),
        new ExpectedError("Variable \"$obj\" is never used in operation \"Q\".", (1, 45)),
        new ExpectedError("There can be only one operation named \"Q\".", (1, 7), (19, 7)),
        new ExpectedError("This anonymous operation must be the only defined operation.", (20, 1)),
        new ExpectedError("Cannot spread fragment \"Cycle\" within itself.", (24, 25)),
        new ExpectedError("Fragment \"OnScalar\" cannot condition on non composite type \"Int\".", (25, 22)),
        new ExpectedError("Fragment \"Unused\" is never used.", (23, 1)),
        new ExpectedError("Fragment \"Cycle\" is never used.", (24, 1)),
        new ExpectedError("Fragment \"OnScalar\" is never used.", (25, 1)));

    [Fact]
    public void Accepts_a_valid_document() => ExpectErrors(
        """
        query Q($id: ID, $command: DogCommand = SIT, $skip: Boolean!) {
          human(id: $id) {
            name
            pets {
              name
              ... on Dog {
                doesKnowCommand(dogCommand: $command)
                ...DogFields @skip(if: $skip)
              }
            }
          }
          catOrDog { ... on Cat { furColor } ... on Dog { barkVolume } __typename }
        }
        fragment DogFields on Dog { nickname barks isAtLocation(x: 1, y: 2) }
        """,
        Validator.DefaultMaxErrors,
        hideSuggestions: false);

    [Fact]
    public void Reports_introspection_nested_too_deep() => ExpectErrors(
        """
        {
          __schema { types { fields { type { fields { type { fields { name } } } } } } }
        }
        """,
        Validator.DefaultMaxErrors,
        hideSuggestions: false,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Stops_at_the_error_limit_and_says_so() => ExpectErrors(
        """
        { a b c d e f }
        """,
        3,
        hideSuggestions: false,
        new ExpectedError("Cannot query field \"a\" on type \"QueryRoot\".", (1, 3)),
        new ExpectedError("Cannot query field \"b\" on type \"QueryRoot\".", (1, 5)),
        new ExpectedError("Cannot query field \"c\" on type \"QueryRoot\".", (1, 7)),
        new ExpectedError("Too many validation errors, error limit reached. Validation aborted."));

    [Fact]
    public void Leaves_suggestions_out_of_every_rule_when_hidden() => ExpectErrors(
        """
        query ($v: Dg) {
          dog { nam doesKnowCommand(dogComand: SIT) }
          complicatedArgs { complexArgField(complexArg: { requiredField: true, intFeld: 1 }) enumArgField(enumArg: BRWN) }
        }
        """,
        Validator.DefaultMaxErrors,
        hideSuggestions: true,
        new ExpectedError("Unknown type \"Dg\".", (1, 12)),
        new ExpectedError("Cannot query field \"nam\" on type \"Dog\".", (2, 9)),
        new ExpectedError("Unknown argument \"dogComand\" on field \"Dog.doesKnowCommand\".", (2, 29)),
        new ExpectedError("Field \"intFeld\" is not defined by type \"ComplexInput\".", (3, 72)),
        new ExpectedError("Value \"BRWN\" does not exist in \"FurColor\" enum.", (3, 108)),
        new ExpectedError("Variable \"$v\" is never used.", (1, 8)));

    [Fact]
    public void Validates_sdl_with_every_sdl_rule_in_order() => ValidationHarness.AssertErrors(
        [
            new ExpectedError("Unknown type \"Strin\". Did you mean \"String\"?", (1, 17)),
            new ExpectedError("Unknown directive \"@unknown\".", (1, 33)),
            new ExpectedError("There can be only one type named \"Query\".", (1, 6), (2, 6)),
            new ExpectedError("Cannot extend type \"Missing\" because it is not defined.", (3, 13)),
            new ExpectedError("Enum value \"E.A\" can only be defined once.", (4, 10), (4, 12)),
            new ExpectedError("Argument \"@d(x:)\" can only be defined once.", (5, 14), (5, 22)),
            new ExpectedError("Must provide only one schema definition.", (7, 1)),
            new ExpectedError("There can be only one query type in schema.", (6, 10), (7, 10)),
        ],
        Validator.ValidateSdl(Parser.Parse("""
            type Query { a: Strin b: String @unknown }
            type Query { c: Int }
            extend type Missing { d: Int }
            enum E { A A }
            directive @d(x: Int, x: Int) on FIELD_DEFINITION
            schema { query: Query }
            schema { query: Query }
            """)));

    [Fact]
    public void Stops_exactly_at_the_limit_when_the_limit_is_reached_by_the_last_error() => ExpectErrors(
        "{ a b }",
        2,
        hideSuggestions: false,
        new ExpectedError("Cannot query field \"a\" on type \"QueryRoot\".", (1, 3)),
        new ExpectedError("Cannot query field \"b\" on type \"QueryRoot\".", (1, 5)));

    [Fact]
    public void Validates_with_only_the_rules_it_is_given() => ValidationHarness.AssertErrors(
        [new ExpectedError("Unknown fragment \"Missing\".", (1, 16))],
        Validator.Validate(TestSchema.Schema, Parser.Parse("{ unknown { ...Missing } }"), [new KnownFragmentNamesRule()]));

    [Fact]
    public void Aborts_when_comparing_fields_for_merging_would_cost_too_much()
    {
        // 1,000 fields under one response key: half a million pairs to compare.
        var document = "{ dog { " + string.Join(" ", Enumerable.Repeat("name", 1000)) + " } }";

        ValidationHarness.AssertErrors(
            [new ExpectedError("Validation aborted.")],
            Validator.Validate(TestSchema.Schema, Parser.Parse(document)));
    }

    [Fact]
    public void Aborts_when_fragment_bookkeeping_would_cost_too_much()
    {
        // 300 operations each spreading a fragment that uses a variable 200 times.
        var document = BuildVariableHeavyDocument(operations: 300);

        ValidationHarness.AssertErrors(
            [new ExpectedError("Validation aborted.")],
            Validator.Validate(TestSchema.Schema, Parser.Parse(document)));
    }

    [Fact]
    public void Accepts_fragment_bookkeeping_within_the_budget() =>
        Assert.Empty(Validator.Validate(TestSchema.Schema, Parser.Parse(BuildVariableHeavyDocument(operations: 100))));

    private static string BuildVariableHeavyDocument(int operations)
    {
        var document = new System.Text.StringBuilder();
        for (var i = 0; i < operations; i++)
        {
            document.Append($"query Q{i}($a: Boolean!) {{ dog {{ ...F }} }}\n");
        }

        document.Append("fragment F on Dog {");
        for (var i = 0; i < 200; i++)
        {
            document.Append($" n{i}: name @include(if: $a)");
        }

        return document.Append(" }").ToString();
    }

    [Fact]
    public void Refuses_to_validate_against_an_invalid_schema()
    {
        // Built in code, where nothing checks the schema until it is used.
        var empty = new GraphQLObjectType("Empty", []);
        var query = new GraphQLObjectType("Query", [new GraphQLField("empty", empty)]);
        var invalid = new GraphQLSchema(query);

        var exception = Assert.Throws<InvalidSchemaException>(() => Validator.Validate(invalid, Parser.Parse("{ empty { __typename } }")));
        Assert.Contains("Type Empty must define one or more fields.", exception.Message);
    }

    private static void ExpectErrors(string document, int maxErrors, bool hideSuggestions, params ExpectedError[] expected) =>
        ValidationHarness.AssertErrors(
            expected,
            Validator.Validate(TestSchema.Schema, Parser.Parse(document), maxErrors: maxErrors, hideSuggestions: hideSuggestions));
}
