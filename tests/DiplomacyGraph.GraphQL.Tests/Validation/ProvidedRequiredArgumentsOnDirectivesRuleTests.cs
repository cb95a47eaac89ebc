using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Required-Arguments</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRuleTests
{
    private static readonly ProvidedRequiredArgumentsOnDirectivesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithDirective = new(() => TestSchema.BuildUnchecked("""
        directive @test(arg1: String!, arg2: String! = "") on OBJECT
        type Query { foo: String }
        """));

    [Fact]
    public void Reports_missing_arguments_of_directives_defined_in_the_document() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @test
        }

        directive @test(arg1: String!, arg2: String! = "", arg3: [Int]!) on FIELD_DEFINITION
        """,
        new ExpectedError("Directive \"@test\" argument \"arg1\" of type \"String!\" is required, but it was not provided.", (2, 15)),
        new ExpectedError("Directive \"@test\" argument \"arg3\" of type \"[Int]!\" is required, but it was not provided.", (2, 15)));

    [Fact]
    public void Reports_missing_arguments_of_standard_directives() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        scalar Url @specifiedBy
        type Query {
          foo: String @deprecated
        }
        """,
        new ExpectedError("Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", (1, 12)));

    [Fact]
    public void Reports_missing_arguments_of_directives_of_an_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        SchemaWithDirective.Value,
        """
        extend type Query @test

        extend type Query @test(arg1: "")
        """,
        new ExpectedError("Directive \"@test\" argument \"arg1\" of type \"String!\" is required, but it was not provided.", (1, 19)));

    [Fact]
    public void Ignores_unknown_directives() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @unknown
        }
        """);
}
