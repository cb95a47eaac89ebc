using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Variable-Uniqueness</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Accepts_unique_variable_names() => ValidationHarness.ExpectValid(
        Rule,
        """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Reports_duplicate_variable_names() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        query C($x: Int, $x: Int) { __typename }
        """,
        new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        new ExpectedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
        new ExpectedError("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
}
