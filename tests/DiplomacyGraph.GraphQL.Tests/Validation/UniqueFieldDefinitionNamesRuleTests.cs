using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Objects</summary>
public sealed class UniqueFieldDefinitionNamesRuleTests
{
    private static readonly UniqueFieldDefinitionNamesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> ExistingSchema = new(() => TestSchema.BuildUnchecked("""
        type SomeObject { foo: String }
        interface SomeInterface { foo: String }
        input SomeInputObject { foo: String }
        type Query { o: SomeObject }
        """));

    [Fact]
    public void Accepts_no_fields() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject
        interface SomeInterface
        input SomeInputObject
        """);

    [Fact]
    public void Accepts_one_field() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          foo: String
        }

        interface SomeInterface {
          foo: String
        }

        input SomeInputObject {
          foo: String
        }
        """);

    [Fact]
    public void Reports_duplicate_fields_inside_a_type() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          foo: String
          bar: String
          foo: String
        }

        interface SomeInterface {
          foo: String
          bar: String
          foo: String
        }

        input SomeInputObject {
          foo: String
          bar: String
          foo: String
        }
        """,
        new ExpectedError("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (4, 3)),
        new ExpectedError("Field \"SomeInterface.foo\" can only be defined once.", (8, 3), (10, 3)),
        new ExpectedError("Field \"SomeInputObject.foo\" can only be defined once.", (14, 3), (16, 3)));

    [Fact]
    public void Accepts_extensions_with_new_fields() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          foo: String
        }
        extend type SomeObject {
          bar: String
        }
        interface SomeInterface {
          foo: String
        }
        extend interface SomeInterface {
          bar: String
        }
        input SomeInputObject {
          foo: String
        }
        extend input SomeInputObject {
          bar: String
        }
        """);

    [Fact]
    public void Reports_fields_duplicated_by_extensions() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          foo: String
        }
        extend type SomeObject {
          foo: String
        }
        interface SomeInterface {
          foo: String
        }
        extend interface SomeInterface {
          foo: String
        }
        input SomeInputObject {
          foo: String
        }
        extend input SomeInputObject {
          foo: String
        }
        """,
        new ExpectedError("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)),
        new ExpectedError("Field \"SomeInterface.foo\" can only be defined once.", (8, 3), (11, 3)),
        new ExpectedError("Field \"SomeInputObject.foo\" can only be defined once.", (14, 3), (17, 3)));

    [Fact]
    public void Reports_fields_duplicated_across_extensions() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        extend type SomeObject {
          foo: String
        }
        extend type SomeObject {
          foo: String
        }
        """,
        new ExpectedError("Field \"SomeObject.foo\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void Reports_fields_already_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        extend type SomeObject {
          foo: String
        }
        extend interface SomeInterface {
          foo: String
        }
        extend input SomeInputObject {
          foo: String
        }
        """,
        new ExpectedError("Field \"SomeObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
        new ExpectedError("Field \"SomeInterface.foo\" already exists in the schema. It cannot also be defined in this type extension.", (5, 3)),
        new ExpectedError("Field \"SomeInputObject.foo\" already exists in the schema. It cannot also be defined in this type extension.", (8, 3)));
}
