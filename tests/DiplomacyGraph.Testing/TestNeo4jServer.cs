using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Neo4j.Schema;

namespace DiplomacyGraph.Testing;

/// <summary>
/// The one real Neo4j a test assembly uses. Fixtures acquire it (the first starts it) and release it (the last
/// stops it and deletes its folder), so it is gone before the test host ends. Backstops: a ProcessExit handler,
/// and the instance's supervisor, which stops Neo4j as soon as the test process is gone even if it was killed.
/// The project's schema (cypher/schema) is applied once the server is up.
/// With <c>NEO4J_URI</c> (and <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>) set, that server is used and nothing is started.
/// </summary>
public sealed class TestNeo4jServer
{
    /// <summary>Short so the tests of transaction expiry and keep-alive run in seconds.</summary>
    public static readonly TimeSpan TransactionIdleTimeout = TimeSpan.FromSeconds(5);

    private static readonly SemaphoreSlim SharedLock = new(1, 1);
    private static Task<TestNeo4jServer>? _shared;
    private static int _users;

    private static readonly StringWriter ProvisioningLogWriter = new();

    private TestNeo4jServer(Neo4jClientOptions clientOptions, Neo4jInstance? instance, ServerInfo serverInfo)
    {
        ClientOptions = clientOptions;
        Instance = instance;
        ServerInfo = serverInfo;
    }

    public Neo4jClientOptions ClientOptions { get; }

    /// <summary>The throwaway local instance, or null when the tests use an external server (NEO4J_URI).</summary>
    public Neo4jInstance? Instance { get; }

    public ServerInfo ServerInfo { get; }

    /// <summary>What provisioning reported (download, unpack, start-up times), for the test run's output.</summary>
    public static string ProvisioningLog
    {
        get
        {
            lock (ProvisioningLogWriter)
            {
                return ProvisioningLogWriter.ToString();
            }
        }
    }

    public string Description => Instance is null
        ? $"{ServerInfo} at {ClientOptions.Uri} (external server from NEO4J_URI)"
        : $"{ServerInfo} at {ClientOptions.Uri} (throwaway local instance in {Instance.Options.Directory})";

    /// <summary>Returns the shared server, starting it if no one holds it. Pair with <see cref="ReleaseAsync"/>.</summary>
    public static async Task<TestNeo4jServer> AcquireAsync()
    {
        await SharedLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_shared is null || _shared.IsFaulted)
            {
                _shared = StartAsync();
            }

            var server = await _shared.ConfigureAwait(false);
            _users++;
            return server;
        }
        finally
        {
            SharedLock.Release();
        }
    }

    /// <summary>Lets go of the shared server; the last user stops a throwaway instance and deletes its folder.</summary>
    public static async Task ReleaseAsync()
    {
        await SharedLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (--_users > 0 || _shared is null)
            {
                return;
            }

            var server = await _shared.ConfigureAwait(false);
            _shared = null;
            if (server.Instance is { } instance)
            {
                await instance.StopAsync().ConfigureAwait(false);
                DeleteFolder(instance);
            }
        }
        finally
        {
            SharedLock.Release();
        }
    }

    /// <summary>A new client for this server; <paramref name="configure"/> may adjust its options (timeouts, retries).</summary>
    public Neo4jClient CreateClient(Func<Neo4jClientOptions, Neo4jClientOptions>? configure = null) =>
        new(configure is null ? ClientOptions : configure(ClientOptions));

    private static async Task<TestNeo4jServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var options = new Neo4jClientOptions
            {
                Uri = new Uri(external),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            };
            return new TestNeo4jServer(options, null, await PrepareAsync(options).ConfigureAwait(false));
        }

        var instance = await StartThrowawayInstanceAsync().ConfigureAwait(false);
        var clientOptions = new Neo4jClientOptions { Uri = instance.HttpUri, User = instance.User, Password = instance.Password };
        return new TestNeo4jServer(clientOptions, instance, await PrepareAsync(clientOptions).ConfigureAwait(false));
    }

    private static async Task<Neo4jInstance> StartThrowawayInstanceAsync()
    {
        var parent = Path.Combine(Path.GetTempPath(), "diplomacygraph-tests");
        DeleteLeftoversOfEndedRuns(parent);
        var directory = Path.Combine(parent, $"neo4j-{Environment.ProcessId}-{Guid.NewGuid():N}");
        for (var attempt = 1; ; attempt++)
        {
            var options = new Neo4jInstanceOptions
            {
                Directory = directory,
                HttpPort = LocalPorts.FindFree(),
                BoltPort = LocalPorts.FindFree(),
                StopWhenThisProcessExits = true,
                TransactionIdleTimeout = TransactionIdleTimeout,
            };
            try
            {
                var instance = await Neo4jInstance.ProvisionAndStartAsync(options, TextWriter.Synchronized(ProvisioningLogWriter)).ConfigureAwait(false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete(instance);
                return instance;
            }
            catch (PortInUseException) when (attempt < 3)
            {
                // Another process took a port between choosing and starting; choose again.
            }
        }
    }

    /// <summary>
    /// Removes instance folders of test processes that no longer run. The test host may be ended right after its
    /// ProcessExit handlers stop Neo4j, before the folder is deleted; the next run tidies up.
    /// </summary>
    private static void DeleteLeftoversOfEndedRuns(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(parent, "neo4j-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length == 3 && int.TryParse(parts[1], out var pid) && !IsRunning(pid)
                && !new Neo4jInstance(new Neo4jInstanceOptions { Directory = folder }).IsRunning)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void StopAndDelete(Neo4jInstance instance)
    {
        instance.StopNow();
        DeleteFolder(instance);
    }

    private static void DeleteFolder(Neo4jInstance instance)
    {
        try
        {
            Directory.Delete(instance.Options.Directory, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder cleanup is best effort; the next run removes leftovers of ended runs.
        }
    }

    /// <summary>Applies the project's schema (as the host does at start-up) and returns what the server is.</summary>
    private static async Task<ServerInfo> PrepareAsync(Neo4jClientOptions options)
    {
        using var client = new Neo4jClient(options);
        var applied = await new SchemaApplier(client).ApplyAsync().ConfigureAwait(false);
        return applied.Server;
    }
}
