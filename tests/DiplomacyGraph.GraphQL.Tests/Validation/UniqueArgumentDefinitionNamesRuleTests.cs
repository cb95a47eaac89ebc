using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Field-Arguments</summary>
public sealed class UniqueArgumentDefinitionNamesRuleTests
{
    private static readonly UniqueArgumentDefinitionNamesRule Rule = new();

    [Fact]
    public void Accepts_no_arguments() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          someField: String
        }

        interface SomeInterface {
          someField: String
        }

        directive @someDirective on QUERY
        """);

    [Fact]
    public void Accepts_unique_arguments() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          someField(foo: String, bar: String): String
        }

        extend type SomeObject {
          anotherField(foo: String): String
        }

        interface SomeInterface {
          someField(foo: String, bar: String): String
        }

        directive @someDirective(foo: String, bar: String) on QUERY
        """);

    [Fact]
    public void Reports_duplicate_arguments() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type SomeObject {
          someField(
            foo: String
            bar: String
            foo: String
          ): String
        }

        extend type SomeObject {
          anotherField(
            foo: String
            bar: String
            bar: String
          ): String
        }

        interface SomeInterface {
          someField(
            foo: String
            bar: String
            foo: String
          ): String
        }

        extend interface SomeInterface {
          anotherField(
            foo: String
            bar: String
            bar: String
          ): String
        }

        directive @someDirective(
          foo: String
          bar: String
          foo: String
        ) on QUERY
        """,
        new ExpectedError("Argument \"SomeObject.someField(foo:)\" can only be defined once.", (3, 5), (5, 5)),
        new ExpectedError("Argument \"SomeObject.anotherField(bar:)\" can only be defined once.", (12, 5), (13, 5)),
        new ExpectedError("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", (19, 5), (21, 5)),
        new ExpectedError("Argument \"SomeInterface.anotherField(bar:)\" can only be defined once.", (28, 5), (29, 5)),
        new ExpectedError("Argument \"@someDirective(foo:)\" can only be defined once.", (34, 3), (36, 3)));
}
