using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Serialization;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The documents, schemas and data both benchmark runners use (this project and
/// <c>tests/js/bench.mjs</c>), read from the repository so the two always measure the same work.
/// </summary>
internal static class BenchmarkDocuments
{
    private static readonly string RepositoryRoot = FindRoot();

    private static readonly string Documents = Path.Combine(RepositoryRoot, "tests", "DiplomacyGraph.Benchmarks", "Documents");

    private static readonly string Corpus = Path.Combine(RepositoryRoot, "tests", "DiplomacyGraph.GraphQL.Tests", "Conformance", "corpus");

    /// <summary>graphql-js's <c>getIntrospectionQuery()</c> (the corpus's copy), what IDEs send on connecting.</summary>
    public static string IntrospectionQuery { get; } = File.ReadAllText(Path.Combine(Corpus, "introspection", "full-introspection-query-default-options.graphql"));

    /// <summary>Countries → cities → districts, every scalar of each level.</summary>
    public static string ThreeLevelQuery { get; } = File.ReadAllText(Path.Combine(Documents, "three-level.graphql"));

    /// <summary>The conformance corpus's schema: about thirty types of every kind, the size of a real API.</summary>
    public static GraphQLSchema CorpusSchema() => BuildSchema(Path.Combine(Corpus, "schema.graphql"));

    public static GraphQLSchema WorldSchema() => BuildSchema(Path.Combine(Documents, "world.graphql"));

    /// <summary>20 countries × 10 cities × 5 districts as plain dictionaries and lists, read by the default resolver.</summary>
    public static object? World() => JsonValueReader.Parse(File.ReadAllText(Path.Combine(Documents, "world.json")));

    private static GraphQLSchema BuildSchema(string path) => SchemaBuilder.FromDocument(Parser.Parse(File.ReadAllText(path))).Build();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiplomacyGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiplomacyGraph.sln above {AppContext.BaseDirectory}.");
    }
}
