using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// One local Neo4j server: its own folder (conf, data, logs, run, password) over the shared pristine
/// distribution. Start, stop, status, wait-until-ready and logs work from any process, because the state that
/// matters (the supervisor's pid, the password) lives in the instance folder.
/// </summary>
public sealed class Neo4jInstance
{
    private const string ConsoleLogName = "console.log";
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(30);

    private readonly InstancePassword _password;

    public Neo4jInstance(Neo4jInstanceOptions options)
    {
        Options = options with { Directory = Path.GetFullPath(options.Directory) };
        _password = InstancePassword.For(Options.Directory);
    }

    public Neo4jInstanceOptions Options { get; }

    public Uri HttpUri => new($"http://127.0.0.1:{Options.HttpPort}/");

    public Uri BoltUri => new($"bolt://127.0.0.1:{Options.BoltPort}");

    public Uri BrowserUri => new(HttpUri, "browser/");

    public string User => InstancePassword.User;

    /// <summary>Where the generated password is kept (readable by the owner only).</summary>
    public string PasswordFile => _password.File;

    public string Password => _password.TryRead()
        ?? throw new Neo4jProvisioningException($"No password yet at {PasswordFile}: the instance has never been started.");

    public string ConsoleLog => Path.Combine(Options.Directory, "logs", ConsoleLogName);

    public string DebugLog => Path.Combine(Options.Directory, "logs", "debug.log");

    private string SupervisorPidFile => Path.Combine(Options.Directory, "supervisor.pid");

    /// <summary>Present once the instance has started: from then on its supervisor restarts a JVM that dies.</summary>
    private string RestartArmedFile => Path.Combine(Options.Directory, "run", "supervisor.restart-armed");

    /// <summary>True while the instance's supervisor (and so, normally, its JVM) runs.</summary>
    public bool IsRunning => TryReadRunningSupervisor() is not null;

    /// <summary>
    /// Provisions what is missing (Java, the distribution), then starts this instance and waits until it
    /// answers with its password set.
    /// </summary>
    public static async Task<Neo4jInstance> ProvisionAndStartAsync(
        Neo4jInstanceOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var java = await JavaRuntime.EnsureAsync(log, cancellationToken).ConfigureAwait(false);
        var distribution = await Neo4jDistribution.EnsureInstalledAsync(LocalFolder.Resolve(), log, cancellationToken).ConfigureAwait(false);
        var instance = new Neo4jInstance(options);
        await instance.StartAsync(distribution, java, log, cancellationToken).ConfigureAwait(false);
        return instance;
    }

    public async Task StartAsync(Neo4jDistribution distribution, JavaRuntime java, TextWriter log, CancellationToken cancellationToken = default)
    {
        if (TryReadRunningSupervisor() is { } runningPid)
        {
            throw new Neo4jProvisioningException(
                $"The Neo4j instance in {Options.Directory} is already running (supervisor pid {runningPid}); stop it first.");
        }

        EnsurePortFree("HTTP", Options.HttpPort);
        EnsurePortFree("Bolt", Options.BoltPort);
        var setsid = CommandRunner.FindOnPath("setsid")
            ?? throw new Neo4jProvisioningException("'setsid' (util-linux) is needed to run Neo4j in its own process group but is not on PATH.");

        WriteInstanceFiles(distribution, java, out var supervisorScript);
        var clock = Stopwatch.StartNew();
        var startInfo = new ProcessStartInfo(setsid) { UseShellExecute = false };
        foreach (var argument in new[]
        {
            "bash", supervisorScript, distribution.LauncherScript, ConsoleLog, SupervisorPidFile,
            Options.StopWhenThisProcessExits ? Environment.ProcessId.ToString(CultureInfo.InvariantCulture) : "0",
            RestartArmedFile,
            Options.RestartLimit.ToString(CultureInfo.InvariantCulture),
            ((long)Math.Ceiling(Options.RestartWindow.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NEO4J_HOME"] = distribution.Home;
        startInfo.Environment["NEO4J_CONF"] = Path.Combine(Options.Directory, "conf");
        startInfo.Environment["JAVA_CMD"] = java.Executable;
        using (Process.Start(startInfo) ?? throw new Neo4jProvisioningException("Could not launch Neo4j's supervisor."))
        {
            // The process handle is not needed: the supervisor writes its pid to the instance folder, which is
            // what every later stop/status (possibly from another process) uses.
        }

        log.WriteLine($"Starting Neo4j {Neo4jDistribution.Version} (HTTP {HttpUri}, Bolt 127.0.0.1:{Options.BoltPort}, data in {Options.Directory}) ...");
        try
        {
            await WaitUntilReadyAsync(Options.ReadyTimeout, cancellationToken).ConfigureAwait(false);
            await _password.EnsureSetOnServerAsync(HttpUri, cancellationToken).ConfigureAwait(false);
            SecretFiles.RestrictToOwner(Options.Directory);
            await File.WriteAllTextAsync(RestartArmedFile, string.Empty, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }

        log.WriteLine($"Neo4j is ready after {clock.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>Waits until the server answers HTTP; fails early, with the log tail, if it exits instead.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = HttpUri, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        var pidDeadline = TimeSpan.FromSeconds(10);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await AnswersHttpAsync(http, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (TryReadRunningSupervisor() is null && clock.Elapsed > TimeSpan.FromSeconds(1))
            {
                if (File.Exists(SupervisorPidFile) || clock.Elapsed > pidDeadline)
                {
                    throw new Neo4jStartupException($"Neo4j in {Options.Directory} is not running (it exited or was never started).", TailLogs(40));
                }
            }

            if (clock.Elapsed > timeout)
            {
                throw new Neo4jStartupException(
                    $"Neo4j did not answer on {HttpUri} within {timeout.TotalSeconds:F0} s.", TailLogs(40));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stops the instance: SIGTERM to its process group (the JVM shuts its store down cleanly), then SIGKILL
    /// if it is still there after the grace period. Returns false when it was not running.
    /// </summary>
    public async Task<bool> StopAsync()
    {
        // Disarmed first, so the supervisor does not take the JVM's exit for a crash.
        DeleteIfExists(RestartArmedFile);
        if (TryReadRunningSupervisor() is not { } pid)
        {
            DeleteIfExists(SupervisorPidFile);
            return false;
        }

        PosixSignals.SignalGroup(pid, PosixSignals.SigTerm);
        if (!await WaitForGroupExitAsync(pid, StopGracePeriod).ConfigureAwait(false))
        {
            PosixSignals.SignalGroup(pid, PosixSignals.SigKill);
            if (!await WaitForGroupExitAsync(pid, TimeSpan.FromSeconds(10)).ConfigureAwait(false))
            {
                throw new Neo4jProvisioningException($"Neo4j's process group {pid} survived SIGKILL; check 'ps -g {pid}'.");
            }
        }

        DeleteIfExists(SupervisorPidFile);
        return true;
    }

    /// <summary>
    /// Stops the instance without awaiting, for process-exit handlers where async continuations may not run.
    /// </summary>
    public void StopNow() => StopAsync().GetAwaiter().GetResult();

    public async Task<Neo4jInstanceStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var pid = TryReadRunningSupervisor();
        var answers = false;
        if (pid is not null)
        {
            using var http = new HttpClient { BaseAddress = HttpUri, Timeout = TimeSpan.FromSeconds(2) };
            answers = await AnswersHttpAsync(http, cancellationToken).ConfigureAwait(false);
        }

        return new Neo4jInstanceStatus(pid is not null, pid, answers, HttpUri, BoltUri);
    }

    /// <summary>The last lines of the console log and of debug.log (where stack traces go).</summary>
    public string TailLogs(int lines)
    {
        var tail = new StringBuilder();
        foreach (var file in new[] { ConsoleLog, DebugLog })
        {
            tail.AppendLine(CultureInfo.InvariantCulture, $"==> {file} <==");
            tail.AppendLine(File.Exists(file) ? string.Join(Environment.NewLine, TailOf(file, lines)) : "(no such file yet)");
        }

        return tail.ToString();
    }

    private static IEnumerable<string> TailOf(string file, int lines)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var queue = new Queue<string>(lines);
        while (reader.ReadLine() is { } line)
        {
            if (queue.Count == lines)
            {
                queue.Dequeue();
            }

            queue.Enqueue(line);
        }

        return queue;
    }

    private void WriteInstanceFiles(Neo4jDistribution distribution, JavaRuntime java, out string supervisorScript)
    {
        foreach (var folder in new[] { "conf", "data", "logs", "run", "import", "plugins", "certificates" })
        {
            Directory.CreateDirectory(Path.Combine(Options.Directory, folder));
        }

        var boltBootClasses = BoltOnModernJava.PrepareBootClasses(distribution, Options.Directory);
        File.WriteAllText(Path.Combine(Options.Directory, "conf", "neo4j.conf"), Neo4jConfiguration.Render(Options, java, boltBootClasses));
        supervisorScript = Path.Combine(Options.Directory, "supervise.sh");
        using (var resource = typeof(Neo4jInstance).Assembly.GetManifestResourceStream("DiplomacyGraph.Neo4j.Local.supervise.sh")
            ?? throw new InvalidOperationException("supervise.sh is missing from the assembly's resources."))
        using (var file = File.Create(supervisorScript))
        {
            resource.CopyTo(file);
        }

        DeleteIfExists(SupervisorPidFile);
        DeleteIfExists(RestartArmedFile);
        _password.ReadOrCreate();
    }

    private static void EnsurePortFree(string purpose, int port)
    {
        if (!LocalPorts.IsFree(port))
        {
            throw new PortInUseException(purpose, port);
        }
    }

    /// <summary>The supervisor's pid if the pid file names a live process that really is this instance's supervisor.</summary>
    private int? TryReadRunningSupervisor()
    {
        if (!File.Exists(SupervisorPidFile)
            || !int.TryParse(File.ReadAllText(SupervisorPidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !PosixSignals.GroupExists(pid))
        {
            return null;
        }

        // Guard against pid reuse after a reboot or crash: the live process must be our supervisor for this folder.
        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return commandLine.Contains(SupervisorPidFile, StringComparison.Ordinal) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<bool> WaitForGroupExitAsync(int processGroupId, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (PosixSignals.GroupExists(processGroupId))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
        }

        return true;
    }

    private static async Task<bool> AnswersHttpAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(string.Empty, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // the 2 s probe timeout
        }
    }

    private static void DeleteIfExists(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
