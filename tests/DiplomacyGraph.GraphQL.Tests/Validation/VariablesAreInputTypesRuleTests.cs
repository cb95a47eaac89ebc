using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Accepts_unknown_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: Unknown, $b: [[Unknown!]]!) {
          field(a: $a, b: $b)
        }
        """);

    [Fact]
    public void Accepts_input_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Reports_output_types() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        new ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        new ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        new ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
