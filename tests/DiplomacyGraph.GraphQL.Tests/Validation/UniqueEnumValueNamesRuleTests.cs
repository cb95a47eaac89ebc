using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Enums</summary>
public sealed class UniqueEnumValueNamesRuleTests
{
    private static readonly UniqueEnumValueNamesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> ExistingSchema = new(() => TestSchema.BuildUnchecked("""
        type Query { f: SomeEnum }
        enum SomeEnum { FOO }
        """));

    [Fact]
    public void Accepts_no_values() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum
        """);

    [Fact]
    public void Accepts_one_value() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum {
          FOO
        }
        """);

    [Fact]
    public void Accepts_multiple_values() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum {
          FOO
          BAR
        }
        """);

    [Fact]
    public void Reports_duplicate_values_in_a_definition() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum {
          FOO
          BAR
          FOO
        }
        """,
        new ExpectedError("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (4, 3)));

    [Fact]
    public void Accepts_extending_an_enum_with_new_values() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          BAR
        }
        extend enum SomeEnum {
          BAZ
        }
        """);

    [Fact]
    public void Reports_values_duplicated_by_an_extension() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          FOO
        }
        """,
        new ExpectedError("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void Reports_values_duplicated_within_an_extension() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        extend enum SomeEnum {
          FOO
          BAR
          FOO
        }
        """,
        new ExpectedError("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (4, 3)));

    [Fact]
    public void Reports_values_duplicated_across_extensions() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        extend enum SomeEnum {
          FOO
        }
        extend enum SomeEnum {
          FOO
        }
        """,
        new ExpectedError("Enum value \"SomeEnum.FOO\" can only be defined once.", (2, 3), (5, 3)));

    [Fact]
    public void Reports_values_already_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        extend enum SomeEnum {
          FOO
          BAR
        }
        extend enum SomeEnum {
          BAR
        }
        """,
        new ExpectedError("Enum value \"SomeEnum.FOO\" already exists in the schema. It cannot also be defined in this type extension.", (2, 3)),
        new ExpectedError("Enum value \"SomeEnum.BAR\" can only be defined once.", (3, 3), (6, 3)));
}
