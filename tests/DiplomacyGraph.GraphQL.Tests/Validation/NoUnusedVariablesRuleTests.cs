using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-All-Variables-Used</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Accepts_all_variables_used() => ValidationHarness.ExpectValid(
        Rule,
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Accepts_all_variables_used_by_fragments_recursively() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """);

    [Fact]
    public void Accepts_variables_used_by_recursive_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragA
          }
        }
        """);

    [Fact]
    public void Accepts_a_variable_used_only_in_a_directive() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: Boolean) {
          field @skip(if: $a)
        }
        """);

    [Fact]
    public void Reports_a_variable_not_used() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b)
        }
        """,
        new ExpectedError("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Reports_multiple_variables_not_used() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(b: $b)
        }
        """,
        new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Reports_a_variable_not_used_in_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field
        }
        """,
        new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Reports_a_variable_used_only_by_an_unreferenced_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void Reports_a_variable_used_by_a_fragment_of_another_operation() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          ...FragA
        }
        query Bar($a: String) {
          ...FragB
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        new ExpectedError("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));

    [Fact]
    public void Does_not_count_a_variable_used_only_in_its_own_default() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: String = "x", $b: String) {
          field(b: $b)
        }
        """,
        new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)));
}
