using System.Text.RegularExpressions;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>The Java runtime Neo4j 3.1.1 runs on: where it is and its major version.</summary>
public sealed partial record JavaRuntime(string Executable, int MajorVersion, string VersionLine)
{
    public const string DebianPackage = "openjdk-17-jre-headless";

    /// <summary>Java 9+ closes JDK internals that Neo4j 3.1 reflects into; the instance config must reopen them.</summary>
    public bool NeedsModuleOpens => MajorVersion >= 9;

    /// <summary>Finds Java (JAVA_HOME first, then PATH), installing it with apt-get when missing and allowed to.</summary>
    public static async Task<JavaRuntime> EnsureAsync(TextWriter log, CancellationToken cancellationToken = default)
    {
        var found = await TryLocateAsync(cancellationToken).ConfigureAwait(false);
        if (found is not null)
        {
            return found;
        }

        await InstallAsync(log, cancellationToken).ConfigureAwait(false);
        return await TryLocateAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new JavaMissingException(
                $"'apt-get install {DebianPackage}' reported success but no 'java' is on PATH. Set JAVA_HOME to a Java 8+ runtime.");
    }

    public static Task<JavaRuntime?> TryLocateAsync(CancellationToken cancellationToken = default) =>
        TryLocateAsync(Environment.GetEnvironmentVariable("JAVA_HOME"), Environment.GetEnvironmentVariable("PATH") ?? "", cancellationToken);

    /// <summary>Looks in <paramref name="javaHome"/>/bin, then on <paramref name="searchPath"/> (PATH syntax).</summary>
    internal static async Task<JavaRuntime?> TryLocateAsync(string? javaHome, string searchPath, CancellationToken cancellationToken = default)
    {
        var executable = !string.IsNullOrWhiteSpace(javaHome) && File.Exists(Path.Combine(javaHome, "bin", "java"))
            ? Path.Combine(javaHome, "bin", "java")
            : CommandRunner.FindOnPath("java", searchPath);
        if (executable is null)
        {
            return null;
        }

        // `java -version` prints to stderr, e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_292"`.
        var result = await CommandRunner.RunAsync(executable, ["-version"], cancellationToken: cancellationToken).ConfigureAwait(false);
        var output = result.CombinedOutput;
        var match = VersionPattern().Match(output);
        if (!result.Succeeded || !match.Success)
        {
            throw new JavaMissingException($"'{executable} -version' failed or printed no version:{Environment.NewLine}{output}");
        }

        var first = int.Parse(match.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var major = first == 1 && match.Groups["second"].Success
            ? int.Parse(match.Groups["second"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : first;
        if (major < 8)
        {
            throw new JavaMissingException($"Neo4j 3.1.1 needs Java 8 or later; '{executable}' is Java {major}.");
        }

        return new JavaRuntime(executable, major, output.Split('\n')[0].Trim());
    }

    private static async Task InstallAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var aptGet = CommandRunner.FindOnPath("apt-get");
        if (aptGet is null || !Environment.IsPrivilegedProcess)
        {
            throw new JavaMissingException(
                "Java is not installed and this process cannot install it " +
                (aptGet is null ? "(no apt-get on this machine). " : "(installing needs root). ") +
                $"Install a Java 8+ runtime (Debian/Ubuntu: 'sudo apt-get install -y {DebianPackage}') or set JAVA_HOME.");
        }

        log.WriteLine($"Java not found; installing {DebianPackage} with apt-get ...");
        var install = await CommandRunner.RunAsync(aptGet, ["install", "-y", DebianPackage], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!install.Succeeded)
        {
            // A fresh machine often has empty package lists; refresh once and try again.
            await CommandRunner.RunAsync(aptGet, ["update"], cancellationToken: cancellationToken).ConfigureAwait(false);
            install = await CommandRunner.RunAsync(aptGet, ["install", "-y", DebianPackage], cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        if (!install.Succeeded)
        {
            throw new JavaMissingException(
                $"Java is not installed and 'apt-get install -y {DebianPackage}' failed (exit {install.ExitCode}):{Environment.NewLine}" +
                install.CombinedOutput);
        }
    }

    [GeneratedRegex("version \"(?<first>\\d+)(?:\\.(?<second>\\d+))?")]
    private static partial Regex VersionPattern();
}
