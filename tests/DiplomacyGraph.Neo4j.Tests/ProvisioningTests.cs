using System.Net;
using System.Net.Sockets;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>Provisioning failures must say what went wrong and leave nothing running.</summary>
public sealed class ProvisioningTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplomacygraph-tests", $"provisioning-{Guid.NewGuid():N}");

    [Fact]
    public async Task Starting_on_a_taken_port_fails_before_launching_and_names_the_port()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var takenPort = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var instance = new Neo4jInstance(Options() with { HttpPort = takenPort });
        var (distribution, java) = await PrerequisitesAsync();

        var error = await Assert.ThrowsAsync<PortInUseException>(() => instance.StartAsync(distribution, java, TextWriter.Null));

        Assert.Equal(takenPort, error.Port);
        Assert.Contains($"HTTP port {takenPort}", error.Message, StringComparison.Ordinal);
        Assert.False(instance.IsRunning);
    }

    [Fact]
    public async Task A_server_that_exits_during_start_up_fails_with_the_tail_of_its_log()
    {
        // A heap too small for the JVM to boot makes Java exit at once.
        var instance = new Neo4jInstance(Options() with { HeapSize = "1k" });
        var (distribution, java) = await PrerequisitesAsync();

        var error = await Assert.ThrowsAsync<Neo4jStartupException>(() => instance.StartAsync(distribution, java, TextWriter.Null));

        Assert.Contains("is not running", error.Message, StringComparison.Ordinal);
        Assert.Contains("heap", error.LogTail, StringComparison.OrdinalIgnoreCase);
        Assert.False(instance.IsRunning);
    }

    [Fact]
    public async Task A_server_not_ready_in_time_is_stopped_and_reported_with_its_log()
    {
        var options = Options() with { ReadyTimeout = TimeSpan.FromMilliseconds(300) };
        var instance = new Neo4jInstance(options);
        var (distribution, java) = await PrerequisitesAsync();

        var error = await Assert.ThrowsAsync<Neo4jStartupException>(() => instance.StartAsync(distribution, java, TextWriter.Null));

        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("console.log", error.LogTail, StringComparison.Ordinal);
        Assert.False(instance.IsRunning);
        Assert.True(LocalPorts.IsFree(options.HttpPort));
    }

    [Fact]
    public async Task A_never_started_instance_reports_that_it_is_not_running()
    {
        var status = await new Neo4jInstance(Options()).GetStatusAsync();

        Assert.False(status.IsRunning);
        Assert.False(status.AnswersHttp);
        Assert.Null(status.SupervisorPid);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private Neo4jInstanceOptions Options() => new()
    {
        Directory = _directory,
        HttpPort = LocalPorts.FindFree(),
        BoltPort = LocalPorts.FindFree(),
        StopWhenThisProcessExits = true,
    };

    private static async Task<(Neo4jDistribution, JavaRuntime)> PrerequisitesAsync() =>
        (await Neo4jDistribution.EnsureInstalledAsync(LocalFolder.Resolve(), TextWriter.Null),
         await JavaRuntime.EnsureAsync(TextWriter.Null));
}
