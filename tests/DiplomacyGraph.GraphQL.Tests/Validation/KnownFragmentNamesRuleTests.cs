using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Accepts_known_fragment_names() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
            ... {
              name
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
    public void Reports_unknown_fragment_names() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          human(id: 4) {
            ...UnknownFragment1
            ... on Human {
              ...UnknownFragment2
            }
          }
        }
        fragment HumanFields on Human {
          name
          ...UnknownFragment3
        }
        """,
        new ExpectedError("Unknown fragment \"UnknownFragment1\".", (3, 8)),
        new ExpectedError("Unknown fragment \"UnknownFragment2\".", (5, 10)),
        new ExpectedError("Unknown fragment \"UnknownFragment3\".", (11, 6)));
}
