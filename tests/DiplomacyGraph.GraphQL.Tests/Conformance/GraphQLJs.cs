using System.Diagnostics;
using System.Text;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs <c>tests/js/differential.mjs</c> with Node: graphql-js 16, the reference implementation.
/// Installs the Node packages with <c>npm ci</c> when <c>node_modules</c> is missing.
/// </summary>
internal static class GraphQLJs
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string JsTests => Path.Combine(CorpusPaths.RepositoryRoot, "tests", "js");

    /// <summary>Runs the differential script with <paramref name="arguments"/>; returns its standard output.</summary>
    public static async Task<string> RunDifferentialAsync(params string[] arguments)
    {
        await EnsurePackagesAsync();
        var (exitCode, output, error) = await RunAsync("node", ["differential.mjs", .. arguments]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node differential.mjs {string.Join(' ', arguments)} failed ({exitCode}):{Environment.NewLine}{error}{output}");
        }

        return output;
    }

    private static async Task EnsurePackagesAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(JsTests, "node_modules", "graphql")))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {JsTests} failed:{Environment.NewLine}{error}{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = JsTests,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"{fileName} did not start; the conformance test needs Node.js 20+.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
