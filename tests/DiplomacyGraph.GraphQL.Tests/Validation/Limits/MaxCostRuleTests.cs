using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.GraphQL.Tests.Validation.Limits;

public sealed class MaxCostRuleTests
{
    [Fact]
    public void Counts_one_per_field_when_no_page_size_is_given()
    {
        // countries (1) + name (1) + capital (1) + capital.name (1) = 4
        ValidationHarness.ExpectValidWithSchema(LimitSchema.Schema, new MaxCostRule(4), "{ countries { name capital { name } } }");
        ValidationHarness.ExpectErrorsWithSchema(
            LimitSchema.Schema,
            new MaxCostRule(3),
            "{ countries { name capital { name } } }",
            new ExpectedError("The operation costs 4, more than the maximum cost of 3.", (1, 1)));
    }

    [Fact]
    public void Multiplies_a_list_fields_selection_by_its_first_argument()
    {
        // countries (1) + 10 × (name 1 + neighbours (1 + 5 × name 1) = 7) = 71
        var errors = Validate(new MaxCostRule(70), "{ countries(first: 10) { name neighbours(limit: 5) { name } } }");

        ValidationHarness.AssertErrors(
            [new ExpectedError("The operation costs 71, more than the maximum cost of 70.", (1, 1))],
            errors);
        Assert.Equal(SafetyLimitCodes.MaxCostExceeded, errors[0].Extensions!["code"]);
        Assert.Equal(71L, errors[0].Extensions!["cost"]);
        Assert.Equal(70L, errors[0].Extensions!["maxCost"]);
    }

    [Fact]
    public void Does_not_multiply_a_non_list_field_by_a_first_argument() =>
        ValidationHarness.ExpectValidWithSchema(LimitSchema.Schema, new MaxCostRule(2), """{ country(name: "x") { name } }""");

    [Fact]
    public void Takes_a_page_size_from_the_request_variables()
    {
        const string document = "query ($n: Int) { countries(first: $n) { name } }";
        var variables = new Dictionary<string, object?> { ["n"] = 1000L };

        Assert.Empty(Validate(new MaxCostRule(1_001, variables), document));
        Assert.Single(Validate(new MaxCostRule(1_000, variables), document));
    }

    [Fact]
    public void Takes_a_page_size_from_a_variable_default_when_no_value_is_given() => ValidationHarness.ExpectErrorsWithSchema(
        LimitSchema.Schema,
        new MaxCostRule(100),
        "query ($n: Int = 200) { countries(last: $n) { name } }",
        new ExpectedError("The operation costs 201, more than the maximum cost of 100.", (1, 1)));

    [Fact]
    public void Counts_a_fragment_each_time_it_is_spread() => ValidationHarness.ExpectErrorsWithSchema(
        LimitSchema.Schema,
        new MaxCostRule(10),
        """
        {
          a: countries(first: 3) { ...F }
          b: countries(first: 3) { ...F }
        }
        fragment F on Country { name capital { name } }
        """,
        new ExpectedError("The operation costs 20, more than the maximum cost of 10.", (1, 1)));

    [Fact]
    public void Measures_exponentially_repeated_fragments_without_expanding_them()
    {
        // Each level spreads the previous one ten times: 10^8 fields if expanded.
        var document = new System.Text.StringBuilder("{ country { ...L8 } }\nfragment L0 on Country { name }\n");
        for (var level = 1; level <= 8; level++)
        {
            document.Append($"fragment L{level} on Country {{ ");
            for (var copy = 0; copy < 10; copy++)
            {
                document.Append($"...L{level - 1} ");
            }

            document.Append("}\n");
        }

        var errors = Validate(new MaxCostRule(SafetyLimits.Default.MaxCost), document.ToString());

        var error = Assert.Single(errors);
        Assert.Equal(100_000_001L, error.Extensions!["cost"]);
    }

    [Fact]
    public void A_host_estimator_multiplies_an_object_fields_selection_and_sees_coerced_arguments()
    {
        // Country.capital treated as a page of 'first' items (as a connection would be): the estimator reads the
        // argument after coercion, with the variable's value.
        FieldCostEstimator estimator = request => request.Field.Name == "country"
            ? new FieldCost(5, request.Arguments.GetValueOrDefault("name") is "many" ? 100 : 1)
            : null;
        const string document = "query ($n: String) { country(name: $n) { name capital { name } } }";

        // country (5) + 100 × (name 1 + capital (1 + 1)) = 305
        var errors = Validator.Validate(
            LimitSchema.Schema, Parser.Parse(document), [new MaxCostRule(304, new Dictionary<string, object?> { ["n"] = "many" }, estimator)]);
        var cheap = Validator.Validate(
            LimitSchema.Schema, Parser.Parse(document), [new MaxCostRule(8, new Dictionary<string, object?> { ["n"] = "few" }, estimator)]);

        Assert.Equal(305L, Assert.Single(errors).Extensions!["cost"]);
        Assert.Empty(cheap);
    }

    [Fact]
    public void A_host_estimator_can_refuse_a_field_with_its_own_code()
    {
        FieldCostEstimator estimator = request => request.Field.Name == "countries"
            ? new FieldCost(1, 1) { Refusal = new FieldCostRefusal("Too many countries.", "PAGE_SIZE_EXCEEDED") }
            : null;

        var error = Assert.Single(Validate(new MaxCostRule(1_000, null, estimator), "{ countries(first: 3) { name } }"));

        Assert.Equal("Too many countries.", error.Message);
        Assert.Equal("PAGE_SIZE_EXCEEDED", error.Extensions!["code"]);
    }

    [Fact]
    public void Reports_each_operations_cost_to_an_observer()
    {
        var seen = new List<long>();

        Validate(new MaxCostRule(1_000, observer: (_, cost) => seen.Add(cost)), "query A { countries(first: 10) { name } } query B { country { name } }");

        Assert.Equal([11L, 2L], seen);
    }

    [Fact]
    public void The_hosts_hint_follows_the_refusal()
    {
        var limits = SafetyLimits.Default with { MaxCost = 3, MaxCostHint = "Ask for fewer countries." };

        var errors = Validator.Validate(LimitSchema.Schema, Parser.Parse("{ countries { name capital { name } } }"), limits.CreateRules());

        var error = Assert.Single(errors);
        Assert.Equal("The operation costs 4, more than the maximum cost of 3. Ask for fewer countries.", error.Message);
        Assert.Equal(SafetyLimitCodes.MaxCostExceeded, error.Extensions!["code"]);
    }

    private static IReadOnlyList<DiplomacyGraph.GraphQL.Errors.GraphQLError> Validate(IValidationRule rule, string document) =>
        Validator.Validate(LimitSchema.Schema, Parser.Parse(document), [rule]);
}
