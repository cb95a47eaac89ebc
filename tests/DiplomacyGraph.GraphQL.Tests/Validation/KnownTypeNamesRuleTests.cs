using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> SchemaWithoutStandardScalars = new(() => TestSchema.Build("""
        type Query {
          foo: String
        }
        """));

    private static readonly Lazy<GraphQLSchema> ExtendedSchema = new(() => TestSchema.Build("""
        scalar SomeScalar
        type Query { foo: String }
        """));

    [Fact]
    public void Accepts_known_type_names() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo(
          $var: String
          $required: [Int!]!
          $introspectionType: __EnumValue
        ) {
          user(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }

        fragment PetFields on Pet {
          name
        }
        """);

    [Fact]
    public void Reports_unknown_type_names_with_suggestions() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo($var: [JumbledUpLetters!]!) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        new ExpectedError("Unknown type \"JumbledUpLetters\".", (1, 18)),
        new ExpectedError("Unknown type \"Badger\".", (4, 19)),
        new ExpectedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));

    [Fact]
    public void Reports_unknown_type_names_without_suggestions_when_hidden() => ValidationHarness.ExpectErrorsWithoutSuggestions(
        Rule,
        """
        query Foo($var: [JumbledUpLetters!]!) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        new ExpectedError("Unknown type \"JumbledUpLetters\".", (1, 18)),
        new ExpectedError("Unknown type \"Badger\".", (4, 19)),
        new ExpectedError("Unknown type \"Peat\".", (7, 23)));

    [Fact]
    public void References_to_standard_scalars_that_are_missing_in_the_schema_are_reported() => ValidationHarness.ExpectErrorsWithSchema(
        SchemaWithoutStandardScalars.Value,
        Rule,
        """
        query ($id: ID, $float: Float, $int: Int) {
          __typename
        }
        """,
        new ExpectedError("Unknown type \"ID\".", (1, 13)),
        new ExpectedError("Unknown type \"Float\".", (1, 25)),
        new ExpectedError("Unknown type \"Int\".", (1, 38)));

    [Fact]
    public void Ignores_type_definitions_in_an_executable_document() => ValidationHarness.ExpectErrors(
        Rule,
        """
        type NotInTheSchema {
          field: FooBar
        }
        interface FooBar {
          field: NotInTheSchema
        }
        union U = A | B
        input Blob {
          field: UnknownType
        }
        query Foo($var: NotInTheSchema) {
          user(id: $var) {
            id
          }
        }
        """,
        new ExpectedError("Unknown type \"A\". Did you mean \"U\"?", (7, 11)),
        new ExpectedError("Unknown type \"B\". Did you mean \"U\"?", (7, 15)),
        new ExpectedError("Unknown type \"UnknownType\".", (9, 10)));

    [Fact]
    public void Reports_unknown_types_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type A {
          field: Unknown
          other: [Strin!]
        }
        extend type A implements Mamal
        union U = Dgo
        input I { x: Foo = 1 }
        directive @d(arg: Bar) on FIELD
        schema { query: Quer }
        """,
        new ExpectedError("Unknown type \"Unknown\".", (2, 10)),
        new ExpectedError("Unknown type \"Strin\". Did you mean \"String\"?", (3, 11)),
        new ExpectedError("Unknown type \"Mamal\".", (5, 26)),
        new ExpectedError("Unknown type \"Dgo\".", (6, 11)),
        new ExpectedError("Unknown type \"Foo\".", (7, 14)),
        new ExpectedError("Unknown type \"Bar\". Did you mean \"A\"?", (8, 19)),
        new ExpectedError("Unknown type \"Quer\".", (9, 17)));

    [Fact]
    public void Accepts_standard_scalars_and_introspection_types_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Query {
          id: ID
          name: String
          count: Int
          ratio: Float
          flag: Boolean
          schema: __Schema
        }
        """);

    [Fact]
    public void Accepts_types_of_an_extended_schema_in_sdl() => ValidationHarness.ExpectValidSdl(
        Rule,
        ExtendedSchema.Value,
        """
        type NewType { query: Query, scalar: SomeScalar }
        extend type Query { newField: NewType }
        """);

    [Fact]
    public void Reports_types_unknown_to_an_extended_schema_in_sdl() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExtendedSchema.Value,
        """
        type NewType { query: Queries, scalar: SomeScalr }
        """,
        new ExpectedError("Unknown type \"Queries\". Did you mean \"Query\"?", (1, 23)),
        new ExpectedError("Unknown type \"SomeScalr\". Did you mean \"SomeScalar\"?", (1, 40)));
}
