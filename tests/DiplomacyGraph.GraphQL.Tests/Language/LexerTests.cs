using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.EqualsSign)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Reads_each_punctuator_without_a_value(string text, TokenKind kind)
    {
        var token = LexOne(text);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(text.Length, token.End);
        Assert.Null(token.Value);
    }

    [Fact]
    public void Starts_at_start_of_file_and_stays_at_end_of_file()
    {
        var lexer = new Lexer(new Source("a"));
        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);

        Assert.Equal(TokenKind.Name, lexer.Advance().Kind);
        var end = lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, end.Kind);
        Assert.Equal((1, 1), (end.Start, end.End));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Peeks_at_the_next_token_without_moving()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();

        Assert.Equal("b", lexer.Peek().Value);
        Assert.Equal("a", lexer.Token.Value);
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("_under_score")]
    [InlineData("CamelCase123")]
    [InlineData("__typename")]
    public void Reads_names(string name)
    {
        var token = LexOne(name);

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(name, token.Value);
    }

    [Fact]
    public void Ends_a_name_at_the_first_character_that_cannot_continue_it()
    {
        var token = LexOne("abc-def");

        Assert.Equal("abc", token.Value);
        Assert.Equal(3, token.End);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Reads_numbers_as_written(string text, TokenKind kind)
    {
        var token = LexOne(text);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 2)]
    public void Rejects_malformed_numbers(string text, string message, int column)
    {
        SyntaxErrorAssert.Throws(() => LexAll(text), message, 1, column);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600\U0001F600")]
    public void Reads_strings_with_escapes_resolved(string text, string value)
    {
        var token = LexOne(text);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot escape half a pair \\uD83D\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    [InlineData("\"surrogate at end \\uD83D", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 19)]
    public void Rejects_malformed_strings(string text, string message, int line, int column)
    {
        SyntaxErrorAssert.Throws(() => LexAll(text), message, line, column);
    }

    [Fact]
    public void Allows_control_characters_inside_strings_as_graphql_js_does()
    {
        Assert.Equal("a\u0007b", LexOne("\"a\u0007b\"").Value);
    }

    [Fact]
    public void Reads_block_strings_with_common_indent_removed()
    {
        var token = LexOne("\"\"\"\n    spans\n      multiple\n    lines\n\n  \"\"\"");

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("spans\n  multiple\nlines", token.Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"  first line keeps its indent\n    the rest loses theirs\"\"\"", "  first line keeps its indent\nthe rest loses theirs")]
    [InlineData("\"\"\"\n \t \n\"\"\"", "")]
    public void Reads_block_strings_as_the_spec_computes_them(string text, string value)
    {
        var token = LexOne(text);

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end quote", "Syntax Error: Unterminated string.", 1, 16)]
    [InlineData("\"\"\"a\nb\n", "Syntax Error: Unterminated string.", 3, 1)]
    public void Rejects_unterminated_block_strings(string text, string message, int line, int column)
    {
        SyntaxErrorAssert.Throws(() => LexAll(text), message, line, column);
    }

    [Fact]
    public void Skips_white_space_commas_comments_and_the_byte_order_mark()
    {
        var token = LexOne("\uFEFF\n\r\n\t  ,,, # a comment\r  # another\n    foo  #tail");

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
    }

    [Fact]
    public void Counts_lines_across_every_line_terminator_for_error_locations()
    {
        SyntaxErrorAssert.Throws(() => LexAll("a\nb\r\nc\rd\n\n  ?"), "Syntax Error: Unexpected character: \"?\".", 6, 3);
    }

    [Fact]
    public void Counts_lines_inside_block_strings_for_error_locations()
    {
        SyntaxErrorAssert.Throws(() => LexAll("\"\"\"\nline\r\nline\r\"\"\"\n  ?"), "Syntax Error: Unexpected character: \"?\".", 5, 3);
    }

    [Theory]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1)]
    [InlineData("\u200B", "Syntax Error: Unexpected character: U+200B.", 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1)]
    [InlineData("\u00A0", "Syntax Error: Unexpected character: U+00A0.", 1)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("a ~", "Syntax Error: Unexpected character: \"~\".", 3)]
    public void Reports_unexpected_characters_as_graphql_js_prints_them(string text, string message, int column)
    {
        SyntaxErrorAssert.Throws(() => LexAll(text), message, 1, column);
    }

    [Fact]
    public void Reports_an_unpaired_surrogate_as_an_invalid_character()
    {
        SyntaxErrorAssert.Throws(() => LexAll("\uDEAD"), "Syntax Error: Invalid character: U+DEAD.", 1, 1);
        SyntaxErrorAssert.Throws(() => LexAll("\uD83D x"), "Syntax Error: Invalid character: U+D83D.", 1, 1);
    }

    [Fact]
    public void Reports_an_unpaired_surrogate_inside_a_block_string()
    {
        SyntaxErrorAssert.Throws(() => LexAll("\"\"\"a\uDEADb\"\"\""), "Syntax Error: Invalid character within String: U+DEAD.", 1, 5);
    }

    [Fact]
    public void Describes_tokens_as_graphql_js_error_messages_do()
    {
        Assert.Equal("Name \"id\"", LexOne("id").ToString());
        Assert.Equal("\"{\"", LexOne("{").ToString());
        Assert.Equal("\"...\"", LexOne("...").ToString());
        Assert.Equal("<EOF>", LexOne("").ToString());
        Assert.Equal("BlockString \"b\"", LexOne("\"\"\"b\"\"\"").ToString());
    }

    private static Token LexOne(string text)
    {
        var lexer = new Lexer(new Source(text));
        return lexer.Advance();
    }

    private static void LexAll(string text)
    {
        var lexer = new Lexer(new Source(text));
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
        }
    }
}
