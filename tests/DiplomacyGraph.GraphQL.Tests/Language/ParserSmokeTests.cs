using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class ParserSmokeTests
{
    [Fact]
    public void Parses_a_query_and_a_schema()
    {
        var document = Parser.Parse(""""
            query Q($a: [Int!]! = [1, 2] @d) @x { f(a: $a, b: {c: "s", d: """block"""}) { ...F ... on T { g } ... @skip(if: true) { h } } }
            fragment F on T { i: j }
            "desc" type T implements & A & B @k { f(x: Int = 1): String @deprecated }
            union U = | A | B
            directive @d(a: Int) repeatable on FIELD | QUERY
            extend schema @x
            """");
        Assert.Equal(6, document.Definitions.Count);
        Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
    }

    [Fact]
    public void Reports_missing_name_at_end_of_file()
    {
        SyntaxErrorAssert.ParseThrows("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2);
    }
}
