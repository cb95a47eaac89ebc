using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Fact]
    public void Removes_common_indent_from_all_lines_but_the_first()
    {
        Assert.Equal(
            "  Hello,\nWorld!\n\nYours,\n  GraphQL.",
            BlockString.DedentLines(["  Hello,", "    World!", "", "    Yours,", "      GraphQL."]));
    }

    [Fact]
    public void Removes_leading_and_trailing_blank_lines()
    {
        Assert.Equal(
            "Hello,\n  World!\n\nYours,\n  GraphQL.",
            BlockString.DedentLines(["", "   ", "", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", "", " ", ""]));
    }

    [Fact]
    public void Ignores_blank_lines_when_measuring_indent()
    {
        Assert.Equal("a\n\nb", BlockString.DedentLines(["", "      a", " ", "      b", ""]));
    }

    [Fact]
    public void Treats_tabs_as_indentation()
    {
        Assert.Equal("a\n\tb", BlockString.DedentLines(["", "\ta", "\t\tb"]));
    }

    [Fact]
    public void Gives_an_empty_string_for_blank_lines_only()
    {
        Assert.Equal("", BlockString.DedentLines(["  ", "", "\t"]));
        Assert.Equal("", BlockString.DedentLines([]));
    }

    [Fact]
    public void Keeps_the_first_lines_own_indentation()
    {
        Assert.Equal("  first\nsecond", BlockString.DedentLines(["  first", "    second"]));
    }

    // Expected outputs below are graphql-js 16.15's printBlockString of the same values.
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    [InlineData("  indented first\nplain", "\"\"\"\n  indented first\nplain\n\"\"\"")]
    [InlineData("carriage\r\nreturn", "\"\"\"\ncarriage\r\nreturn\n\"\"\"")]
    [InlineData("a line of exactly seventy-one characters, which is over the limit!!!!!!", "\"\"\"\na line of exactly seventy-one characters, which is over the limit!!!!!!\n\"\"\"")]
    public void Prints_block_strings_as_graphql_js_does(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain text", true)]
    [InlineData("two\nlines", true)]
    [InlineData("  indented only line", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("trailing blank line\n  ", false)]
    [InlineData("  common\n  indent", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("control \u0001", false)]
    [InlineData("tab\tinside", true)]
    public void Knows_which_values_survive_a_round_trip_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintable(value));
    }
}
