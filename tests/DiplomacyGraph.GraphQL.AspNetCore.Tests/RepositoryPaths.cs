namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>Folders of the repository the tests run in, found from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Node package with graphql-http, graphql-js and playwright-core.</summary>
    public static string JsTests => Path.Combine(Root, "tests", "js");

    /// <summary>Where test artifacts (the IDE screenshot) go; git-ignored.</summary>
    public static string TestResults => Path.Combine(Root, "tests", "DiplomacyGraph.GraphQL.AspNetCore.Tests", "TestResults");

    /// <summary>The git-ignored folder the IDE is installed into, shared with the host.</summary>
    public static string IdeInstall => Path.Combine(Root, ".local", "ide");

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
