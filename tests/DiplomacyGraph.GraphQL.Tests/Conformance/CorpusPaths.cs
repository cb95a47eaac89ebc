namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>Where the conformance corpus lives: schema.graphql, data.json and the documents beside them.</summary>
internal static class CorpusPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepositoryRoot, "tests", "DiplomacyGraph.GraphQL.Tests", "Conformance", "corpus");

    public static string Schema => Path.Combine(Corpus, "schema.graphql");

    public static string Data => Path.Combine(Corpus, "data.json");

    /// <summary>
    /// graphql-js's <c>getIntrospectionQuery</c> with every option on: a corpus document, and also the
    /// query behind <c>Utilities/Fixtures/rich-schema.introspection.json</c>.
    /// </summary>
    public static string FullIntrospectionQuery => Path.Combine(Corpus, "introspection", "full-introspection-query-every-option.graphql");

    /// <summary>Every document, as a path relative to the corpus with '/' separators, in ordinal order (as the Node script lists them).</summary>
    public static IReadOnlyList<string> Documents()
    {
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Corpus, "*.graphql", SearchOption.AllDirectories))
        {
            if (file != Schema)
            {
                names.Add(Path.GetRelativePath(Corpus, file).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

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
