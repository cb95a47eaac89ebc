using System.Text.Json;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;
using Xunit.Abstractions;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Differential tests against graphql-js 16: every document of the corpus goes through both engines
/// (same schema, same data, default resolvers) and must get the same verdict, the same errors
/// (message and locations, in order) and the same execution result. And graphql-js must read our
/// introspection back into exactly the SDL our printer writes.
/// </summary>
public sealed class GraphQLJsConformanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<OurEngine> Engine = new(OurEngine.Load);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusPaths.Documents())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Our_engine_agrees_with_graphql_js_on(string document)
    {
        var graphQLJs = (await GraphQLJsResults.GetAsync())[document];

        var actual = await Engine.Value.RunAsync(CorpusDocument.Load(document));

        var difference = JsonDifference.Find(graphQLJs, actual);
        output.WriteLine($"graphql-js: {graphQLJs.ToJsonString()}");
        output.WriteLine($"ours:       {actual.ToJsonString()}");

        Assert.True(difference is null, $"{document}: {difference}");
    }

    [Fact]
    public async Task The_corpus_has_at_least_200_documents_and_graphql_js_ran_them_all()
    {
        var documents = CorpusPaths.Documents();

        var results = await GraphQLJsResults.GetAsync();

        Assert.True(documents.Count >= 200, $"The corpus has {documents.Count} documents.");
        Assert.Equal(documents.Order(StringComparer.Ordinal), results.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Graphql_js_reads_our_introspection_as_the_SDL_our_printer_writes()
    {
        var schema = Engine.Value.Schema;
        var introspectionQuery = await File.ReadAllTextAsync(CorpusPaths.FullIntrospectionQuery);
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = schema, Document = Parser.Parse(introspectionQuery) });
        Assert.Null(result.Errors);
        var introspectionFile = Path.Combine(Path.GetTempPath(), $"introspection-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(introspectionFile, OurEngine.ResultToJson(result).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var printedByGraphQLJs = await GraphQLJs.RunDifferentialAsync("--print-client-schema", introspectionFile);

            var printedByUs = SchemaPrinter.Print(schema);

            output.WriteLine(printedByUs);
            Assert.Equal(printedByGraphQLJs, printedByUs);
        }
        finally
        {
            File.Delete(introspectionFile);
        }
    }

    [Fact]
    public async Task Our_printer_prints_the_corpus_schema_as_graphql_js_does()
    {
        var printedByGraphQLJs = await GraphQLJs.RunDifferentialAsync("--print-schema", CorpusPaths.Schema);

        var printedByUs = SchemaPrinter.Print(Engine.Value.Schema);

        Assert.Equal(printedByGraphQLJs, printedByUs);
    }
}
