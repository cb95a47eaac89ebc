using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>
/// <c>throughput</c>: the API under <c>wrk</c> at a fixed concurrency beside the very statement it compiles, sent
/// by <c>wrk</c> straight to Neo4j's auto-commit endpoint, in alternating rounds of one run; plus the API's CPU
/// time per request. The API is served in this process (as <c>serve</c> does) over a Neo4j instance of its own
/// with the seed graph, so this process's CPU time during an API round is the API's (the harness only waits). On a
/// shared machine the request rates follow the others' load; the CPU each request costs the API, Neo4j (its process
/// group) and wrk does much less, so each round also reports the ratio those costs imply for a machine of its own.
/// </summary>
public static class ThroughputRun
{
    /// <summary>README query 1: a city by name, its twins with the evidence, each twin's province.</summary>
    public const string Query = """
        {
          cities(where: {name: {eq: "Tacoma"}}) {
            nodes {
              name
              nameAr
              twins {
                edges {
                  since
                  node { name nameAr ... on City { locatedIn { nodes { name } } } }
                  evidence { quote article { title publishedOn } }
                }
              }
            }
          }
        }
        """;

    public static async Task<int> RunAsync(ThroughputSettings settings)
    {
        Console.WriteLine(MachineDescription.Now());
        var instance = await Neo4jInstance.ProvisionAndStartAsync(new Neo4jInstanceOptions
        {
            Directory = Path.Combine(LocalFolder.Resolve(), "neo4j", "throughput"),
            HttpPort = settings.Neo4jHttpPort,
            BoltPort = settings.Neo4jBoltPort,
            StopWhenThisProcessExits = true,
        }, TextWriter.Null);
        try
        {
            var clientOptions = new Neo4jClientOptions { Uri = instance.HttpUri, User = instance.User, Password = instance.Password };
            using var neo4j = new Neo4jClient(clientOptions);
            await SeedGraph.EnsureLoadedAsync(neo4j);
            var capture = new LastStatement();
            using var observing = neo4j.AddObserver(capture);
            var app = ApiServer.Build(new ApiServerSettings
            {
                Urls = $"http://127.0.0.1:{settings.ApiPort}",
                Neo4j = neo4j,
                DataFolder = GraphLoader.DefaultDataFolder,
            });
            await app.StartAsync();
            try
            {
                var endpoint = ApiServer.EndpointUri(app);
                var graphqlBody = JsonSerializer.SerializeToUtf8Bytes(new { query = Query });
                var apiAnswer = await PostAsync(endpoint, graphqlBody, null);
                var statement = capture.Statement ?? throw new InvalidOperationException("The API sent no statement: " + apiAnswer);
                var neo4jBody = JsonSerializer.SerializeToUtf8Bytes(new
                {
                    statements = new[] { new { statement = statement.Text, parameters = statement.Parameters, resultDataContents = new[] { "row" } } },
                });
                var commit = new Uri(instance.HttpUri, "db/data/transaction/commit");
                var authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{instance.User}:{instance.Password}"));
                CheckSameAnswer(apiAnswer, await PostAsync(commit, neo4jBody, authorization));
                observing.Dispose();

                var work = Directory.CreateDirectory(Path.Combine(LocalFolder.Resolve(), "bench", "throughput")).FullName;
                var api = new WrkTarget("API /graphql", endpoint, await WrkTarget.WriteScriptAsync(work, "api", graphqlBody, null, "\"errors\""));
                var direct = new WrkTarget("Neo4j /transaction/commit", commit, await WrkTarget.WriteScriptAsync(work, "direct", neo4jBody, authorization, "\"errors\":[{"));
                var neo4jGroup = int.Parse(await File.ReadAllTextAsync(Path.Combine(instance.Options.Directory, "supervisor.pid")), CultureInfo.InvariantCulture);
                return await CompareAsync(settings, api, direct, neo4jGroup);
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            await instance.StopAsync();
        }
    }

    private static async Task<int> CompareAsync(ThroughputSettings settings, WrkTarget api, WrkTarget direct, int neo4jGroup)
    {
        // Warm both (JIT and tiering, Neo4j's query cache) before anything is counted.
        await Wrk.RunAsync(api, settings.Connections, settings.WarmUpSeconds);
        await Wrk.RunAsync(direct, settings.Connections, settings.WarmUpSeconds);
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        var apiCpu = new List<double>();
        long errors = 0;
        for (var round = 0; round < settings.Rounds; round++)
        {
            // Alternate which side goes first, so neither always runs in the other's wake. The machine is shared,
            // so each round's ratio (two runs next to each other) says more than totals over the whole run.
            (WrkResult Result, CpuSample Cpu) apiRun, directRun;
            if (round % 2 == 0)
            {
                apiRun = await MeasureAsync(api, settings, neo4jGroup);
                directRun = await MeasureAsync(direct, settings, neo4jGroup);
            }
            else
            {
                directRun = await MeasureAsync(direct, settings, neo4jGroup);
                apiRun = await MeasureAsync(api, settings, neo4jGroup);
            }

            var viaApi = apiRun.Cpu.PerRequest(apiRun.Result.Requests);
            var straight = directRun.Cpu.PerRequest(directRun.Result.Requests);

            // What the two would reach on cores of their own: requests per CPU second of everything a request needs.
            cpuRatios.Add((straight.Neo4j + straight.Wrk) / (viaApi.Api + viaApi.Neo4j + viaApi.Wrk));
            ratios.Add(apiRun.Result.RequestsPerSecond / directRun.Result.RequestsPerSecond);
            apiCpu.Add(viaApi.Api);
            errors += apiRun.Result.Errors + directRun.Result.Errors;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: API {apiRun.Result.RequestsPerSecond,6:F0} req/s, direct {directRun.Result.RequestsPerSecond,6:F0} req/s, ratio {ratios[^1]:F2}; " +
                $"CPU ms/request via API: API {viaApi.Api:F3} Neo4j {viaApi.Neo4j:F3} wrk {viaApi.Wrk:F3}, direct: Neo4j {straight.Neo4j:F3} wrk {straight.Wrk:F3}; " +
                $"CPU-bound ratio {cpuRatios[^1]:F2}; errors {apiRun.Result.Errors + directRun.Result.Errors}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| c{settings.Connections}, {settings.Rounds} rounds × {settings.Seconds} s | API/direct req/s: median {Median(ratios):F2} (range {ratios.Min():F2}–{ratios.Max():F2}) | " +
            $"CPU-bound ratio: median {Median(cpuRatios):F2} (range {cpuRatios.Min():F2}–{cpuRatios.Max():F2}) | " +
            $"API CPU: median {Median(apiCpu):F3} ms/request (range {apiCpu.Min():F3}–{apiCpu.Max():F3}) | errors {errors} |"));
        return errors == 0 ? 0 : 1;
    }

    private static async Task<(WrkResult Result, CpuSample Cpu)> MeasureAsync(WrkTarget target, ThroughputSettings settings, int neo4jGroup)
    {
        var before = CpuSample.Take(neo4jGroup);
        var result = await Wrk.RunAsync(target, settings.Connections, settings.Seconds);
        return (result, CpuSample.Take(neo4jGroup) - before);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<string> PostAsync(Uri target, byte[] body, string? authorization)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Both sides must return the same city before their speed means anything.</summary>
    private static void CheckSameAnswer(string apiAnswer, string neo4jAnswer)
    {
        using var api = JsonDocument.Parse(apiAnswer);
        using var neo4j = JsonDocument.Parse(neo4jAnswer);
        var fromApi = api.RootElement.GetProperty("data").GetProperty("cities").GetProperty("nodes")[0].GetProperty("twins").GetProperty("edges").GetArrayLength();
        var row = neo4j.RootElement.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row")[0];
        var fromNeo4j = row.GetProperty("nodes")[0].GetProperty("twins").GetProperty("edges").GetArrayLength();
        if (fromApi == 0 || fromApi != fromNeo4j || neo4j.RootElement.GetProperty("errors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"The API and Neo4j disagree or found nothing:\n{apiAnswer}\n{neo4jAnswer}");
        }
    }

    private sealed class LastStatement : IStatementObserver
    {
        public Statement? Statement { get; private set; }

        public void OnExecuted(StatementExecution execution)
        {
            if (execution.Statements.Count == 1)
            {
                Statement = execution.Statements[0];
            }
        }
    }
}
