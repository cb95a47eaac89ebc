using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Accepts_an_object_type() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment validFragment on Dog {
          barks
        }
        """);

    [Fact]
    public void Accepts_an_interface_type() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          name
        }
        """);

    [Fact]
    public void Accepts_an_object_type_on_an_inline_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          ... on Dog {
            barks
          }
        }
        """);

    [Fact]
    public void Accepts_an_inline_fragment_without_a_type_condition() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment validFragment on Pet {
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Accepts_a_union_type() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment validFragment on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Reports_a_scalar_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarFragment on Boolean {
          bad
        }
        """,
        new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void Reports_an_enum_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarFragment on FurColor {
          bad
        }
        """,
        new ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void Reports_an_input_object_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment inputFragment on ComplexInput {
          stringField
        }
        """,
        new ExpectedError("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void Reports_a_scalar_type_on_an_inline_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        new ExpectedError("Fragment cannot condition on non composite type \"String\".", (2, 10)));

    [Fact]
    public void Ignores_unknown_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment unknownFragment on Unknown {
          field
        }
        """);
}
