using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Accepts_no_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field
        }
        """);

    [Fact]
    public void Accepts_one_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
        }

        fragment fragA on Type {
          field
        }
        """);

    [Fact]
    public void Accepts_many_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
          ...fragB
          ...fragC
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragB on Type {
          fieldB
        }
        fragment fragC on Type {
          fieldC
        }
        """);

    [Fact]
    public void Accepts_inline_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...on Type {
            fieldA
          }
          ...on Type {
            fieldB
          }
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
    public void Reports_fragments_of_the_same_name() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          ...fragA
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        new ExpectedError("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));

    [Fact]
    public void Reports_unused_fragments_of_the_same_name() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        new ExpectedError("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)));
}
