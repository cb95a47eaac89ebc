using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Tests.Language;

/// <summary>
/// Differential cases against the reference implementation: each expected message, line, column
/// and printed text below is what graphql-js 16.15 (<c>parse</c>, then <c>print</c>) gives for the
/// same document, captured by running it under Node.
/// </summary>
public class GraphQLJsDifferentialTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData(" ", "Syntax Error: Unexpected <EOF>.", 1, 2)]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("}", "Syntax Error: Unexpected \"}\".", 1, 1)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a(: 1) }", "Syntax Error: Expected Name, found \":\".", 1, 5)]
    [InlineData("{ a(b 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on { a } }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query ($a: Int = {x: $y}) { a }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 22)]
    [InlineData("notAnOperation { a }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("query Q ( ) { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 11)]
    [InlineData("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: {c 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(b: {c: 1, d}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
    [InlineData("{ a(b: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{ a(b: \"line\nbreak\") }", "Syntax Error: Unterminated string.", 1, 13)]
    [InlineData("{ a(b: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(b: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD800\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(b: \"\\uDC00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 9)]
    [InlineData("{ a(b: \"\"\"unterminated }", "Syntax Error: Unterminated string.", 1, 25)]
    [InlineData("{ a(b: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 1.e5) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 10)]
    [InlineData("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11)]
    [InlineData("{ a(b: 12abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10)]
    [InlineData("{ a(b: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(b: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(b: 0x10) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(b: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8)]
    [InlineData("{ a(b: 'single') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a \u00E9 }", "Syntax Error: Unexpected character: U+00E9.", 1, 5)]
    [InlineData("{ a \uD83D\uDE00 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("{ ..a }", "Syntax Error: Unexpected character: \".\".", 1, 3)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("type T { f: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type T implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { \"desc\" false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 17)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = | ", "Syntax Error: Expected Name, found <EOF>.", 1, 13)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"\"\"desc\"\"\" \"again\" type T", "Syntax Error: Unexpected String \"again\".", 1, 12)]
    [InlineData("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("input I { f: Int = }", "Syntax Error: Unexpected \"}\".", 1, 20)]
    [InlineData("input I { f(a: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("scalar S @", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("scalar S @d(", "Syntax Error: Expected Name, found <EOF>.", 1, 13)]
    [InlineData("type T { f: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("type T { f: Int! ! }", "Syntax Error: Expected Name, found \"!\".", 1, 18)]
    [InlineData("query Q { a } garbage", "Syntax Error: Unexpected Name \"garbage\".", 1, 15)]
    [InlineData("{ a } { b } fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 21)]
    [InlineData("subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("mutation M", "Syntax Error: Expected \"{\", found <EOF>.", 1, 11)]
    [InlineData("{\r\n a\r\n b(c: \r\n) }", "Syntax Error: Unexpected \")\".", 4, 1)]
    [InlineData("{\r a(\r b: ?) }", "Syntax Error: Unexpected character: \"?\".", 3, 5)]
    [InlineData("type T { f: Int } extend type T @d(a: $x)", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 39)]
    [InlineData("query ($v: Int @d(a: $x)) { a }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 22)]
    [InlineData("{ alias: alias2: f }", "Syntax Error: Expected Name, found \":\".", 1, 16)]
    [InlineData("{ f @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ f @d( }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f @d(a: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("{ a } \"dangling\"", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("query \"late\" Q { a }", "Syntax Error: Expected \"{\", found String \"late\".", 1, 7)]
    public void Reports_the_same_syntax_error_as_graphql_js(string document, string message, int line, int column)
    {
        SyntaxErrorAssert.ParseThrows(document, message, line, column);
    }

    // Unpaired surrogates cannot travel through xunit's theory data (it re-encodes them), so these
    // three differential cases are facts.
    [Fact]
    public void Reports_an_unpaired_surrogate_outside_a_string_as_an_invalid_character()
    {
        SyntaxErrorAssert.ParseThrows("{ a \uD83D }", "Syntax Error: Invalid character: U+D83D.", 1, 5);
    }

    [Fact]
    public void Reports_an_unpaired_surrogate_inside_a_string_as_an_invalid_character_within_string()
    {
        SyntaxErrorAssert.ParseThrows("{ a(b: \"\uD83D\") }", "Syntax Error: Invalid character within String: U+D83D.", 1, 9);
    }

    [Fact]
    public void Ends_a_comment_at_an_unpaired_surrogate_and_reports_it()
    {
        SyntaxErrorAssert.ParseThrows("# c \uD800 x\n{ a }", "Syntax Error: Invalid character: U+D800.", 1, 5);
    }

    [Theory]
    [InlineData("query Q @dir(a: $x) { a }", "query Q @dir(a: $x) {\n  a\n}")]
    [InlineData("{ a(b: \"\u0007 ok\") }", "{\n  a(b: \"\\u0007 ok\")\n}")]
    [InlineData("enum E { A B }", "enum E {\n  A\n  B\n}")]
    [InlineData("\"desc\" query { a }", "\"desc\"\nquery {\n  a\n}")]
    [InlineData("\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}")]
    [InlineData("{ a(b: true, c: null, d: ENUM) }", "{\n  a(b: true, c: null, d: ENUM)\n}")]
    [InlineData("{ a(b: \"\"\"  \\\"\"\" \"\"\") }", "{\n  a(b: \"\"\"  \\\"\"\" \"\"\")\n}")]
    [InlineData("\uFEFF{ a }", "{\n  a\n}")]
    [InlineData("{ f(a: 1 b: 2) }", "{\n  f(a: 1, b: 2)\n}")]
    [InlineData("query Q($a: Int, $b: String = \"x\" @dir) { a }", "query Q($a: Int, $b: String = \"x\" @dir) {\n  a\n}")]
    [InlineData("\"d\" query Q(\"v\" $a: Int, \"\"\"block\nvar\"\"\" $b: String = \"\"\"x\ny\"\"\") { a }", "\"d\"\nquery Q(\n\"v\"\n$a: Int\n\"\"\"\nblock\nvar\n\"\"\"\n$b: String = \"\"\"\nx\ny\n\"\"\"\n) {\n  a\n}")]
    [InlineData("\"f\" fragment F on T { a }", "\"f\"\nfragment F on T {\n  a\n}")]
    [InlineData("query ($a: Int, \"d\" $b: Int) { a }", "query (\n$a: Int\n\"d\"\n$b: Int\n) {\n  a\n}")]
    [InlineData("\"\"\"op\"\"\" mutation { a }", "\"\"\"op\"\"\"\nmutation {\n  a\n}")]
    [InlineData("query Q($a: String = \"\"\"multi\nline\"\"\") { a }", "query Q(\n$a: String = \"\"\"\nmulti\nline\n\"\"\"\n) {\n  a\n}")]
    public void Prints_the_same_text_as_graphql_js(string document, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(document)));
    }
}
