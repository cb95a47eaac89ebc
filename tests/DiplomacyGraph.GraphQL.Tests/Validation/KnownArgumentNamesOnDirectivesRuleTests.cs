using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Argument-Names</summary>
public sealed class KnownArgumentNamesOnDirectivesRuleTests
{
    private static readonly KnownArgumentNamesOnDirectivesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithDirective = new(() => TestSchema.BuildUnchecked("""
        type Query { foo: String @test(arg: "") }
        directive @test(arg: String) on FIELD_DEFINITION
        """));

    [Fact]
    public void Accepts_known_arguments_of_directives_defined_in_the_document() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @test(arg: "")
        }

        directive @test(arg: String) on FIELD_DEFINITION
        """);

    [Fact]
    public void Ignores_unknown_directives() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @unknown(arg: "")
        }
        """);

    [Fact]
    public void Reports_unknown_arguments_of_directives_defined_in_the_document() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @test(unknown: "")
        }

        directive @test(arg: String) on FIELD_DEFINITION
        """,
        new ExpectedError("Unknown argument \"unknown\" on directive \"@test\".", (2, 21)));

    [Fact]
    public void Reports_misspelled_arguments_of_standard_directives() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @deprecated(reason: "", unknown: "")
        }
        scalar Url @specifiedBy(uri: "x")
        """,
        new ExpectedError("Unknown argument \"unknown\" on directive \"@deprecated\".", (2, 39)),
        new ExpectedError("Unknown argument \"uri\" on directive \"@specifiedBy\". Did you mean \"url\"?", (4, 25)));

    [Fact]
    public void Reports_unknown_arguments_of_directives_of_an_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        SchemaWithDirective.Value,
        """
        extend type Query {
          bar: String @test(arg: "", other: "")
        }
        """,
        new ExpectedError("Unknown argument \"other\" on directive \"@test\".", (2, 30)));
}
