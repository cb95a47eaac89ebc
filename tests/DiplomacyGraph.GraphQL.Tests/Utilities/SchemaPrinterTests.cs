using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>
/// The printed SDL must equal graphql-js 16's printSchema byte for byte; each expected text is
/// graphql-js's output for the same SDL (built with assumeValidSDL, as our builder does).
/// </summary>
public sealed class SchemaPrinterTests
{
    [Fact]
    public void Prints_the_rich_test_schema_as_graphql_js_does()
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read("rich-schema.graphql")).Build();
        Assert.Equal(Fixtures.Read("rich-schema.printed.graphql"), SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Prints_the_introspection_schema_as_graphql_js_does()
    {
        var schema = SchemaBuilder.FromSdl(Fixtures.Read("rich-schema.graphql")).Build();
        Assert.Equal(Fixtures.Read("rich-schema.introspection-schema.graphql"), SchemaPrinter.PrintIntrospectionSchema(schema));
    }

    [Fact]
    public void Prints_types_without_a_schema_definition_when_roots_have_default_names() =>
        AssertPrints(
            "type Query { a: String }",
            "type Query {\n  a: String\n}");

    [Fact]
    public void Prints_the_schema_definition_when_a_root_has_another_name() =>
        AssertPrints(
            "schema { query: Root } type Root { a: String }",
            "schema {\n  query: Root\n}\n\ntype Root {\n  a: String\n}");

    [Fact]
    public void Prints_descriptions_as_block_strings_or_strings_as_graphql_js_does() =>
        AssertPrints(
            "\"\"\"\n  Indented first line\n\"\"\"\ntype Query { \"Has \\\"quotes\\\" and a trailing quote\\\"\" a: String \"\\u0007bell\" b: String c(\"only arg no desc\" x: Int, y: Int = 2): Int }",
            "\"\"\"Indented first line\"\"\"\ntype Query {\n  \"\"\"\n  Has \"quotes\" and a trailing quote\"\n  \"\"\"\n  a: String\n\n  \"\\u0007bell\"\n  b: String\n  c(\n    \"\"\"only arg no desc\"\"\"\n    x: Int\n    y: Int = 2\n  ): Int\n}");

    [Fact]
    public void Prints_long_descriptions_on_their_own_lines() =>
        AssertPrints(
            "\"A description that is longer than seventy characters so it is printed over several lines\" type Query { a: String }",
            "\"\"\"\nA description that is longer than seventy characters so it is printed over several lines\n\"\"\"\ntype Query {\n  a: String\n}");

    [Fact]
    public void Prints_default_values_as_coerced_values_written_back() =>
        AssertPrints(
            "type Query { a(x: [Int] = 1, y: Float = 1.0, z: ID = \"1\", w: ID = \"x1\", v: In = {b: 2}): Int } input In { a: Int = 1 b: Int c: String = null }",
            "type Query {\n  a(x: [Int] = [1], y: Float = 1, z: ID = 1, w: ID = \"x1\", v: In = {a: 1, b: 2, c: null}): Int\n}\n\ninput In {\n  a: Int = 1\n  b: Int\n  c: String = null\n}");

    [Fact]
    public void Prints_a_union_without_members_and_unreferenced_types_in_document_order() =>
        AssertPrints(
            "type Query { a: String } interface I { a: String } type B implements I { a: String } union U",
            "type Query {\n  a: String\n}\n\ninterface I {\n  a: String\n}\n\ntype B implements I {\n  a: String\n}\n\nunion U");

    private static void AssertPrints(string sdl, string expected) =>
        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).AssumeValidSdl().AssumeValid().Build()));
}
