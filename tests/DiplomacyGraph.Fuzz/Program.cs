using System.CommandLine;
using DiplomacyGraph.Fuzz;

// The fuzzer: valid, mutated and malformed requests against a running API, every response checked.
// See tests/DiplomacyGraph.Fuzz/README.md.
var endpoint = new Option<string>("--endpoint") { Description = "The GraphQL endpoint of a running host.", DefaultValueFactory = _ => "http://127.0.0.1:5080/graphql" };
var requests = new Option<int>("--requests") { Description = "How many requests to send.", DefaultValueFactory = _ => 10_000 };
var seed = new Option<int>("--seed") { Description = "The seed; request i of a seed is the same in every run.", DefaultValueFactory = _ => 1 };
var from = new Option<long>("--from") { Description = "Index of the first request (with --requests 1, replays one request of a report).", DefaultValueFactory = _ => 0 };
var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 8 };
var pid = new Option<int?>("--pid") { Description = "The host's process id: its resident memory is sampled and reported." };
var maxMemory = new Option<int?>("--max-memory-mb") { Description = "Fail the run if the host's resident memory goes above this." };
var forbid = new Option<string[]>("--forbid") { Description = "A text no response may contain (repeatable): the Neo4j password, an API key, the Neo4j address.", AllowMultipleArgumentsPerToken = false };
var documents = new Option<int>("--valid-documents") { Description = "Distinct valid documents the run draws from (Neo4j plans each once).", DefaultValueFactory = _ => 500 };
var show = new Option<bool>("--show") { Description = "Print each request's kind, shape and status (with --requests small, to look at a few)." };

var root = new RootCommand("Fuzz the DiplomacyGraph GraphQL endpoint: valid, mutated and malformed requests; exit code 1 on any violation.")
{
    endpoint, requests, seed, from, concurrency, documents, pid, maxMemory, forbid, show,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var settings = new FuzzSettings
    {
        Endpoint = new Uri(parseResult.GetValue(endpoint)!),
        Requests = parseResult.GetValue(requests),
        Seed = parseResult.GetValue(seed),
        FirstIndex = parseResult.GetValue(from),
        Concurrency = parseResult.GetValue(concurrency),
        ValidDocuments = parseResult.GetValue(documents),
        HostPid = parseResult.GetValue(pid),
        MaxHostMemoryBytes = parseResult.GetValue(maxMemory) * 1024L * 1024L,
        ForbiddenTexts = parseResult.GetValue(forbid) ?? [],
        ShowEachRequest = parseResult.GetValue(show),
    };
    Console.WriteLine($"Fuzzing {settings.Endpoint} with seed {settings.Seed}: {settings.Requests:N0} requests from #{settings.FirstIndex}, {settings.Concurrency} at once.");
    var report = await FuzzRunner.RunAsync(settings, Console.Out, cancellationToken);
    Console.WriteLine(report.Format());
    return report.ViolationCount == 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();
