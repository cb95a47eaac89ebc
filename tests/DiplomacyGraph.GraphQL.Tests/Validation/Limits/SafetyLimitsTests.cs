using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.GraphQL.Tests.Validation.Limits;

public sealed class SafetyLimitsTests
{
    [Fact]
    public void Has_documented_defaults()
    {
        var limits = SafetyLimits.Default;

        Assert.Equal(100_000, limits.MaxDocumentLength);
        Assert.Equal(15, limits.MaxDepth);
        Assert.Equal(1_000, limits.MaxCost);
        Assert.Equal(30, limits.MaxAliases);
    }

    [Fact]
    public void Accepts_a_document_at_the_maximum_length() =>
        Assert.Null(new SafetyLimits { MaxDocumentLength = 10 }.CheckDocumentLength("{ a b c d}"));

    [Fact]
    public void Rejects_a_document_longer_than_the_maximum_before_parsing()
    {
        // Not even valid GraphQL: the length is checked first, so the parser never sees it.
        var error = new SafetyLimits { MaxDocumentLength = 10 }.CheckDocumentLength("{ { { { { { {");

        Assert.NotNull(error);
        Assert.Equal("The document is 13 characters long, more than the maximum of 10.", error.Message);
        Assert.Null(error.Locations);
        Assert.Equal(SafetyLimitCodes.DocumentTooLarge, error.Extensions!["code"]);
        Assert.Equal(13L, error.Extensions!["length"]);
    }

    [Fact]
    public void Validation_rules_are_the_specified_rules_then_the_limits()
    {
        var rules = SafetyLimits.Default.CreateValidationRules();

        Assert.Equal(SpecifiedRules.All.Count + 3, rules.Count);
        Assert.Equal(SpecifiedRules.All, rules.Take(SpecifiedRules.All.Count));
        Assert.IsType<MaxDepthRule>(rules[^3]);
        Assert.IsType<MaxCostRule>(rules[^2]);
        Assert.IsType<MaxAliasesRule>(rules[^1]);
    }

    [Fact]
    public void Configured_limits_reach_the_rules()
    {
        var limits = new SafetyLimits { MaxDepth = 2, MaxCost = 2, MaxAliases = 0 };

        var errors = Validator.Validate(
            LimitSchema.Schema,
            Parser.Parse("{ c: countries { capital { name } } }"),
            limits.CreateValidationRules());

        Assert.Equal(
            [SafetyLimitCodes.MaxDepthExceeded, SafetyLimitCodes.MaxCostExceeded, SafetyLimitCodes.MaxAliasesExceeded],
            errors.Select(error => error.Extensions!["code"]));
    }

    [Fact]
    public void The_standard_introspection_shape_passes_every_default_limit()
    {
        var errors = Validator.Validate(
            LimitSchema.Schema,
            Parser.Parse("""
                query IntrospectionQuery {
                  __schema {
                    queryType { name }
                    mutationType { name }
                    subscriptionType { name }
                    types { ...FullType }
                    directives {
                      name
                      description
                      locations
                      args { ...InputValue }
                    }
                  }
                }

                fragment FullType on __Type {
                  kind
                  name
                  description
                  fields(includeDeprecated: true) {
                    name
                    description
                    args { ...InputValue }
                    type { ...TypeRef }
                    isDeprecated
                    deprecationReason
                  }
                  inputFields { ...InputValue }
                  interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) {
                    name
                    description
                    isDeprecated
                    deprecationReason
                  }
                  possibleTypes { ...TypeRef }
                }

                fragment InputValue on __InputValue {
                  name
                  description
                  type { ...TypeRef }
                  defaultValue
                }

                fragment TypeRef on __Type {
                  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
                    kind name ofType { kind name ofType { kind name ofType { kind name } } }
                  } } } }
                }
                """),
            SafetyLimits.Default.CreateValidationRules());

        Assert.Empty(errors);
    }
}
