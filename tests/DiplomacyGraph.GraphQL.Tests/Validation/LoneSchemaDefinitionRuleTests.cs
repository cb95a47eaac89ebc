using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Schema</summary>
public sealed class LoneSchemaDefinitionRuleTests
{
    private static readonly LoneSchemaDefinitionRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithQuery = new(() => TestSchema.BuildUnchecked("""
        type Query { foo: String }
        """));

    private static readonly Lazy<GraphQLSchema> SchemaWithoutRoots = new(() => TestSchema.BuildUnchecked("""
        type Foo { foo: String }
        """));

    [Fact]
    public void Accepts_no_schema_definition() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String
        }
        """);

    [Fact]
    public void Accepts_one_schema_definition() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo {
          foo: String
        }

        schema {
          query: Foo
        }
        """);

    [Fact]
    public void Reports_multiple_schema_definitions() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Foo {
          foo: String
        }

        schema {
          query: Foo
        }

        schema {
          mutation: Foo
        }

        schema {
          subscription: Foo
        }
        """,
        new ExpectedError("Must provide only one schema definition.", (9, 1)),
        new ExpectedError("Must provide only one schema definition.", (13, 1)));

    [Fact]
    public void Accepts_a_schema_definition_extending_a_schema_without_one() => ValidationHarness.ExpectValidSdl(
        Rule,
        SchemaWithoutRoots.Value,
        """
        schema {
          query: Foo
        }
        """);

    [Fact]
    public void Reports_a_schema_definition_extending_a_schema_with_roots() => ValidationHarness.ExpectSdlErrors(
        Rule,
        SchemaWithQuery.Value,
        """
        schema {
          query: Foo
        }

        type Foo {
          foo: String
        }
        """,
        new ExpectedError("Cannot define a new schema within a schema extension.", (1, 1)));

    [Fact]
    public void Accepts_a_schema_extension_of_a_schema_with_roots() => ValidationHarness.ExpectValidSdl(
        Rule,
        SchemaWithQuery.Value,
        """
        type Foo {
          foo: String
        }

        extend schema @foo
        """);
}
