using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;

namespace DiplomacyGraph.GraphQL.AspNetCore.Ide;

/// <summary>
/// Installs the Banana Cake Pop IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>, a static web
/// build) with <c>npm ci</c> from the package.json and package-lock.json embedded in this assembly,
/// so the version is pinned by the repository but the build itself is never committed. The host
/// calls this at start-up with a git-ignored folder (e.g. <c>.local/ide</c>); a second call with the
/// same lock file finds the install done and returns at once.
/// </summary>
public static class BananaCakePopInstaller
{
    private const string PackageName = "@chillicream/bananacakepop-graphql-ide";
    private const string StampFileName = ".installed-lock-sha256";

    /// <summary>Long enough for a cold <c>npm ci</c> of the IDE on a slow network.</summary>
    private static readonly TimeSpan LockWaitLimit = TimeSpan.FromMinutes(5);

    /// <summary>Installs the IDE into <paramref name="installDirectory"/> unless already there; returns the folder of its static build.</summary>
    /// <exception cref="InvalidOperationException">npm is missing or the install failed; the message says what to do.</exception>
    public static Task<string> EnsureInstalledAsync(string installDirectory, CancellationToken cancellationToken = default) =>
        EnsureInstalledAsync(installDirectory, LockWaitLimit, cancellationToken);

    /// <param name="lockWaitLimit">How long to wait for another process's install to finish before giving up.</param>
    internal static async Task<string> EnsureInstalledAsync(string installDirectory, TimeSpan lockWaitLimit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(installDirectory);
        installDirectory = Path.GetFullPath(installDirectory);
        var packageJson = ReadEmbedded("package.json");
        var packageLock = ReadEmbedded("package-lock.json");
        var stamp = Convert.ToHexString(SHA256.HashData(packageLock));
        var staticRoot = Path.Combine(installDirectory, "node_modules", PackageName);

        if (IsInstalled(installDirectory, staticRoot, stamp))
        {
            return staticRoot;
        }

        Directory.CreateDirectory(installDirectory);
        // Test runs and the host may start at once; one installs while the others wait.
        await using var installLock = await AcquireLockAsync(Path.Combine(installDirectory, ".install.lock"), lockWaitLimit, cancellationToken);
        if (IsInstalled(installDirectory, staticRoot, stamp))
        {
            return staticRoot;
        }

        File.Delete(Path.Combine(installDirectory, StampFileName));
        await File.WriteAllBytesAsync(Path.Combine(installDirectory, "package.json"), packageJson, cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(installDirectory, "package-lock.json"), packageLock, cancellationToken);
        await RunNpmCiAsync(installDirectory, cancellationToken);

        if (!File.Exists(Path.Combine(staticRoot, "index.html")))
        {
            throw new InvalidOperationException(
                $"npm ci finished in {installDirectory} but {PackageName} has no index.html there; the package's layout has changed.");
        }

        await File.WriteAllTextAsync(Path.Combine(installDirectory, StampFileName), stamp, cancellationToken);
        return staticRoot;
    }

    private static bool IsInstalled(string installDirectory, string staticRoot, string stamp)
    {
        var stampFile = Path.Combine(installDirectory, StampFileName);
        return File.Exists(stampFile)
            && File.ReadAllText(stampFile) == stamp
            && File.Exists(Path.Combine(staticRoot, "index.html"));
    }

    private static async Task RunNpmCiAsync(string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("npm")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --ignore-scripts: the IDE is static files; nothing in it needs to run at install time.
        foreach (var argument in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                "The GraphQL IDE (Banana Cake Pop) is installed with npm, and npm was not found on PATH. " +
                "Install Node.js 20 or later with npm (Debian: apt-get install -y nodejs npm), or turn the IDE off.",
                exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Left running, npm would go on writing node_modules after the install lock is
                // released, under the feet of the next installer.
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"npm ci for the GraphQL IDE failed in {workingDirectory} (exit code {process.ExitCode}):{Environment.NewLine}" +
                    $"{await error}{await output}");
            }
        }
    }

    /// <summary>
    /// An exclusive lock across processes: the file opened with <see cref="FileShare.None"/>
    /// (<c>flock</c> on Unix). The file is left in place when released: deleting it on close would
    /// let a waiter that opened the old file and a newcomer that created a new one both hold "the" lock.
    /// </summary>
    private static async Task<FileStream> AcquireLockAsync(string path, TimeSpan waitLimit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + waitLimit;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException exception)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new InvalidOperationException(
                        $"The GraphQL IDE was not installed: another installation held {path} for longer than {waitLimit.TotalSeconds:0.#} s. " +
                        "If no other process is installing it, delete the folder and start again.",
                        exception);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private static byte[] ReadEmbedded(string fileName)
    {
        var assembly = typeof(BananaCakePopInstaller).Assembly;
        var resourceName = $"DiplomacyGraph.GraphQL.AspNetCore.Ide.{fileName}";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
