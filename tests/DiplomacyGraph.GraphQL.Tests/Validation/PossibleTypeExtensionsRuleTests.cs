using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Object-Extensions</summary>
public sealed class PossibleTypeExtensionsRuleTests
{
    private static readonly PossibleTypeExtensionsRule Rule = new();

    private static readonly Lazy<GraphQLSchema> ExistingSchema = new(() => TestSchema.BuildUnchecked("""
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject
        type Query { f: String }
        """));

    [Fact]
    public void Accepts_no_extensions() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject
        """);

    [Fact]
    public void Accepts_one_extension_per_type() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend scalar FooScalar @dummy
        extend type FooObject @dummy
        extend interface FooInterface @dummy
        extend union FooUnion @dummy
        extend enum FooEnum @dummy
        extend input FooInputObject @dummy
        """);

    [Fact]
    public void Accepts_extensions_before_the_definition() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        extend type FooObject @dummy
        type FooObject
        """);

    [Fact]
    public void Reports_extensions_of_undefined_types() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Known

        extend scalar Unknown @dummy
        extend type Unknown @dummy
        extend interface Unknown @dummy
        extend union Unknown @dummy
        extend enum Unknown @dummy
        extend input Unknown @dummy
        """,
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (3, 15)),
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (4, 13)),
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (5, 18)),
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (6, 14)),
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (7, 13)),
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined. Did you mean \"Known\"?", (8, 14)));

    [Fact]
    public void Suggests_a_similar_type_for_an_extension_of_an_undefined_type() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type FooObject

        extend type FooObjec @dummy
        """,
        new ExpectedError("Cannot extend type \"FooObjec\" because it is not defined. Did you mean \"FooObject\"?", (3, 13)));

    [Fact]
    public void Reports_extensions_of_the_wrong_kind() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        scalar FooScalar
        type FooObject
        interface FooInterface
        union FooUnion
        enum FooEnum
        input FooInputObject

        extend type FooScalar @dummy
        extend interface FooObject @dummy
        extend union FooInterface @dummy
        extend enum FooUnion @dummy
        extend input FooEnum @dummy
        extend scalar FooInputObject @dummy
        """,
        new ExpectedError("Cannot extend non-object type \"FooScalar\".", (1, 1), (8, 1)),
        new ExpectedError("Cannot extend non-interface type \"FooObject\".", (2, 1), (9, 1)),
        new ExpectedError("Cannot extend non-union type \"FooInterface\".", (3, 1), (10, 1)),
        new ExpectedError("Cannot extend non-enum type \"FooUnion\".", (4, 1), (11, 1)),
        new ExpectedError("Cannot extend non-input object type \"FooEnum\".", (5, 1), (12, 1)),
        new ExpectedError("Cannot extend non-scalar type \"FooInputObject\".", (6, 1), (13, 1)));

    [Fact]
    public void Accepts_extensions_of_types_in_the_extended_schema() => ValidationHarness.ExpectValidSdl(
        Rule,
        ExistingSchema.Value,
        """
        extend scalar FooScalar @dummy
        extend type FooObject @dummy
        extend interface FooInterface @dummy
        extend union FooUnion @dummy
        extend enum FooEnum @dummy
        extend input FooInputObject @dummy
        """);

    [Fact]
    public void Reports_extensions_of_the_wrong_kind_of_types_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        extend type FooScalar @dummy
        extend interface FooObject @dummy
        extend union FooInterface @dummy
        extend enum FooUnion @dummy
        extend input FooEnum @dummy
        extend scalar FooInputObject @dummy
        """,
        new ExpectedError("Cannot extend non-object type \"FooScalar\".", (1, 1)),
        new ExpectedError("Cannot extend non-interface type \"FooObject\".", (2, 1)),
        new ExpectedError("Cannot extend non-union type \"FooInterface\".", (3, 1)),
        new ExpectedError("Cannot extend non-enum type \"FooUnion\".", (4, 1)),
        new ExpectedError("Cannot extend non-input object type \"FooEnum\".", (5, 1)),
        new ExpectedError("Cannot extend non-scalar type \"FooInputObject\".", (6, 1)));

    [Fact]
    public void Reports_extensions_of_types_missing_from_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        extend type Unknown @dummy
        extend type FooObjec @dummy
        """,
        new ExpectedError("Cannot extend type \"Unknown\" because it is not defined.", (1, 13)),
        new ExpectedError("Cannot extend type \"FooObjec\" because it is not defined. Did you mean \"FooObject\"?", (2, 13)));
}
