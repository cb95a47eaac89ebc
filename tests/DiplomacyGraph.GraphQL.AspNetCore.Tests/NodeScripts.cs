using System.Diagnostics;
using System.Text;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Runs the Node scripts in <c>tests/js</c>, installing their packages with <c>npm ci</c> first
/// when one of them is missing from <c>node_modules</c> (CI does that up front; a fresh clone needs it once).
/// </summary>
internal static class NodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<ProcessOutput> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        await EnsurePackagesAsync();
        return await RunProcessAsync("node", [script, .. arguments], RepositoryPaths.JsTests, timeout);
    }

    private static async Task EnsurePackagesAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (AllPackagesInstalled())
            {
                return;
            }

            var install = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], RepositoryPaths.JsTests, TimeSpan.FromMinutes(5));
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {RepositoryPaths.JsTests} failed:{Environment.NewLine}{install.Output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Every dependency of package.json has its folder in node_modules (a checkout older than a new dependency needs <c>npm ci</c> again).</summary>
    private static bool AllPackagesInstalled()
    {
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.JsTests, "package.json")));
        return package.RootElement.GetProperty("dependencies").EnumerateObject()
            .All(dependency => Directory.Exists(Path.Combine(RepositoryPaths.JsTests, "node_modules", dependency.Name)));
    }

    private static async Task<ProcessOutput> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"{fileName} did not start; is Node.js installed?");
        var output = new StringBuilder();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {timeout}.");
        }

        output.Append(await standardOutput).Append(await standardError);
        return new ProcessOutput(process.ExitCode, output.ToString());
    }
}

internal sealed record ProcessOutput(int ExitCode, string Output);
