namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// The project's git-ignored folder for local state (<c>.local/</c> at the repository root): the Neo4j
/// distribution, the dev server's instance and its password.
/// </summary>
public static class LocalFolder
{
    /// <summary>Environment variable that moves the folder elsewhere (e.g. to share one download between clones).</summary>
    public const string OverrideVariable = "DIPLOMACYGRAPH_LOCAL_DIR";

    public static string Resolve()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        var folder = string.IsNullOrWhiteSpace(overridden)
            ? Path.Combine(RepositoryRoot.Find(), ".local")
            : Path.GetFullPath(overridden);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
