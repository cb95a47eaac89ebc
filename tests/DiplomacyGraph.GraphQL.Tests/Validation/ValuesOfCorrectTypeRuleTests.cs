using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    private static readonly Lazy<GraphQLSchema> CustomScalarSchema = new(() => TestSchema.Build("""
        type Query { anyArg(arg: Any): String }
        scalar Any
        """));

    [Fact]
    public void Accepts_good_int_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
        """);

    [Fact]
    public void Accepts_good_negative_int_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
        """);

    [Fact]
    public void Accepts_good_boolean_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
          }
        }
        """);

    [Fact]
    public void Accepts_good_string_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: "foo")
          }
        }
        """);

    [Fact]
    public void Accepts_good_float_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1.1)
          }
        }
        """);

    [Fact]
    public void Accepts_good_negative_float_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: -1.1)
          }
        }
        """);

    [Fact]
    public void Accepts_an_int_into_a_float() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
          }
        }
        """);

    [Fact]
    public void Accepts_an_int_into_an_id() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: 1)
          }
        }
        """);

    [Fact]
    public void Accepts_a_string_into_an_id() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: "someIdString")
          }
        }
        """);

    [Fact]
    public void Accepts_good_enum_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
        """);

    [Fact]
    public void Accepts_null_into_nullable_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: null)
          }
        }
        {
          dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
            name
          }
        }
        """);

    [Fact]
    public void Reports_an_int_into_a_string() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 1", (3, 31)));

    [Fact]
    public void Reports_a_float_into_a_string() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1.0)
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 1.0", (3, 31)));

    [Fact]
    public void Reports_a_boolean_into_a_string() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: true)
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: true", (3, 31)));

    [Fact]
    public void Reports_an_unquoted_string_into_a_string() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringArgField(stringArg: BAR)
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: BAR", (3, 31)));

    [Fact]
    public void Reports_a_string_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: \"3\"", (3, 25)));

    [Fact]
    public void Reports_a_big_int_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 829384293849283498239482938)
          }
        }
        """,
        new ExpectedError("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));

    [Fact]
    public void Reports_an_int_beyond_32_bits_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 2147483648)
          }
        }
        """,
        new ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (3, 25)));

    [Fact]
    public void Reports_an_unquoted_string_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: FOO)
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: FOO", (3, 25)));

    [Fact]
    public void Reports_a_simple_float_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.0)
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: 3.0", (3, 25)));

    [Fact]
    public void Reports_a_float_into_an_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.333)
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: 3.333", (3, 25)));

    [Fact]
    public void Reports_a_string_into_a_float() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: "3.333")
          }
        }
        """,
        new ExpectedError("Float cannot represent non numeric value: \"3.333\"", (3, 29)));

    [Fact]
    public void Reports_a_boolean_into_a_float() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: true)
          }
        }
        """,
        new ExpectedError("Float cannot represent non numeric value: true", (3, 29)));

    [Fact]
    public void Reports_an_unquoted_string_into_a_float() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            floatArgField(floatArg: FOO)
          }
        }
        """,
        new ExpectedError("Float cannot represent non numeric value: FOO", (3, 29)));

    [Fact]
    public void Reports_an_int_into_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: 2)
          }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: 2", (3, 33)));

    [Fact]
    public void Reports_a_float_into_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: 1.0)
          }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: 1.0", (3, 33)));

    [Fact]
    public void Reports_a_string_into_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: "true")
          }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: \"true\"", (3, 33)));

    [Fact]
    public void Reports_an_unquoted_string_into_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: TRUE)
          }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: TRUE", (3, 33)));

    [Fact]
    public void Reports_a_float_into_an_id() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: 1.0)
          }
        }
        """,
        new ExpectedError("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));

    [Fact]
    public void Reports_a_boolean_into_an_id() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: true)
          }
        }
        """,
        new ExpectedError("ID cannot represent a non-string and non-integer value: true", (3, 23)));

    [Fact]
    public void Reports_an_unquoted_string_into_an_id() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            idArgField(idArg: SOMETHING)
          }
        }
        """,
        new ExpectedError("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23)));

    [Fact]
    public void Reports_an_int_into_an_enum() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: 2)
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33)));

    [Fact]
    public void Reports_a_float_into_an_enum() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: 1.0)
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (3, 33)));

    [Fact]
    public void Reports_a_string_into_an_enum_with_a_suggestion() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: "SIT")
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Reports_a_boolean_into_an_enum() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: true)
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: true.", (3, 33)));

    [Fact]
    public void Reports_an_unknown_enum_value() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: JUGGLE)
          }
        }
        """,
        new ExpectedError("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33)));

    [Fact]
    public void Reports_a_differently_cased_enum_value_with_a_suggestion() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        new ExpectedError("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Reports_enum_values_without_suggestions_when_hidden() => ValidationHarness.ExpectErrorsWithoutSuggestions(
        Rule,
        """
        {
          dog {
            a: doesKnowCommand(dogCommand: "SIT")
            b: doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".", (3, 36)),
        new ExpectedError("Value \"sit\" does not exist in \"DogCommand\" enum.", (4, 36)));

    [Fact]
    public void Accepts_good_list_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", null, "two"])
          }
        }
        """);

    [Fact]
    public void Accepts_an_empty_list() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: [])
          }
        }
        """);

    [Fact]
    public void Accepts_null_as_a_list() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: null)
          }
        }
        """);

    [Fact]
    public void Accepts_a_single_value_into_a_list() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void Reports_an_incorrect_item_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 2", (3, 47)));

    [Fact]
    public void Reports_a_single_value_of_incorrect_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: 1)
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 1", (3, 39)));

    [Fact]
    public void Reports_null_in_a_list_of_non_null_items() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: ["one", null])
          }
        }
        """,
        new ExpectedError("Expected value of type \"String!\", found null.", (3, 61)));

    [Fact]
    public void Accepts_arguments_of_correct_types_and_defaults() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained(atOtherHomes: true)
            isHouseTrained
          }
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
            multipleOpts(opt1: 1)
            multipleOptAndReq(req1: 3, req2: 4, opt2: 5)
          }
        }
        """);

    [Fact]
    public void Reports_incorrect_values_of_required_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: "two", req1: "one")
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: \"two\"", (3, 24)),
        new ExpectedError("Int cannot represent non-integer value: \"one\"", (3, 37)));

    [Fact]
    public void Reports_null_into_non_null_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: null)
          }
        }
        """,
        new ExpectedError("Expected value of type \"Int!\", found null.", (3, 24)));

    [Fact]
    public void Accepts_a_complete_input_object() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: "foo",
              booleanField: false,
              stringListField: ["one", "two"]
            })
          }
        }
        """);

    [Fact]
    public void Accepts_an_input_object_with_only_required_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: false })
          }
        }
        """);

    [Fact]
    public void Reports_an_input_object_missing_a_required_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void Reports_an_input_object_with_an_invalid_list_item() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: ["one", 2],
              requiredField: true,
            })
          }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 2", (4, 32)));

    [Fact]
    public void Reports_null_in_a_non_null_input_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, nonNullField: null })
          }
        }
        """,
        new ExpectedError("Expected value of type \"Boolean!\", found null.", (3, 70)));

    [Fact]
    public void Reports_an_unknown_input_field_with_a_suggestion() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
            })
          }
        }
        """,
        new ExpectedError("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7)));

    [Fact]
    public void Reports_an_unknown_input_field_without_suggestion_when_hidden() => ValidationHarness.ExpectErrorsWithoutSuggestions(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
            })
          }
        }
        """,
        new ExpectedError("Field \"invalidField\" is not defined by type \"ComplexInput\".", (5, 7)));

    [Fact]
    public void Reports_a_misspelled_input_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, strngField: "x" })
          }
        }
        """,
        new ExpectedError("Field \"strngField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (3, 56)));

    [Fact]
    public void Reports_an_object_where_a_scalar_is_expected() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: { a: 1 })
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: {a: 1}", (3, 25)));

    [Fact]
    public void Reports_a_list_where_a_scalar_is_expected() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: [1, 2])
          }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: [1, 2]", (3, 25)));

    [Fact]
    public void Reports_a_scalar_where_an_input_object_is_expected() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: "a")
          }
        }
        """,
        new ExpectedError("Expected value of type \"ComplexInput\", found \"a\".", (3, 33)));

    [Fact]
    public void Accepts_a_oneof_input_object_with_one_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc" })
          }
        }
        """);

    [Fact]
    public void Accepts_a_oneof_input_object_with_one_variable_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        query ($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void Reports_a_oneof_input_object_with_two_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
          }
        }
        """,
        new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void Reports_a_oneof_input_object_with_a_null_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
        """,
        new ExpectedError("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)));

    [Fact]
    public void Reports_a_oneof_input_object_with_no_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: {})
          }
        }
        """,
        new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void Accepts_directive_arguments_of_correct_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void Reports_directive_arguments_of_incorrect_types() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
        new ExpectedError("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Accepts_variables_with_valid_default_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Accepts_variables_with_null_default_values() => ValidationHarness.ExpectValid(
        Rule,
        """
        query WithDefaultValues(
          $a: Int = null,
          $b: String = null,
          $c: ComplexInput = { requiredField: true, intField: null }
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Reports_variables_with_invalid_default_values() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query InvalidDefaultValues(
          $a: Int = "one",
          $b: String = 4,
          $c: ComplexInput = "NotVeryComplex"
        ) {
          dog { name }
        }
        """,
        new ExpectedError("Int cannot represent non-integer value: \"one\"", (2, 13)),
        new ExpectedError("String cannot represent a non string value: 4", (3, 16)),
        new ExpectedError("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)));

    [Fact]
    public void Reports_variables_with_complex_invalid_default_values() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query WithDefaultValues(
          $a: ComplexInput = { requiredField: 123, intField: "abc" }
        ) {
          dog { name }
        }
        """,
        new ExpectedError("Boolean cannot represent a non boolean value: 123", (2, 39)),
        new ExpectedError("Int cannot represent non-integer value: \"abc\"", (2, 54)));

    [Fact]
    public void Reports_a_complex_variable_missing_a_required_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
        """,
        new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)));

    [Fact]
    public void Reports_a_list_variable_with_invalid_item() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query InvalidItem($a: [String] = ["one", 2]) {
          dog { name }
        }
        """,
        new ExpectedError("String cannot represent a non string value: 2", (1, 42)));

    [Fact]
    public void Accepts_any_literal_into_a_custom_scalar() => ValidationHarness.ExpectValidWithSchema(
        CustomScalarSchema.Value,
        Rule,
        """
        {
          anyArg(arg: 123)
          anyArg(arg: { deep: [123, "abc", true] })
        }
        """);

    [Fact]
    public void Reports_a_custom_scalar_that_rejects_a_literal_with_an_ordinary_exception()
    {
        var invalid = new GraphQLScalarType("Invalid")
        {
            LiteralParser = (node, _) => throw new InvalidOperationException("Invalid scalar is always invalid: " + ((IntValueNode)node).Value),
        };
        var schema = SchemaBuilder.FromDocument(Parser.Parse("""
            scalar Invalid
            type Query { invalidArg(arg: Invalid): String }
            """)).BindScalar(invalid).Build();

        var errors = Validator.Validate(schema, Parser.Parse("{ invalidArg(arg: 123) }"), [Rule]);

        ValidationHarness.AssertErrors(
            [new ExpectedError("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19))],
            errors);
        Assert.IsType<InvalidOperationException>(errors[0].OriginalError);
    }

    [Fact]
    public void Reports_a_custom_scalar_error_as_the_scalar_raised_it()
    {
        var picky = new GraphQLScalarType("Picky")
        {
            LiteralParser = (node, _) => throw new GraphQLException(
                "Picky wants a string",
                new Dictionary<string, object?> { ["code"] = "PICKY" },
                [node]),
        };
        var schema = SchemaBuilder.FromDocument(Parser.Parse("""
            scalar Picky
            type Query { pickyArg(arg: Picky): String }
            """)).BindScalar(picky).Build();

        var errors = Validator.Validate(schema, Parser.Parse("{ pickyArg(arg: 1) }"), [Rule]);

        ValidationHarness.AssertErrors([new ExpectedError("Picky wants a string", (1, 17))], errors);
        Assert.Equal("PICKY", errors[0].Extensions!["code"]);
    }
}
