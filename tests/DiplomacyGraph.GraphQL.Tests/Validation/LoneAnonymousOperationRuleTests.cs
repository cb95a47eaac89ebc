using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void Accepts_no_operations() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment fragA on Type {
          field
        }
        """);

    [Fact]
    public void Accepts_one_anonymous_operation() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field
        }
        """);

    [Fact]
    public void Accepts_multiple_named_operations() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          field
        }

        query Bar {
          field
        }
        """);

    [Fact]
    public void Accepts_an_anonymous_operation_with_a_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """);

    [Fact]
    public void Reports_multiple_anonymous_operations() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          fieldA
        }
        {
          fieldB
        }
        """,
        new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
        new ExpectedError("This anonymous operation must be the only defined operation.", (4, 1)));

    [Fact]
    public void Reports_an_anonymous_operation_with_a_mutation() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          fieldA
        }
        mutation Foo {
          fieldB
        }
        """,
        new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Reports_an_anonymous_operation_with_a_subscription() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          fieldA
        }
        subscription Foo {
          fieldB
        }
        """,
        new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));
}
