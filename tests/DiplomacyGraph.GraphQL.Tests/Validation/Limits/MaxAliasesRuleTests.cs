using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.GraphQL.Tests.Validation.Limits;

public sealed class MaxAliasesRuleTests
{
    [Fact]
    public void Accepts_an_operation_with_the_maximum_number_of_aliases() => ValidationHarness.ExpectValidWithSchema(
        LimitSchema.Schema,
        new MaxAliasesRule(2),
        "{ a: country { n: name } country { name } }");

    [Fact]
    public void Reports_too_many_aliases_counted_through_fragments()
    {
        var errors = Validator.Validate(
            LimitSchema.Schema,
            Parser.Parse("""
                { a: country { ...F } b: country { ...F } }
                fragment F on Country { n: name c: capital { name } }
                """),
            [new MaxAliasesRule(5)]);

        ValidationHarness.AssertErrors(
            [new ExpectedError("The operation uses 6 aliases, more than the maximum of 5.", (1, 1))],
            errors);
        Assert.Equal(SafetyLimitCodes.MaxAliasesExceeded, errors[0].Extensions!["code"]);
    }

    [Fact]
    public void Stops_the_default_limit_from_being_exceeded_by_a_field_asked_for_under_many_names()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 31).Select(i => $"c{i}: countries {{ name }}"));

        ValidationHarness.ExpectErrorsWithSchema(
            LimitSchema.Schema,
            new MaxAliasesRule(SafetyLimits.Default.MaxAliases),
            "{ " + fields + " }",
            new ExpectedError("The operation uses 31 aliases, more than the maximum of 30.", (1, 1)));
    }
}
