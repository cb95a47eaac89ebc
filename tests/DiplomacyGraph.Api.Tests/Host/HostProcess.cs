using System.Diagnostics;
using System.Text;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>
/// The real, built host (<c>DiplomacyGraph.Host.dll</c>, copied beside the test binaries) run as a separate process
/// with redirected output, the way a script or CI runs it. The environment is cleared of the host's own variables
/// unless a test sets them, and the local folder points at a throwaway one, so no developer's Neo4j is touched.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private static readonly string[] HostVariables =
    [
        "DIPLOMACYGRAPH_URLS", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "DIPLOMACYGRAPH_CORPUS",
        "DIPLOMACYGRAPH_NEO4J_HTTP_PORT", "DIPLOMACYGRAPH_NEO4J_BOLT_PORT", "DIPLOMACYGRAPH_API_KEY", "DIPLOMACYGRAPH_LOCAL_DIR", "NO_COLOR",
    ];

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Task _outputDone;
    private readonly Task _errorDone;

    private HostProcess(Process process)
    {
        _process = process;
        _outputDone = Pump(process.StandardOutput, _output);
        _errorDone = Pump(process.StandardError, _error);
    }

    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "DiplomacyGraph.Host.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet <paramref name="assembly"/> ARGS</c> (by default the host beside the tests) in <paramref name="workingDirectory"/>.</summary>
    public static HostProcess Start(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? assembly = null,
        string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(assembly ?? HostAssembly);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var variable in HostVariables)
        {
            startInfo.Environment.Remove(variable);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        return new HostProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Runs the host to its end; fails the test if it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var host = Start(arguments, environment);
        var exitCode = await host.WaitForExitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return (exitCode, host.Output, host.Error);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not exit within {timeout.TotalSeconds:F0} s. Output:{Environment.NewLine}{Output}{Error}");
        }

        await Task.WhenAll(_outputDone, _errorDone);
        return _process.ExitCode;
    }

    /// <summary>Waits until the standard output contains <paramref name="text"/>, or the host exits, or the time is up.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>Sends a POSIX signal (e.g. INT, as Ctrl+C does) with the system's <c>kill</c>.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }
}
