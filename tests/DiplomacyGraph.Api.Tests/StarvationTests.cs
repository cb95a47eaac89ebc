using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using Xunit.Abstractions;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// A burst of slow but allowed requests must not starve cheap ones: heavy requests (by their measured cost) run in
/// a small lane of their own, so a cheap request keeps answering in about its usual time, and once the heavy lane is
/// full a further heavy request is refused at once with 503 BUSY and Retry-After. Against the real Neo4j with the
/// seed graph; the test host allows a nested relationship filter that takes seconds there (the default cost limit
/// refuses it) and ends requests after <see cref="Deadline"/>, so the burst is over in a few seconds.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StarvationTests(ApiFixture fixture, ITestOutputHelper output)
{
    private const string Cheap = "{ cities(first: 1, order: [{name: ASC}]) { nodes { name } } }";

    /// <summary>Five levels of relationship filters over articles and their mentions: seconds of work on the seed graph.</summary>
    private const string Slow = "{ entities(first: 500, where: {mentionedIn: {some: {mentions: {some: {mentionedIn: {some: {mentions: {some: " +
        "{mentionedIn: {some: {title: {eq: \"no such title\"}}}}}}}}}}}}) { totalCount } }";

    private const int HeavyInFlight = 2;
    private const int HeavyQueued = 2;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task A_burst_of_slow_requests_fills_the_heavy_lane_while_a_cheap_request_keeps_its_time()
    {
        // A client of its own, so this test-only statement (past the default cost limit) stays out of the run's
        // Cypher 5 lint: with it, the lint once overran its 3 minutes on the loaded machine.
        using var neo4j = new Neo4jClient(fixture.ApiNeo4j.Options);
        var app = ApiServer.Build(fixture.Settings with
        {
            Urls = "http://127.0.0.1:0",
            Neo4j = neo4j,
            Limits = fixture.Settings.Limits with { MaxCost = 10_000_000_000 },
            RequestTimeout = Deadline,
            ReadLanes = new ReadLaneSizes { HeavyInFlight = HeavyInFlight, HeavyQueued = HeavyQueued, HeavyFromCost = 1_000 },
        });
        await app.StartAsync();
        try
        {
            using var api = new GraphQLClient(ApiServer.EndpointUri(app));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            var expected = (await api.QueryAsync(Cheap)).Text("cities.nodes[0].name");
            Assert.NotNull(expected);

            // The cheap request alone.
            var solo = new List<TimeSpan>();
            for (var i = 0; i < 12; i++)
            {
                solo.Add(await TimeCheapAsync(api, expected));
            }

            var soloMedian = Median(solo.Skip(2));
            var bound = TimeSpan.FromTicks(Math.Max(soloMedian.Ticks * 5, TimeSpan.FromSeconds(1).Ticks));

            // The burst: one more slow request than the heavy lane runs and queues, all at once.
            var burstClock = Stopwatch.StartNew();
            var burst = Enumerable.Range(0, HeavyInFlight + HeavyQueued + 1).Select(_ => PostTimedAsync(http, app, Slow)).ToList();
            await Task.Delay(TimeSpan.FromMilliseconds(300));

            // The cheap request while the heavy lane is busy (until just before the burst's deadline).
            var underLoad = new List<TimeSpan>();
            while (burstClock.Elapsed < Deadline - TimeSpan.FromSeconds(1))
            {
                underLoad.Add(await TimeCheapAsync(api, expected));
            }

            var slowWereRunning = burst.Count(task => !task.IsCompleted);
            var answers = await Task.WhenAll(burst);
            output.WriteLine($"cheap alone: median {soloMedian.TotalMilliseconds:F0} ms; during the burst: median {Median(underLoad).TotalMilliseconds:F0} ms, " +
                $"max {underLoad.Max().TotalMilliseconds:F0} ms over {underLoad.Count} requests (bound {bound.TotalMilliseconds:F0} ms)");
            foreach (var answer in answers)
            {
                output.WriteLine($"slow: {(int)answer.Status} {answer.Code ?? "(data)"} after {answer.Took.TotalMilliseconds:F0} ms");
            }

            // The slow requests really were slow and busy the whole time the cheap one was measured ...
            Assert.True(slowWereRunning == HeavyInFlight + HeavyQueued, $"{slowWereRunning} slow requests were still running after the cheap ones.");
            var admitted = answers.Where(answer => answer.Code != GraphDatabaseErrors.BusyCode).ToList();
            Assert.Equal(HeavyInFlight + HeavyQueued, admitted.Count);
            Assert.All(admitted, answer => Assert.True(answer.Took > TimeSpan.FromSeconds(2), $"A slow request took only {answer.Took}."));

            // ... while the cheap one kept answering in about its time alone.
            Assert.True(underLoad.Count >= 5, $"Only {underLoad.Count} cheap requests during the burst.");
            Assert.All(underLoad, took => Assert.True(took < bound, $"A cheap request took {took.TotalMilliseconds:F0} ms during the burst (alone: {soloMedian.TotalMilliseconds:F0} ms)."));

            // The one request past the heavy lane's running and queued slots was refused at once: 503, BUSY, Retry-After.
            var refused = Assert.Single(answers, answer => answer.Code == GraphDatabaseErrors.BusyCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("1", refused.RetryAfter);
            Assert.True(refused.Took < TimeSpan.FromSeconds(1), $"The BUSY answer took {refused.Took}.");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<TimeSpan> TimeCheapAsync(GraphQLClient api, string? expected)
    {
        var clock = Stopwatch.StartNew();
        var response = await api.PostAsync(Cheap);
        var took = clock.Elapsed;
        Assert.True(response.Status == HttpStatusCode.OK && response.Errors.Count == 0, $"The cheap request failed: {(int)response.Status} {response.Body}");
        Assert.Equal(expected, response.Data.Text("cities.nodes[0].name"));
        return took;
    }

    private static async Task<TimedAnswer> PostTimedAsync(HttpClient http, Microsoft.AspNetCore.Builder.WebApplication app, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(ApiServer.EndpointUri(app), content);
        var body = await response.Content.ReadAsStringAsync();
        var took = clock.Elapsed;
        using var json = JsonDocument.Parse(body);
        var code = json.RootElement.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions)
            ? extensions.GetProperty("code").GetString()
            : null;
        return new TimedAnswer(response.StatusCode, code, response.Headers.RetryAfter?.ToString(), took);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record TimedAnswer(HttpStatusCode Status, string? Code, string? RetryAfter, TimeSpan Took);
}
