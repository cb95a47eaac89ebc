using System.Text;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class ParserLimitTests
{
    [Fact]
    public void Has_documented_defaults()
    {
        Assert.Equal(50_000, ParserOptions.Default.MaxTokens);
        Assert.Equal(128, ParserOptions.Default.MaxDepth);
        Assert.False(ParserOptions.Default.NoLocation);
    }

    // Messages and positions below are graphql-js 16.15's with the same maxTokens.
    [Theory]
    [InlineData(3, 1, 7)]
    [InlineData(4, 1, 9)]
    public void Aborts_a_document_with_more_tokens_than_allowed(int maxTokens, int line, int column)
    {
        SyntaxErrorAssert.Throws(
            () => Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = maxTokens }),
            $"Syntax Error: Document contains more that {maxTokens} tokens. Parsing aborted.",
            line,
            column);
    }

    [Fact]
    public void Accepts_a_document_with_exactly_the_allowed_tokens_and_does_not_count_comments()
    {
        var options = new ParserOptions { MaxTokens = 5 };

        Parser.Parse("# comment\n{ a b c } # another", options);
    }

    [Fact]
    public void Counts_tokens_in_values_and_types_too()
    {
        SyntaxErrorAssert.Throws(
            () => Parser.ParseValue("[1, 2, 3]", new ParserOptions { MaxTokens = 3 }),
            "Syntax Error: Document contains more that 3 tokens. Parsing aborted.",
            1,
            8);
    }

    [Fact]
    public void Accepts_selection_sets_nested_up_to_the_maximum_depth()
    {
        var document = Parser.Parse(NestedSelections(10), new ParserOptions { MaxDepth = 10 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Aborts_selection_sets_nested_beyond_the_maximum_depth_at_the_brace_that_goes_too_deep()
    {
        SyntaxErrorAssert.Throws(
            () => Parser.Parse(NestedSelections(11), new ParserOptions { MaxDepth = 10 }),
            "Syntax Error: Document nests deeper than 10 levels. Parsing aborted.",
            1,
            31);
    }

    [Theory]
    [InlineData("{ f(a: [[[[1]]]]) }", 5)]
    [InlineData("{ f(a: {b: {c: [{d: 1}]}}) }", 5)]
    [InlineData("query ($a: [[[Int]]]) { f }", 3)]
    public void Counts_selection_sets_lists_objects_and_list_types_as_nesting(string document, int depth)
    {
        Parser.Parse(document, new ParserOptions { MaxDepth = depth });

        Assert.Throws<Errors.GraphQLSyntaxException>(() => Parser.Parse(document, new ParserOptions { MaxDepth = depth - 1 }));
    }

    [Fact]
    public void Stops_a_hostile_deeply_nested_list_early_instead_of_overflowing_the_stack()
    {
        var hostile = "{ f(a: " + new string('[', 1_000_000) + " ) }";

        // The selection set is level 1, so the 128th bracket (column 135) is the one too deep.
        SyntaxErrorAssert.ParseThrows(hostile, "Syntax Error: Document nests deeper than 128 levels. Parsing aborted.", 1, 135);
    }

    [Fact]
    public void Stops_a_hostile_deeply_nested_type_early()
    {
        SyntaxErrorAssert.Throws(
            () => Parser.ParseType(new string('[', 100_000) + "Int"),
            "Syntax Error: Document nests deeper than 128 levels. Parsing aborted.",
            1,
            129);
    }

    [Fact]
    public void Accepts_a_large_real_document_with_the_defaults()
    {
        var document = new StringBuilder("type Query {\n");
        // 14 tokens a field: 42,000 tokens in all, under the default limit.
        for (var i = 0; i < 3_000; i++)
        {
            document.Append("  field").Append(i).Append("(arg: Int = 1): [String!]!\n");
        }

        var parsed = Parser.Parse(document.Append('}').ToString());

        Assert.Equal(3_000, ((ObjectTypeDefinitionNode)parsed.Definitions[0]).Fields.Count);
    }

    private static string NestedSelections(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append("{ f");
        }

        return text.Append(new string('}', depth)).ToString();
    }
}
