using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Argument-Uniqueness</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Accepts_no_arguments_on_a_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field
        }
        """);

    [Fact]
    public void Accepts_no_arguments_on_a_directive() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field @directive
        }
        """);

    [Fact]
    public void Accepts_an_argument_on_a_field() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg: "value")
        }
        """);

    [Fact]
    public void Accepts_the_same_argument_on_two_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          one: field(arg: "value")
          two: field(arg: "value")
        }
        """);

    [Fact]
    public void Accepts_the_same_argument_on_a_field_and_a_directive() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg: "value") @directive(arg: "value")
        }
        """);

    [Fact]
    public void Accepts_the_same_argument_on_two_directives() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field @directive1(arg: "value") @directive2(arg: "value")
        }
        """);

    [Fact]
    public void Accepts_multiple_field_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg1: "value", arg2: "value", arg3: "value")
        }
        """);

    [Fact]
    public void Reports_duplicate_field_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(arg1: "value", arg1: "value")
        }
        """,
        new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));

    [Fact]
    public void Reports_many_duplicate_field_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        new ExpectedError("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));

    [Fact]
    public void Reports_duplicate_directive_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field @directive(arg1: "value", arg1: "value")
        }
        """,
        new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));

    [Fact]
    public void Reports_many_duplicate_directive_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field @directive(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        new ExpectedError("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));

    [Fact]
    public void Reports_duplicate_arguments_of_directives_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @deprecated(reason: "a", reason: "b")
        }
        """,
        new ExpectedError("There can be only one argument named \"reason\".", (2, 27), (2, 40)));
}
