using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Testing;
using Xunit.Abstractions;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>
/// The run command as a user runs it (the built host as a process, with the local Neo4j it provisions): the JVM is
/// killed with SIGKILL while clients keep asking. They get fast 503s (SERVICE_UNAVAILABLE), the supervisor starts
/// Neo4j again and says so in the host's output, and the same API process answers again by itself.
/// In the API collection so that it does not run beside the timing-sensitive tests.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Neo4jKilledUnderLoadTests(ITestOutputHelper log) : IDisposable
{
    private const string Query = "{ cities(first: 1, order: [{name: ASC}]) { nodes { name } } }";
    private const int Clients = 4;

    private readonly string _local = Directory.CreateTempSubdirectory("diplomacygraph-kill-").FullName;

    public void Dispose()
    {
        var instance = new Neo4jInstance(new Neo4jInstanceOptions { Directory = Path.Combine(_local, "neo4j", "dev") });
        instance.StopNow();
        Directory.Delete(_local, recursive: true);
    }

    /// <summary>The ends of the instance's logs and the last answers, for a failure message: why Neo4j did not come back, or the API did not see it.</summary>
    private string Neo4jLogTails()
    {
        var logs = Path.Combine(_local, "neo4j", "dev", "logs");
        var tails = new[] { "console.log", "debug.log" }
            .Select(name => Path.Combine(logs, name))
            .Where(File.Exists)
            .Select(path => $"{Environment.NewLine}--- {Path.GetFileName(path)} (last 40 lines) ---{Environment.NewLine}" +
                string.Join(Environment.NewLine, File.ReadLines(path).TakeLast(40)));
        return string.Concat(tails);
    }

    [Fact]
    public async Task Neo4j_killed_under_load_gives_fast_503s_is_restarted_and_the_same_api_answers_again()
    {
        // The scratch local folder borrows the distribution (read-only) and the IDE build of the real one.
        var shared = LocalFolder.Resolve();
        foreach (var folder in new[] { "neo4j-community-" + Neo4jDistribution.Version, "ide" })
        {
            if (Directory.Exists(Path.Combine(shared, folder)))
            {
                Directory.CreateSymbolicLink(Path.Combine(_local, folder), Path.Combine(shared, folder));
            }
        }

        using var host = HostProcess.Start(
            [
                "--urls", "http://127.0.0.1:0",
                "--neo4j-http-port", LocalPorts.FindFree().ToString(CultureInfo.InvariantCulture),
                "--neo4j-bolt-port", LocalPorts.FindFree().ToString(CultureInfo.InvariantCulture),
                "--neo4j-heap", "512m", "--neo4j-page-cache", "64m",
            ],
            new Dictionary<string, string> { ["DIPLOMACYGRAPH_LOCAL_DIR"] = _local });
        Assert.True(await host.WaitForOutputAsync("Press Ctrl+C to stop.", TimeSpan.FromMinutes(4)), host.Output + host.Error);
        var endpoint = new Uri(host.Output.Split('\n').Single(line => line.StartsWith("GraphQL API:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]);
        using var api = new GraphQLClient(endpoint);
        var expected = (await api.QueryAsync(Query)).Text("cities.nodes[0].name");
        Assert.NotNull(expected);

        // Clients keep asking before, during and after the outage.
        var answers = new ConcurrentQueue<(TimeSpan At, HttpStatusCode Status, string? Code, string? Name, TimeSpan Took)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var at = clock.Elapsed;
                var response = await api.PostAsync(Query);
                answers.Enqueue((at, response.Status, response.FirstErrorCode, response.Status == HttpStatusCode.OK ? response.Data.Text("cities.nodes[0].name") : null, clock.Elapsed - at));

                // Steady load, not a flood: the machine's two cores also restart the JVM meanwhile.
                await Task.Delay(TimeSpan.FromMilliseconds(20));
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(1));
        var supervisor = int.Parse(File.ReadAllText(Path.Combine(_local, "neo4j", "dev", "supervisor.pid")).Trim(), CultureInfo.InvariantCulture);
        var killedAt = clock.Elapsed;
        Neo4jJvm.Kill(supervisor);

        // Answered again: an OK answer asked after the supervisor started Neo4j again (a request that reached the JVM
        // in the moment SIGKILL took to land can still be answered OK just after the kill, and proves nothing).
        var recovered = Stopwatch.StartNew();
        TimeSpan? restartedAt = null;
        while (restartedAt is not { } restarted || !answers.Any(answer => answer.At > restarted && answer.Status == HttpStatusCode.OK))
        {
            if (restartedAt is null && host.Output.Contains("restarting Neo4j.", StringComparison.Ordinal))
            {
                restartedAt = clock.Elapsed;
            }

            Assert.True(recovered.Elapsed < TimeSpan.FromMinutes(3), $"No answer within 3 minutes of the kill.{Environment.NewLine}{host.Output}{host.Error}{Neo4jLogTails()}");
            Assert.False(host.HasExited, $"The API process exited.{Environment.NewLine}{host.Output}{host.Error}");
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var afterKill = answers.Where(answer => answer.At > killedAt).OrderBy(answer => answer.At).ToList();
        var unavailable = afterKill.Where(answer => answer.Status == HttpStatusCode.ServiceUnavailable).ToList();
        log.WriteLine($"after the kill: {afterKill.Count} answers, {unavailable.Count} 503s (slowest {unavailable.DefaultIfEmpty().Max(answer => answer.Took).TotalMilliseconds:F0} ms, " +
            $"slowest after the first {Clients}: {unavailable.Skip(Clients).DefaultIfEmpty().Max(answer => answer.Took).TotalMilliseconds:F0} ms); " +
            $"restarted {(restartedAt!.Value - killedAt).TotalSeconds:F1} s and answering again {(afterKill.First(answer => answer.Status == HttpStatusCode.OK && answer.At > restartedAt).At - killedAt).TotalSeconds:F1} s after the kill");

        Assert.All(answers, answer => Assert.True(
            answer is { Status: HttpStatusCode.OK, Code: null } || answer is { Status: HttpStatusCode.ServiceUnavailable, Code: GraphDatabaseErrors.UnavailableCode },
            $"{(int)answer.Status} {answer.Code} at {answer.At}"));
        Assert.All(answers.Where(answer => answer.Status == HttpStatusCode.OK), answer => Assert.Equal(expected, answer.Name));
        // The requests in flight at the kill wait for their connection (up to about 6 s in these runs); when Neo4j is back
        // before they give up and no other request was asked meanwhile, clients never see the outage (one fresh-clone CI
        // run). Otherwise whoever asked during it must get 503s.
        var answeredAgainAt = afterKill.First(answer => answer.Status == HttpStatusCode.OK && answer.At > restartedAt).At;
        var askedDuringOutage = afterKill.Where(answer => answer.At < answeredAgainAt).Skip(Clients).ToList();
        Assert.True(askedDuringOutage.Count == 0 || unavailable.Count > 0,
            $"{askedDuringOutage.Count} requests asked during the outage, none answered 503: " +
            string.Join(", ", askedDuringOutage.GroupBy(answer => ((int)answer.Status, answer.Code)).Select(group => $"{group.Key}: {group.Count()}")));
        // Once the failure is known (the requests in flight when Neo4j died may wait for their connection), a 503 is
        // fast: 95 % well under a second, none over two (on the loaded machine one in ~3,600 took 1.03 s, possibly
        // a request that met the circuit breaker's once-a-second trial call).
        var known = unavailable.Skip(Clients).Select(answer => answer.Took).Order().ToList();
        Assert.True(known.Count == 0 || known[(int)(known.Count * 0.95)] < TimeSpan.FromSeconds(1), $"The 95th percentile 503 took {known.ElementAtOrDefault((int)(known.Count * 0.95))}.");
        Assert.All(known, took => Assert.True(took < TimeSpan.FromSeconds(2), $"A 503 took {took}."));
        Assert.Contains("Neo4j supervisor:", host.Output, StringComparison.Ordinal);
        Assert.Contains("restarting it in 1 s", host.Output, StringComparison.Ordinal);
        Assert.False(host.HasExited);

        host.Signal("INT");
        Assert.Equal(130, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
    }
}
