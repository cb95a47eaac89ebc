using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Types</summary>
public sealed class UniqueTypeNamesRuleTests
{
    private static readonly UniqueTypeNamesRule Rule = new();

    private static readonly Lazy<GraphQLSchema> ExistingSchema = new(() => TestSchema.BuildUnchecked("""
        type Foo { f: String }
        type Query { foo: Foo }
        """));

    [Fact]
    public void Accepts_no_types() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        directive @test on SCHEMA
        """);

    [Fact]
    public void Accepts_one_type() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo
        """);

    [Fact]
    public void Accepts_many_types() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo
        type Bar
        type Baz
        """);

    [Fact]
    public void Accepts_types_named_like_fields_and_directives() => ValidationHarness.ExpectValidSdl(
        Rule,
        schemaToExtend: null,
        """
        type Foo { Foo: String }
        directive @Foo on SCHEMA
        """);

    [Fact]
    public void Reports_types_of_the_same_name_and_any_kind() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        type Foo

        scalar Foo
        type Foo
        interface Foo
        union Foo
        enum Foo
        input Foo
        """,
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (3, 8)),
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (4, 6)),
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (5, 11)),
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (6, 7)),
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (7, 6)),
        new ExpectedError("There can be only one type named \"Foo\".", (1, 6), (8, 7)));

    [Fact]
    public void Accepts_new_types_in_an_extension() => ValidationHarness.ExpectValidSdl(
        Rule,
        ExistingSchema.Value,
        """
        type Bar
        """);

    [Fact]
    public void Reports_types_already_in_the_extended_schema() => ValidationHarness.ExpectSdlErrors(
        Rule,
        ExistingSchema.Value,
        """
        scalar Foo
        type Foo
        interface Foo
        union Foo
        enum Foo
        input Foo
        """,
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (1, 8)),
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (2, 6)),
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (3, 11)),
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (4, 7)),
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (5, 6)),
        new ExpectedError("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (6, 7)));
}
