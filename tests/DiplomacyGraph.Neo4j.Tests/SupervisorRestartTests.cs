using System.Diagnostics;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>
/// A started instance whose JVM dies is started again by its supervisor, with a line in the console log; past the
/// restart limit within the window the supervisor gives up with a line that says so, and the instance stays stopped.
/// </summary>
public sealed class SupervisorRestartTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "diplomacygraph-tests", $"supervisor-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_killed_jvm_is_restarted_and_after_the_limit_the_supervisor_gives_up()
    {
        var instance = new Neo4jInstance(new Neo4jInstanceOptions
        {
            Directory = _directory,
            HttpPort = LocalPorts.FindFree(),
            BoltPort = LocalPorts.FindFree(),
            StopWhenThisProcessExits = true,
            RestartLimit = 1,
        });
        var distribution = await Neo4jDistribution.EnsureInstalledAsync(LocalFolder.Resolve(), TextWriter.Null);
        var java = await JavaRuntime.EnsureAsync(TextWriter.Null);
        await instance.StartAsync(distribution, java, TextWriter.Null);
        var supervisor = (await instance.GetStatusAsync()).SupervisorPid;

        // First death: restarted by the same supervisor, and the server answers again.
        var first = Neo4jJvm.Kill(supervisor!.Value);
        await instance.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        var status = await instance.GetStatusAsync();
        Assert.True(status.AnswersHttp);
        Assert.Equal(supervisor, status.SupervisorPid);
        Assert.NotEqual(first, Neo4jJvm.ProcessIdIn(supervisor.Value));
        Assert.Contains("Neo4j died (exit status 137); restarting it in 1 s (restart 1 of at most 1 within 300 s).", File.ReadAllText(instance.ConsoleLog), StringComparison.Ordinal);

        // Second death within the window: past the limit, the supervisor gives up and the instance stays stopped.
        Neo4jJvm.Kill(supervisor.Value);
        var clock = Stopwatch.StartNew();
        while (instance.IsRunning && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        Assert.False(instance.IsRunning);
        Assert.Contains("Neo4j died (exit status 137) 2 times within 300 s; giving up: it stays stopped.", File.ReadAllText(instance.ConsoleLog), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        new Neo4jInstance(new Neo4jInstanceOptions { Directory = _directory }).StopNow();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
