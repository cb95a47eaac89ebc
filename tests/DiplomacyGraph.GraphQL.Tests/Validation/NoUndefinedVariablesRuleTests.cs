using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void Accepts_all_variables_defined_by_the_operation() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Accepts_all_variables_deeply_defined() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) {
            field(b: $b) {
              field(c: $c)
            }
          }
        }
        """);

    [Fact]
    public void Accepts_all_variables_deeply_defined_in_inline_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          ... on Type {
            field(a: $a) {
              field(b: $b) {
                ... on Type {
                  field(c: $c)
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Accepts_all_variables_in_fragments_deeply_defined() => ValidationHarness.ExpectValid(
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
    public void Accepts_variables_used_in_directives_and_default_free_positions() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo($a: Boolean, $b: Int) @onQuery(arg: $b) {
          field @include(if: $a)
        }
        """);

    [Fact]
    public void Reports_a_variable_not_defined() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c, d: $d)
        }
        """,
        new ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Reports_a_variable_not_defined_by_an_anonymous_query() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(a: $a)
        }
        """,
        new ExpectedError("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Reports_multiple_variables_not_defined() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
        new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));

    [Fact]
    public void Reports_a_variable_in_a_fragment_not_defined_by_an_anonymous_query() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        """,
        new ExpectedError("Variable \"$a\" is not defined.", (5, 12), (1, 1)));

    [Fact]
    public void Reports_a_variable_in_a_deep_fragment_not_defined_by_the_operation() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($a: String, $b: String) {
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
        """,
        new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));

    [Fact]
    public void Reports_a_variable_in_a_fragment_used_by_several_operations() => ValidationHarness.ExpectErrors(
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
        new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
        new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (11, 12), (4, 1)));

    [Fact]
    public void Reports_variables_in_fragments_not_defined_by_each_operation() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($b: String) {
          ...FragAB
        }
        query Bar($a: String) {
          ...FragAB
        }
        fragment FragAB on Type {
          field1(a: $a, b: $b)
          ...FragC
          field3(a: $a, b: $b)
        }
        fragment FragC on Type {
          field2(c: $c)
        }
        """,
        new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (8, 13), (1, 1)),
        new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (10, 13), (1, 1)),
        new ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (13, 13), (1, 1)),
        new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (8, 20), (4, 1)),
        new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (10, 20), (4, 1)),
        new ExpectedError("Variable \"$c\" is not defined by operation \"Bar\".", (13, 13), (4, 1)));

    [Fact]
    public void Reports_variables_in_operation_directives_and_variable_default_positions() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo @dir(arg: $x) {
          field(obj: {a: [1, $y]})
        }
        """,
        new ExpectedError("Variable \"$x\" is not defined by operation \"Foo\".", (1, 21), (1, 1)),
        new ExpectedError("Variable \"$y\" is not defined by operation \"Foo\".", (2, 22), (1, 1)));
}
