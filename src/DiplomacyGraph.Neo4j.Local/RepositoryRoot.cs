namespace DiplomacyGraph.Neo4j.Local;

/// <summary>Finds the repository root: the nearest folder, walking up, that holds <c>DiplomacyGraph.sln</c>.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "DiplomacyGraph.sln";

    /// <summary>
    /// Looks upward from the current directory first, then from the running assembly's folder, so both
    /// <c>dotnet run</c> from anywhere in the repo and test hosts under <c>bin/</c> find it.
    /// </summary>
    public static string? TryFind()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
