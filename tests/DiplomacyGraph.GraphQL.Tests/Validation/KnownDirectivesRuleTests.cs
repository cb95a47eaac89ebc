using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Directives-Are-Defined</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly KnownDirectivesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithDirectives = new(() => TestSchema.Build("""
        type Query {
          dummy: String
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        """));

    private static readonly Lazy<GraphQLSchema> SchemaWithSdlDirectives = new(() => TestSchema.Build("""
        directive @onSchema on SCHEMA
        directive @onScalar on SCALAR
        directive @onObject on OBJECT
        directive @onFieldDefinition on FIELD_DEFINITION
        directive @onArgumentDefinition on ARGUMENT_DEFINITION
        directive @onInterface on INTERFACE
        directive @onUnion on UNION
        directive @onEnum on ENUM
        directive @onEnumValue on ENUM_VALUE
        directive @onInputObject on INPUT_OBJECT
        directive @onInputFieldDefinition on INPUT_FIELD_DEFINITION
        type Query { dummy: String }
        """));

    [Fact]
    public void Accepts_no_directives() => ValidationHarness.ExpectValidWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        query Foo {
          name
          ...Frag
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void Accepts_standard_directives() => ValidationHarness.ExpectValidWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        {
          human @skip(if: false) {
            name
            pets {
              ... on Dog @include(if: true) {
                name
              }
            }
          }
        }
        """);

    [Fact]
    public void Reports_an_unknown_directive() => ValidationHarness.ExpectErrorsWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        {
          human @unknown(directive: "value") {
            name
          }
        }
        """,
        new ExpectedError("Unknown directive \"@unknown\".", (2, 9)));

    [Fact]
    public void Reports_many_unknown_directives() => ValidationHarness.ExpectErrorsWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        {
          __typename @unknown
          human @unknown {
            name
            pets @unknown {
              name
            }
          }
        }
        """,
        new ExpectedError("Unknown directive \"@unknown\".", (2, 14)),
        new ExpectedError("Unknown directive \"@unknown\".", (3, 9)),
        new ExpectedError("Unknown directive \"@unknown\".", (5, 10)));

    [Fact]
    public void Accepts_well_placed_directives() => ValidationHarness.ExpectValidWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          human @onField {
            ...Frag @onFragmentSpread
            ... @onInlineFragment {
              name @onField
            }
          }
        }

        mutation @onMutation {
          someField @onField
        }

        subscription @onSubscription {
          someField @onField
        }

        fragment Frag on Human @onFragmentDefinition {
          name @onField
        }
        """);

    [Fact]
    public void Reports_misplaced_directives() => ValidationHarness.ExpectErrorsWithSchema(
        SchemaWithDirectives.Value,
        Rule,
        """
        query ($var: Boolean @onQuery) @onMutation {
          human @onQuery {
            ...Frag @onQuery
            ... @onQuery {
              name @onQuery
            }
          }
        }

        mutation @onQuery {
          someField @onQuery
        }

        subscription @onQuery {
          someField @onQuery
        }

        fragment Frag on Human @onQuery {
          name @onQuery
        }
        """,
        new ExpectedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        new ExpectedError("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
        new ExpectedError("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
        new ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
        new ExpectedError("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
        new ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (19, 8)));

    [Fact]
    public void Accepts_well_placed_directives_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        SchemaWithSdlDirectives.Value,
        """
        type MyObj implements MyInterface @onObject {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        extend type MyObj @onObject

        scalar MyScalar @onScalar

        extend scalar MyScalar @onScalar

        interface MyInterface @onInterface {
          myField(myArg: Int @onArgumentDefinition): String @onFieldDefinition
        }

        extend interface MyInterface @onInterface

        union MyUnion @onUnion = MyObj | Other

        extend union MyUnion @onUnion

        enum MyEnum @onEnum {
          MY_VALUE @onEnumValue
        }

        extend enum MyEnum @onEnum

        input MyInput @onInputObject {
          myField: Int @onInputFieldDefinition
        }

        extend input MyInput @onInputObject

        extend schema @onSchema
        """);

    [Fact]
    public void Reports_misplaced_directives_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        SchemaWithSdlDirectives.Value,
        """
        type MyObj implements MyInterface @onInterface {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        scalar MyScalar @onEnum

        interface MyInterface @onObject {
          myField(myArg: Int @onInputFieldDefinition): String @onInputFieldDefinition
        }

        union MyUnion @onEnumValue = MyObj | Other

        enum MyEnum @onScalar {
          MY_VALUE @onUnion
        }

        input MyInput @onEnum {
          myField: Int @onArgumentDefinition
        }

        extend input MyInput {
          extraField: Int @onInputFieldDefinition
        }

        extend schema @onObject
        """,
        new ExpectedError("Directive \"@onInterface\" may not be used on OBJECT.", (1, 35)),
        new ExpectedError("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (2, 22)),
        new ExpectedError("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (2, 55)),
        new ExpectedError("Directive \"@onEnum\" may not be used on SCALAR.", (5, 17)),
        new ExpectedError("Directive \"@onObject\" may not be used on INTERFACE.", (7, 23)),
        new ExpectedError("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (8, 22)),
        new ExpectedError("Directive \"@onInputFieldDefinition\" may not be used on FIELD_DEFINITION.", (8, 55)),
        new ExpectedError("Directive \"@onEnumValue\" may not be used on UNION.", (11, 15)),
        new ExpectedError("Directive \"@onScalar\" may not be used on ENUM.", (13, 13)),
        new ExpectedError("Directive \"@onUnion\" may not be used on ENUM_VALUE.", (14, 12)),
        new ExpectedError("Directive \"@onEnum\" may not be used on INPUT_OBJECT.", (17, 15)),
        new ExpectedError("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (18, 16)),
        new ExpectedError("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (22, 19)),
        new ExpectedError("Directive \"@onObject\" may not be used on SCHEMA.", (25, 15)));

    [Fact]
    public void Accepts_directives_defined_in_the_document_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @test
        }

        directive @test on FIELD_DEFINITION
        """);

    [Fact]
    public void Reports_unknown_directives_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @unknown
        }
        """,
        new ExpectedError("Unknown directive \"@unknown\".", (2, 15)));

    [Fact]
    public void Accepts_standard_directives_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          foo: String @deprecated
        }
        scalar Url @specifiedBy(url: "https://example.com")
        input One @oneOf { a: Int, b: String }
        """);
}
