using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Required-Arguments</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ProvidedRequiredArgumentsRule Rule = new();

    [Fact]
    public void Ignores_unknown_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained(unknownArgument: true)
          }
        }
        """);

    [Fact]
    public void Accepts_an_argument_on_an_optional_argument() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
        """);

    [Fact]
    public void Accepts_no_argument_on_an_optional_argument() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            isHouseTrained
          }
        }
        """);

    [Fact]
    public void Accepts_no_argument_on_a_non_null_argument_with_a_default() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            nonNullFieldWithDefault
          }
        }
        """);

    [Fact]
    public void Accepts_multiple_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
        """);

    [Fact]
    public void Accepts_multiple_arguments_in_reverse_order() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void Accepts_no_arguments_on_multiple_optional_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleOpts
          }
        }
        """);

    [Fact]
    public void Accepts_one_of_multiple_optional_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleOpts(opt1: 1)
          }
        }
        """);

    [Fact]
    public void Accepts_all_required_and_optional_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
        """);

    [Fact]
    public void Reports_a_missing_single_non_null_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
        """,
        new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Reports_multiple_missing_non_null_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs
          }
        }
        """,
        new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Reports_a_missing_argument_among_incorrect_ones() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Ignores_unknown_directives() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog @unknown
        }
        """);

    [Fact]
    public void Accepts_directives_with_their_required_arguments() => ValidationHarness.ExpectValid(
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
    public void Reports_directives_missing_required_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog @include {
            name @skip
          }
        }
        """,
        new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        new ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));

    [Fact]
    public void Reports_missing_arguments_after_deeper_errors() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs @include {
              __typename
            }
          }
        }
        """,
        new ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 18)),
        new ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        new ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
}
