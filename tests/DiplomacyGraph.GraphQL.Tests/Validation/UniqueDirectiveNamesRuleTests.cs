using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Type-System.Directives</summary>
public sealed class UniqueDirectiveNamesRuleTests
{
    private static readonly UniqueDirectiveNamesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> ExistingSchema = new(() => TestSchema.BuildUnchecked("""
        directive @foo on SCHEMA
        type Query { f: String }
        """));

    [Fact]
    public void Accepts_no_directives() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo
        """);

    [Fact]
    public void Accepts_one_directive() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        directive @foo on SCHEMA
        """);

    [Fact]
    public void Accepts_many_directives() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        directive @foo on SCHEMA
        directive @bar on SCHEMA
        directive @baz on SCHEMA
        """);

    [Fact]
    public void Accepts_a_directive_and_a_non_directive_of_the_same_name() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type foo

        directive @foo on SCHEMA
        """);

    [Fact]
    public void Reports_directives_of_the_same_name() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        directive @foo on SCHEMA

        directive @foo on SCHEMA
        """,
        new ExpectedError("There can be only one directive named \"@foo\".", (1, 12), (3, 12)));

    [Fact]
    public void Accepts_a_new_directive_in_an_extension() => ValidationHarness.ExpectValidSdl(
        Rule,
        ExistingSchema.Value,
        """
        directive @bar on SCHEMA
        """);

    [Fact]
    public void Reports_a_directive_already_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        directive @foo on SCHEMA
        """,
        new ExpectedError("Directive \"@foo\" already exists in the schema. It cannot be redefined.", (1, 12)));

    [Fact]
    public void Reports_redefining_a_standard_directive_when_extending() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        directive @skip on SCHEMA
        """,
        new ExpectedError("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (1, 12)));
}
