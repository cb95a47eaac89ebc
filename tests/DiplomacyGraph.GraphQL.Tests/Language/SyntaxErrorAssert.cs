using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Tests.Language;

/// <summary>Asserts that parsing fails with an exact message at an exact line and column.</summary>
internal static class SyntaxErrorAssert
{
    public static void Throws(Action parse, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal(message, exception.Error.Message);
        Assert.Equal([new SourceLocation(line, column)], exception.Error.Locations);
    }

    public static void ParseThrows(string document, string message, int line, int column) =>
        Throws(() => Parser.Parse(document), message, line, column);
}
