using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacyGraph.Fuzz.Checking;
using DiplomacyGraph.Fuzz.Generation;
using DiplomacyGraph.Fuzz.Schema;
using DiplomacyGraph.Fuzz.Sending;

namespace DiplomacyGraph.Fuzz;

/// <summary>
/// Reads the live schema and sample values through the API, then sends the generated requests with
/// a fixed number of workers and checks every response. Request <c>i</c> of seed <c>s</c> is the same
/// in every run (its own <see cref="Random"/>), whatever order the workers take them in.
/// </summary>
public static class FuzzRunner
{
    /// <summary>A valid document should never make Neo4j fail; when it does, the compiled Cypher has a bug.</summary>
    private const string DatabaseErrorCode = "GRAPH_DATABASE_ERROR";

    public static async Task<FuzzReport> RunAsync(FuzzSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var (schema, samples) = await ReadSchemaAsync(settings.Endpoint, cancellationToken);
        var valid = new ValidDocumentGenerator(schema, samples, settings.Seed, settings.ValidDocuments);
        var mutated = new MutatedRequestGenerator(schema, samples, valid);
        var malformed = new MalformedHttpGenerator(settings.Endpoint, valid);
        var checker = new ResponseChecker(new InternalDetailPatterns(settings.ForbiddenTexts));
        using var sender = new RequestSender(settings.Endpoint, settings.Concurrency, settings.RequestTimeout);
        var report = new FuzzReport { Seed = settings.Seed, HostPid = settings.HostPid };
        await using var memory = settings.HostPid is { } pid ? new MemorySampler(pid) : null;

        var clock = Stopwatch.StartNew();
        var next = settings.FirstIndex - 1;
        var end = settings.FirstIndex + settings.Requests;
        using var progress = settings.ProgressInterval is { } interval
            ? new Timer(_ => log.WriteLine($"  {Interlocked.Read(ref next) - settings.FirstIndex + 1:N0} requests, {report.ViolationCount} violations, {clock.Elapsed.TotalSeconds:0} s{MemoryNote(memory)}"), null, interval, interval)
            : null;

        async Task WorkAsync()
        {
            for (var index = Interlocked.Increment(ref next); index < end; index = Interlocked.Increment(ref next))
            {
                var request = Generate(index, settings, valid, mutated, malformed);
                var started = Stopwatch.GetTimestamp();
                var response = await sender.SendAsync(request, cancellationToken);
                var codes = new List<string>();
                var violations = checker.Check(request, response, codes).ToList();
                if (settings.ShowEachRequest)
                {
                    log.WriteLine($"  #{index} {request.Kind.ToString().ToLowerInvariant()}/{request.Shape}: {response.Status} {string.Join(',', codes.Distinct())} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
                    log.WriteLine("    " + ResponseChecker.Shorten(request.Http is { } form ? form.Method + " " + form.PathAndQuery + " " + System.Text.Encoding.UTF8.GetString(form.Body ?? []) : System.Text.Encoding.UTF8.GetString(request.Raw!)));
                }

                report.Record(request, response, codes, violations);
                if (request.Kind == RequestKind.Valid && codes.Contains(DatabaseErrorCode))
                {
                    report.RecordFinding(request, "valid-document-failed-in-neo4j", ResponseChecker.Shorten(response.Body));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(WorkAsync, cancellationToken)));
        report.Duration = clock.Elapsed;
        if (memory is not null)
        {
            await memory.DisposeAsync();
            report.Memory = memory.Snapshot();
            if (settings.MaxHostMemoryBytes is { } limit && memory.Max > limit)
            {
                report.Record(
                    new FuzzRequest(-1, RequestKind.Valid, "memory"),
                    new FuzzResponse(200, null, string.Empty, null),
                    [],
                    [new Violation("host-memory", $"the host reached {memory.Max / 1024 / 1024} MB, over the {limit / 1024 / 1024} MB allowed")]);
            }
        }

        return report;
    }

    /// <summary>The request of this index: its kind and everything in it drawn from its own seeded random.</summary>
    public static FuzzRequest Generate(long index, FuzzSettings settings, ValidDocumentGenerator valid, MutatedRequestGenerator mutated, MalformedHttpGenerator malformed)
    {
        var random = new Random(unchecked((settings.Seed * 1_000_003) ^ (int)index ^ (int)(index >> 32) * 7919));
        var (validShare, mutatedShare, malformedShare) = settings.Mix;
        var draw = random.Next(validShare + mutatedShare + malformedShare);
        if (draw < validShare)
        {
            var payload = valid.FromPool(random);
            var get = random.Next(3) == 0;
            return new FuzzRequest(index, RequestKind.Valid, get ? "get" : "post")
            {
                Http = get ? PayloadTransport.Get(payload, random) : PayloadTransport.Post(payload, random),
            };
        }

        if (draw < validShare + mutatedShare)
        {
            var (shape, form) = mutated.Generate(random);
            return new FuzzRequest(index, RequestKind.Mutated, shape) { Http = form };
        }

        return malformed.Generate(index, random).Request;
    }

    private static async Task<(SchemaModel Schema, GraphSamples Samples)> ReadSchemaAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var schema = SchemaModel.FromIntrospection(await QueryAsync(http, endpoint, SchemaModel.IntrospectionQuery, cancellationToken));
        var samples = GraphSamples.FromData(await QueryAsync(http, endpoint, GraphSamples.Query, cancellationToken));
        return (schema, samples);
    }

    private static async Task<JsonElement> QueryAsync(HttpClient http, Uri endpoint, string query, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(endpoint, new { query }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"The endpoint {endpoint} did not answer the fuzzer's setup query ({(int)response.StatusCode}): {body}");
        }

        return body.GetProperty("data");
    }

    private static string MemoryNote(MemorySampler? memory) =>
        memory is null ? string.Empty : $", host RSS max {memory.Snapshot().Max / 1024 / 1024} MB";
}
