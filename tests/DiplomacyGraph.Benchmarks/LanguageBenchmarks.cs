using BenchmarkDotNet.Attributes;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Lexing and parsing: the work every uncached request starts with.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private readonly Source _introspection = new(BenchmarkDocuments.IntrospectionQuery);

    [Benchmark(Description = "Lex introspection query")]
    public int LexIntrospectionQuery()
    {
        var lexer = new Lexer(_introspection);
        var count = 0;
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "Parse introspection query")]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(BenchmarkDocuments.IntrospectionQuery);

    [Benchmark(Description = "Parse three-level query")]
    public DocumentNode ParseThreeLevelQuery() => Parser.Parse(BenchmarkDocuments.ThreeLevelQuery);
}
