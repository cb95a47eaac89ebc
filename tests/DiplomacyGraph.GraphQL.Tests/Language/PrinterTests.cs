using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void Prints_the_executable_kitchen_sink_exactly_as_graphql_js_does()
    {
        Assert.Equal(KitchenSink.ExecutableDocumentPrinted, Printer.Print(Parser.Parse(KitchenSink.ExecutableDocument)));
    }

    [Fact]
    public void Prints_the_schema_kitchen_sink_exactly_as_graphql_js_does()
    {
        Assert.Equal(KitchenSink.SchemaDocumentPrinted, Printer.Print(Parser.Parse(KitchenSink.SchemaDocument)));
    }

    [Theory]
    [InlineData(KitchenSink.ExecutableDocument)]
    [InlineData(KitchenSink.SchemaDocument)]
    public void Prints_the_same_text_again_after_reparsing_its_output(string document)
    {
        var printed = Printer.Print(Parser.Parse(document));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    // Expected texts below are graphql-js 16.15's print of the same documents.
    [Theory]
    [InlineData(72, "{\n  f(a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\n}")]
    [InlineData(73, "{\n  f(\n    a: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n  )\n}")]
    public void Puts_field_arguments_on_their_own_lines_past_80_characters(int valueLength, string expected)
    {
        var document = "{ f(a: \"" + new string('x', valueLength) + "\") }";

        Assert.Equal(expected, Printer.Print(Parser.Parse(document)));
    }

    [Fact]
    public void Indents_block_strings_with_the_selection_they_sit_in()
    {
        var printed = Printer.Print(Parser.Parse("{ a { b { c(x: \"\"\"l1\n  l2\"\"\") } } }"));

        Assert.Equal("{\n  a {\n    b {\n      c(x: \"\"\"\n      l1\n      l2\n      \"\"\")\n    }\n  }\n}", printed);
    }

    [Fact]
    public void Prints_nodes_built_in_code_without_locations()
    {
        var field = new FieldNode(
            new NameNode("first"),
            new NameNode("countries"),
            [new ArgumentNode(new NameNode("region"), new EnumValueNode("ASIA"))],
            [new DirectiveNode(new NameNode("include"), [new ArgumentNode(new NameNode("if"), new VariableNode(new NameNode("all")))])],
            new SelectionSetNode([new FieldNode(null, new NameNode("name"), [], [], null)]));

        Assert.Equal("first: countries(region: ASIA) @include(if: $all) {\n  name\n}", Printer.Print(field));
    }

    [Fact]
    public void Prints_type_references_and_values_on_their_own()
    {
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[ [ Int ! ] ]!")));
        Assert.Equal("{a: [1, 2.5, \"s\", true, null, E, $v], b: {}}", Printer.Print(Parser.ParseValue("{a:[1 2.5 \"s\" true null E $v] b:{}}")));
    }

    [Fact]
    public void Prints_an_anonymous_query_with_variables_in_full()
    {
        Assert.Equal("query ($a: Int) {\n  f(a: $a)\n}", Printer.Print(Parser.Parse("query($a:Int){f(a:$a)}")));
        Assert.Equal("query @d {\n  f\n}", Printer.Print(Parser.Parse("query @d {f}")));
        Assert.Equal("{\n  f\n}", Printer.Print(Parser.Parse("query {f}")));
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and backslash \\", "\"quote \\\" and backslash \\\\\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    [InlineData("\u0000\u0001\u000B\u001F", "\"\\u0000\\u0001\\u000B\\u001F\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    [InlineData("\u00E9 \U0001F600 /", "\"\u00E9 \U0001F600 /\"")]
    public void Prints_strings_with_graphql_js_escapes(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
    }
}
