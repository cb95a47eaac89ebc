using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    private static readonly Lazy<GraphQLSchema> DirectiveSchema = new(() => TestSchema.Build("""
        directive @directive on FIELD | FRAGMENT_DEFINITION | OBJECT | SCHEMA | SCALAR
        directive @directiveA on FIELD | FRAGMENT_DEFINITION
        directive @directiveB on FIELD | FRAGMENT_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
        type Query { dummy: String }
        """));

    [Fact]
    public void Accepts_no_directives() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field
        }
        """);

    [Fact]
    public void Accepts_unique_directives_in_different_locations() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type @directiveA {
          field @directiveB
        }
        """);

    [Fact]
    public void Accepts_unique_directives_in_the_same_location() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type @directiveA @directiveB {
          field @directiveA @directiveB
        }
        """);

    [Fact]
    public void Accepts_the_same_directive_in_different_locations() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type @directiveA {
          field @directiveA
        }
        """);

    [Fact]
    public void Accepts_the_same_directive_in_similar_locations() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field @directive
          field @directive
        }
        """);

    [Fact]
    public void Accepts_a_repeatable_directive_in_the_same_location() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type @repeatable @repeatable {
          field @repeatable @repeatable
        }
        """);

    [Fact]
    public void Ignores_unknown_directives() => ValidationHarness.ExpectValidWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field @unknown @unknown @unknown
        }
        """);

    [Fact]
    public void Reports_duplicate_directives_in_one_location() => ValidationHarness.ExpectErrorsWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field @directive @directive
        }
        """,
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));

    [Fact]
    public void Reports_many_duplicate_directives_in_one_location() => ValidationHarness.ExpectErrorsWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field @directive @directive @directive
        }
        """,
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 31)));

    [Fact]
    public void Reports_different_duplicate_directives_in_one_location() => ValidationHarness.ExpectErrorsWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type {
          field @directiveA @directiveB @directiveA @directiveB
        }
        """,
        new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (2, 9), (2, 33)),
        new ExpectedError("The directive \"@directiveB\" can only be used once at this location.", (2, 21), (2, 45)));

    [Fact]
    public void Reports_duplicate_directives_in_many_locations() => ValidationHarness.ExpectErrorsWithSchema(
        DirectiveSchema.Value,
        Rule,
        """
        fragment Test on Type @directive @directive {
          field @directive @directive
        }
        """,
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (1, 23), (1, 34)),
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));

    [Fact]
    public void Reports_duplicate_directives_across_a_type_and_its_extensions_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        directive @nonRepeatable on SCALAR | OBJECT | SCHEMA
        scalar TestScalar @nonRepeatable
        extend scalar TestScalar @nonRepeatable
        type TestObject @nonRepeatable
        extend type TestObject @nonRepeatable
        schema @nonRepeatable { query: TestObject }
        extend schema @nonRepeatable
        """,
        new ExpectedError("The directive \"@nonRepeatable\" can only be used once at this location.", (2, 19), (3, 26)),
        new ExpectedError("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 17), (5, 24)),
        new ExpectedError("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 8), (7, 15)));

    [Fact]
    public void Accepts_repeatable_directives_across_a_type_and_its_extensions_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        directive @repeatable repeatable on SCALAR | OBJECT
        scalar TestScalar @repeatable
        extend scalar TestScalar @repeatable @repeatable
        type TestObject @repeatable
        extend type TestObject @repeatable
        """);

    [Fact]
    public void Reports_duplicate_directives_against_an_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        DirectiveSchema.Value,
        """
        extend type Query @directive
        extend type Query @directive
        extend schema @directive
        extend schema @directive
        """,
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (1, 19), (2, 19)),
        new ExpectedError("The directive \"@directive\" can only be used once at this location.", (3, 15), (4, 15)));
}
