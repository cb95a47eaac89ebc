using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly UniqueOperationNamesRule Rule = new();

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
    public void Accepts_one_named_operation() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          field
        }
        """);

    [Fact]
    public void Accepts_multiple_operations_of_different_names() => ValidationHarness.ExpectValid(
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
    public void Accepts_operations_of_different_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          field
        }

        mutation Bar {
          field
        }

        subscription Baz {
          field
        }
        """);

    [Fact]
    public void Accepts_a_fragment_and_an_operation_of_the_same_name() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """);

    [Fact]
    public void Reports_multiple_operations_of_the_same_name() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          fieldA
        }
        query Foo {
          fieldB
        }
        """,
        new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));

    [Fact]
    public void Reports_operations_of_the_same_name_and_different_types_mutation() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          fieldA
        }
        mutation Foo {
          fieldB
        }
        """,
        new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 10)));

    [Fact]
    public void Reports_operations_of_the_same_name_and_different_types_subscription() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          fieldA
        }
        subscription Foo {
          fieldB
        }
        """,
        new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (4, 14)));

    [Fact]
    public void Reports_each_repetition_against_the_first() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo { a }
        query Foo { b }
        query Foo { c }
        """,
        new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (2, 7)),
        new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));
}
