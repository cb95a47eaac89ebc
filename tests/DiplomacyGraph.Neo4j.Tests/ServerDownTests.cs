using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>No server behind the URI, or one that never answers: the client must fail clearly and in time.</summary>
public sealed class ServerDownTests
{
    [Fact]
    public async Task A_server_that_is_down_gives_a_clear_error_after_a_few_attempts_and_then_fails_fast()
    {
        var closedPort = LocalPorts.FindFree();
        using var client = new Neo4jClient(new Neo4jClientOptions
        {
            Uri = new Uri($"http://127.0.0.1:{closedPort}"),
            Timeout = TimeSpan.FromSeconds(20),
            MaxRetryTime = TimeSpan.FromSeconds(3),
        });
        var clock = Stopwatch.StartNew();

        // Two connection failures open the circuit; the next attempt is not sent, and not retried.
        var error = await Assert.ThrowsAsync<CircuitOpenException>(() => client.RunAsync(new Statement("RETURN 1")));
        var firstTook = clock.Elapsed;
        clock.Restart();
        await Assert.ThrowsAsync<CircuitOpenException>(() => client.RunAsync(new Statement("RETURN 1")));
        var secondTook = clock.Elapsed;

        Assert.True(firstTook < TimeSpan.FromSeconds(3), $"took {firstTook}");
        Assert.True(secondTook < TimeSpan.FromSeconds(0.5), $"took {secondTook}");
        Assert.Contains($"127.0.0.1:{closedPort}", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.PreviousAttempts);
        Assert.All(error.PreviousAttempts, attempt => Assert.IsType<ServiceUnavailableException>(attempt));
        Assert.Contains("gave up after", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_instead_of_hanging()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the OS completes the handshake) but never answers a request
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var client = new Neo4jClient(new Neo4jClientOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<Neo4jTimeoutException>(() => client.RunAsync(new Statement("RETURN 1")));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
        Assert.Contains("did not finish within 2 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_cancellation_stops_the_call_without_being_reported_as_a_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        using var client = new Neo4jClient(new Neo4jClientOptions { Uri = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(new Statement("RETURN 1"), cancellation.Token));
    }
}
