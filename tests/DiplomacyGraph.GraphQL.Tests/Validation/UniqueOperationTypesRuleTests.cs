using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Root-Operation-Types</summary>
public sealed class UniqueOperationTypesRuleTests
{
    private static readonly UniqueOperationTypesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithRoots = new(() => TestSchema.BuildUnchecked("""
        type Foo
        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """));

    private static readonly Lazy<GraphQLSchema> SchemaWithoutRoots = new(() => TestSchema.BuildUnchecked("""
        type Foo { f: String }
        """));

    [Fact]
    public void Accepts_no_schema_definition() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo
        """);

    [Fact]
    public void Accepts_a_schema_definition_with_all_types() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """);

    [Fact]
    public void Accepts_a_schema_definition_and_extension_with_all_types() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo

        schema { query: Foo }

        extend schema {
          mutation: Foo
          subscription: Foo
        }
        """);

    [Fact]
    public void Reports_duplicate_operation_types() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo

          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        new ExpectedError("There can be only one query type in schema.", (4, 3), (8, 3)),
        new ExpectedError("There can be only one mutation type in schema.", (5, 3), (9, 3)),
        new ExpectedError("There can be only one subscription type in schema.", (6, 3), (10, 3)));

    [Fact]
    public void Reports_duplicate_operation_types_across_schema_extensions() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Foo

        schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }

        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }

        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """,
        new ExpectedError("There can be only one query type in schema.", (4, 3), (10, 3)),
        new ExpectedError("There can be only one mutation type in schema.", (5, 3), (11, 3)),
        new ExpectedError("There can be only one subscription type in schema.", (6, 3), (12, 3)),
        new ExpectedError("There can be only one query type in schema.", (4, 3), (16, 3)),
        new ExpectedError("There can be only one mutation type in schema.", (5, 3), (17, 3)),
        new ExpectedError("There can be only one subscription type in schema.", (6, 3), (18, 3)));

    [Fact]
    public void Accepts_operation_types_added_to_a_schema_without_them() => ValidationHarness.ExpectValidSdl(
        Rule,
        SchemaWithoutRoots.Value,
        """
        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }
        """);

    [Fact]
    public void Reports_operation_types_already_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        SchemaWithRoots.Value,
        """
        extend schema {
          query: Foo
          mutation: Foo
          subscription: Foo
        }

        extend schema {
          query: Foo
        }
        """,
        new ExpectedError("Type for query already defined in the schema. It cannot be redefined.", (2, 3)),
        new ExpectedError("Type for mutation already defined in the schema. It cannot be redefined.", (3, 3)),
        new ExpectedError("Type for subscription already defined in the schema. It cannot be redefined.", (4, 3)),
        new ExpectedError("Type for query already defined in the schema. It cannot be redefined.", (8, 3)));
}
