using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Argument-Names</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Accepts_a_single_argument() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Accepts_multiple_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
        }
        """);

    [Fact]
    public void Accepts_arguments_in_reverse_order() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment multipleArgsReverseOrder on ComplicatedArgs {
          multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void Accepts_no_arguments_on_optional_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment noArgOnOptionalArg on Dog {
          isHouseTrained
        }
        """);

    [Fact]
    public void Accepts_arguments_deep_in_the_document() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
          human {
            pets {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
          }
        }
        """);

    [Fact]
    public void Accepts_directive_arguments_that_are_known() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog @skip(if: true)
        }
        """);

    [Fact]
    public void Ignores_arguments_of_unknown_fields_and_directives() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          dog {
            unknownField(unknownArg: SIT)
          }
          cat @unknown(unknownArg: 1)
        }
        """);

    [Fact]
    public void Reports_an_undefined_directive_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog @skip(unless: true)
        }
        """,
        new ExpectedError("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)));

    [Fact]
    public void Reports_a_misspelled_directive_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog @skip(iff: true)
        }
        """,
        new ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));

    [Fact]
    public void Reports_an_invalid_argument_name() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(unknown: true)
        }
        """,
        new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));

    [Fact]
    public void Reports_a_misspelled_argument_name() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true)
        }
        """,
        new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Reports_unknown_arguments_amongst_known_ones() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment oneGoodArgOneInvalidArg on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
        }
        """,
        new ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)));

    [Fact]
    public void Reports_unknown_arguments_deep_in_the_document() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pets {
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        new ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));

    [Fact]
    public void Leaves_suggestions_out_when_hidden() => ValidationHarness.ExpectErrorsWithoutSuggestions(
        Rule,
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true)
          name @skip(iff: true)
        }
        """,
        new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        new ExpectedError("Unknown argument \"iff\" on directive \"@skip\".", (3, 14)));
}
