namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// The project's git-ignored folder for local state (<c>.local/</c> at the repository root): the Neo4j
/// distribution, the dev server's instance and its password. A published host runs with no repository around
/// it (a container, a folder of binaries): it then uses the user's data folder (<c>~/.local/share/diplomacygraph</c>).
/// </summary>
public static class LocalFolder
{
    /// <summary>Environment variable that moves the folder elsewhere (e.g. to share one download between clones).</summary>
    public const string OverrideVariable = "DIPLOMACYGRAPH_LOCAL_DIR";

    public static string Resolve()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        var folder = !string.IsNullOrWhiteSpace(overridden) ? Path.GetFullPath(overridden)
            : RepositoryRoot.TryFind() is { } repository ? Path.Combine(repository, ".local")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "diplomacygraph");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
