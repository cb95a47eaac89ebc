using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void Accepts_a_boolean_into_a_boolean() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Accepts_a_boolean_into_a_boolean_within_a_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void Accepts_a_non_null_boolean_into_a_boolean() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $nonNullBooleanArg)
          }
        }
        """);

    [Fact]
    public void Accepts_a_list_of_strings_into_a_list_of_strings() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void Accepts_a_list_of_non_null_strings_into_a_list_of_strings() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($stringListVar: [String!])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void Accepts_a_string_into_a_list_item() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($stringVar: String)
        {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
          }
        }
        """);

    [Fact]
    public void Accepts_a_complex_input_into_a_complex_input() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($complexVar: ComplexInput)
        {
          complicatedArgs {
            complexArgField(complexArg: $complexVar)
          }
        }
        """);

    [Fact]
    public void Accepts_a_non_null_boolean_into_an_input_object_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($boolVar: Boolean = false)
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredField: $boolVar})
          }
        }
        """);

    [Fact]
    public void Accepts_a_non_null_boolean_into_a_non_null_directive_argument() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($boolVar: Boolean!)
        {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Accepts_a_nullable_int_with_a_default_into_a_non_null_int() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_int_into_a_non_null_argument_with_a_default() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(arg: $intVar)
          }
        }
        """);

    [Fact]
    public void Accepts_a_nullable_boolean_with_a_default_into_a_non_null_directive_argument() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($boolVar: Boolean = false)
        {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Reports_an_int_into_a_non_null_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Reports_an_int_into_a_non_null_int_within_a_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...nonNullIntArgFieldFrag
          }
        }
        """,
        new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));

    [Fact]
    public void Reports_an_int_into_a_non_null_int_within_nested_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment outerFrag on ComplicatedArgs {
          ...nonNullIntArgFieldFrag
        }

        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...outerFrag
          }
        }
        """,
        new ExpectedError("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37)));

    [Fact]
    public void Reports_a_string_into_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($stringVar: String) {
          complicatedArgs {
            booleanArgField(booleanArg: $stringVar)
          }
        }
        """,
        new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));

    [Fact]
    public void Reports_a_string_into_a_list_of_strings() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($stringVar: String) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringVar)
          }
        }
        """,
        new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));

    [Fact]
    public void Reports_a_boolean_into_a_non_null_directive_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($boolVar: Boolean) {
          dog @include(if: $boolVar)
        }
        """,
        new ExpectedError("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void Reports_a_string_into_a_non_null_directive_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($stringVar: String) {
          dog @include(if: $stringVar)
        }
        """,
        new ExpectedError("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void Reports_a_list_of_strings_into_a_list_of_non_null_strings() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
        }
        """,
        new ExpectedError("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));

    [Fact]
    public void Reports_a_nullable_int_with_a_null_default_into_a_non_null_int() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """,
        new ExpectedError("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Accepts_a_non_null_variable_into_a_oneof_input_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($string: String!)
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void Reports_a_nullable_variable_into_a_oneof_input_field() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Query($string: String)
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """,
        new ExpectedError("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (4, 44)));

    [Fact]
    public void Ignores_undefined_variables_and_unknown_positions() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $undefinedVar)
            unknownField(arg: $intVar)
          }
        }
        """);
}
