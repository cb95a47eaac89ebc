using System.Diagnostics;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// Neo4j 3.1's offline importer, <c>bin/neo4j-import</c>: CSV files into a new, empty store, far faster
/// than transactions (it writes store files directly). The instance must be stopped and its database
/// folder absent. On Java 9+ the importer needs the same module openings as the server.
/// </summary>
public static class OfflineImport
{
    /// <summary>The store the server of <paramref name="instance"/> opens (dbms.directories.data/databases/graph.db).</summary>
    public static string DatabaseFolder(Neo4jInstance instance) =>
        Path.Combine(Path.GetFullPath(instance.Options.Directory), "data", "databases", "graph.db");

    public static async Task RunAsync(
        Neo4jInstance instance, string nodesFile, string relationshipsFile, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(log);
        if (instance.IsRunning)
        {
            throw new InvalidOperationException($"The Neo4j instance in {instance.Options.Directory} is running; stop it before an offline import.");
        }

        var java = await JavaRuntime.EnsureAsync(log, cancellationToken).ConfigureAwait(false);
        var distribution = await Neo4jDistribution.EnsureInstalledAsync(LocalFolder.Resolve(), log, cancellationToken).ConfigureAwait(false);
        var database = DatabaseFolder(instance);
        if (Directory.Exists(database))
        {
            Directory.Delete(database, recursive: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var startInfo = new ProcessStartInfo("bash") { UseShellExecute = false };
        foreach (var argument in new[]
        {
            Path.Combine(distribution.Home, "bin", "neo4j-import"),
            "--into", database,
            "--nodes", nodesFile,
            "--relationships", relationshipsFile,
            "--id-type", "STRING",
            "--array-delimiter", ImportCsvFiles.ArrayDelimiter.ToString(),
            "--multiline-fields", "false",
            "--bad-tolerance", "0",
            "--stacktrace", "true",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NEO4J_HOME"] = distribution.Home;
        startInfo.Environment["JAVA_CMD"] = java.Executable;
        var options = new List<string> { $"-Xmx{instance.Options.HeapSize}" };
        options.AddRange(JavaModuleAccess.JvmArguments(java));
        startInfo.Environment["JAVA_OPTS"] = string.Join(' ', options);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("neo4j-import did not start.");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-import failed with exit code {process.ExitCode} (its output is above).");
        }
    }
}
