using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.GraphQL.Tests.Validation.Limits;

public sealed class MaxDepthRuleTests
{
    [Fact]
    public void Accepts_an_operation_exactly_at_the_maximum_depth() => ValidationHarness.ExpectValidWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(3),
        """
        { country { capital { name } } }
        """);

    [Fact]
    public void Reports_an_operation_one_level_too_deep_with_its_depth_and_code()
    {
        var errors = Validate(new MaxDepthRule(3), """
            query Deep {
              country { capital { country { name } } }
            }
            """);

        ValidationHarness.AssertErrors(
            [new ExpectedError("The operation is nested 4 fields deep, more than the maximum depth of 3.", (1, 1))],
            errors);
        Assert.Equal(SafetyLimitCodes.MaxDepthExceeded, errors[0].Extensions!["code"]);
        Assert.Equal(4L, errors[0].Extensions!["depth"]);
        Assert.Equal(3L, errors[0].Extensions!["maxDepth"]);
    }

    [Fact]
    public void Counts_depth_through_fragments_and_inline_fragments() => ValidationHarness.ExpectErrorsWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(3),
        """
        { country { ...C } }
        fragment C on Country { ... on Country { capital { country { name } } } }
        """,
        new ExpectedError("The operation is nested 4 fields deep, more than the maximum depth of 3.", (1, 1)));

    [Fact]
    public void Reports_each_operation_that_is_too_deep_and_only_those() => ValidationHarness.ExpectErrorsWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(2),
        """
        query Shallow { country { name } }
        query Deep { country { capital { name } } }
        """,
        new ExpectedError("The operation is nested 3 fields deep, more than the maximum depth of 2.", (2, 1)));

    [Fact]
    public void Stops_a_cyclic_introspection_query_at_the_default_limit() => ValidationHarness.ExpectErrorsWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(SafetyLimits.Default.MaxDepth),
        """
        {
          __type(name: "Country") {
            fields { type { fields { type { fields { type { fields { type {
              fields { type { fields { type { fields { type { fields { name } } } } } } }
            } } } } } } } }
          }
        }
        """,
        new ExpectedError("The operation is nested 17 fields deep, more than the maximum depth of 15.", (1, 1)));

    [Fact]
    public void Accepts_ofType_chains_deeper_than_the_standard_introspection_query() => ValidationHarness.ExpectValidWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(SafetyLimits.Default.MaxDepth),
        """
        {
          __schema {
            types {
              fields(includeDeprecated: true) {
                args {
                  type { ...TypeRef }
                }
                type { ...TypeRef }
              }
            }
          }
        }

        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
            kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType {
              kind name ofType { kind name ofType { kind name }
            } } } } } } } } } }
          }
        }
        """);

    [Fact]
    public void Does_not_loop_on_fragments_that_spread_themselves() => ValidationHarness.ExpectValidWithSchema(
        LimitSchema.Schema,
        new MaxDepthRule(5),
        """
        { country { ...A } }
        fragment A on Country { capital { country { ...A } } }
        """);

    private static IReadOnlyList<DiplomacyGraph.GraphQL.Errors.GraphQLError> Validate(IValidationRule rule, string document) =>
        Validator.Validate(LimitSchema.Schema, Parser.Parse(document), [rule]);
}
