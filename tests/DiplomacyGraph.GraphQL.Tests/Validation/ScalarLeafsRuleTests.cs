using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Accepts_a_valid_scalar_selection() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment scalarSelection on Dog {
          barks
        }
        """);

    [Fact]
    public void Reports_an_object_type_missing_a_selection() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """,
        new ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Reports_an_interface_type_missing_a_selection() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          human { pets }
        }
        """,
        new ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));

    [Fact]
    public void Accepts_a_valid_scalar_selection_with_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment scalarSelectionWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Reports_a_selection_on_a_boolean() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog {
          barks { sinceWhen }
        }
        """,
        new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));

    [Fact]
    public void Reports_a_selection_on_an_enum() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedOnEnum on Cat {
          furColor { inHexDec }
        }
        """,
        new ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));

    [Fact]
    public void Reports_a_selection_on_a_scalar_with_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """,
        new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)));

    [Fact]
    public void Reports_a_selection_on_a_scalar_with_directives() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedWithDirectives on Dog {
          name @include(if: true) { isAlsoHumanName }
        }
        """,
        new ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27)));

    [Fact]
    public void Reports_a_selection_on_a_scalar_with_directives_and_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
          doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
        }
        """,
        new ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));

    [Fact]
    public void Reports_a_list_of_objects_missing_a_selection() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          human { relatives }
        }
        """,
        new ExpectedError("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 11)));

    [Fact]
    public void Ignores_unknown_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          unknownField
          dog { unknownField { a } }
        }
        """);
}
