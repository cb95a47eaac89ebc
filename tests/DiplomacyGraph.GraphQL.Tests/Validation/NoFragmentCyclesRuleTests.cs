using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Accepts_a_single_reference() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void Accepts_spreading_twice() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { name }
        """);

    [Fact]
    public void Accepts_spreading_twice_indirectly() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { name }
        """);

    [Fact]
    public void Accepts_a_double_spread_within_abstract_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment nameFragment on Pet {
          ... on Dog { name }
          ... on Cat { name }
        }

        fragment spreadsInAnon on Pet {
          ... on Dog { ...nameFragment }
          ... on Cat { ...nameFragment }
        }
        """);

    [Fact]
    public void Ignores_unknown_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment nameFragment on Pet {
          ...UnknownFragment
        }
        """);

    [Fact]
    public void Reports_spreading_itself_directly() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Human { ...fragA }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (1, 27)));

    [Fact]
    public void Reports_spreading_itself_directly_within_an_inline_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself.", (3, 5)));

    [Fact]
    public void Reports_spreading_itself_indirectly() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragA }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)));

    [Fact]
    public void Reports_spreading_itself_indirectly_reported_the_other_way() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragB on Dog { ...fragA }
        fragment fragA on Dog { ...fragB }
        """,
        new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (1, 25), (2, 25)));

    [Fact]
    public void Reports_spreading_itself_indirectly_within_inline_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Pet {
          ... on Dog {
            ...fragB
          }
        }
        fragment fragB on Pet {
          ... on Dog {
            ...fragA
          }
        }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (3, 5), (8, 5)));

    [Fact]
    public void Reports_spreading_itself_deeply() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragO }
        fragment fragX on Dog { ...fragY }
        fragment fragY on Dog { ...fragZ }
        fragment fragZ on Dog { ...fragO }
        fragment fragO on Dog { ...fragP }
        fragment fragP on Dog { ...fragA, ...fragX }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".", (1, 25), (2, 25), (3, 25), (7, 25), (8, 25)),
        new ExpectedError("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".", (7, 25), (8, 35), (4, 25), (5, 25), (6, 25)));

    [Fact]
    public void Reports_spreading_itself_deeply_two_paths() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB, ...fragC }
        fragment fragB on Dog { ...fragA }
        fragment fragC on Dog { ...fragA }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (1, 25), (2, 25)),
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 35), (3, 25)));

    [Fact]
    public void Reports_spreading_itself_deeply_two_paths_alternate_order() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragC }
        fragment fragB on Dog { ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (1, 25), (3, 25)),
        new ExpectedError("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (3, 35), (2, 25)));

    [Fact]
    public void Reports_spreading_itself_deeply_and_immediately() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fragA on Dog { ...fragB }
        fragment fragB on Dog { ...fragB, ...fragC }
        fragment fragC on Dog { ...fragA, ...fragB }
        """,
        new ExpectedError("Cannot spread fragment \"fragB\" within itself.", (2, 25)),
        new ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (1, 25), (2, 35), (3, 25)),
        new ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (2, 35), (3, 35)));
}
