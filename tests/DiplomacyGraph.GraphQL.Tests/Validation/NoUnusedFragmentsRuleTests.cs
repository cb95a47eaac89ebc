using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void Accepts_fragments_that_are_all_used() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Accepts_fragments_used_by_several_operations() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Reports_fragments_that_are_not_used() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
        }
        fragment Unused2 on Human {
          name
        }
        """,
        new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
        new ExpectedError("Fragment \"Unused2\" is never used.", (24, 1)));

    [Fact]
    public void Reports_unused_fragments_that_spread_each_other_in_a_cycle() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
          ...Unused2
        }
        fragment Unused2 on Human {
          name
          ...Unused1
        }
        """,
        new ExpectedError("Fragment \"Unused1\" is never used.", (21, 1)),
        new ExpectedError("Fragment \"Unused2\" is never used.", (25, 1)));

    [Fact]
    public void Reports_an_unused_fragment_referenced_only_by_another_unused_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }
        fragment foo on Human {
          name
        }
        """,
        new ExpectedError("Fragment \"foo\" is never used.", (6, 1)));

    [Fact]
    public void Accepts_a_fragment_spread_before_its_definition() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment foo on Human {
          name
        }
        query Foo {
          human(id: 4) {
            ...foo
          }
        }
        """);
}
