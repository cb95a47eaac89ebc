using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Scale;

/// <summary>
/// <c>bench</c>: each <see cref="BenchmarkShapes"/> shape through the API (in-process, over HTTP on
/// <c>--urls</c>) and, interleaved in the same run, the very statements the API sent for it (captured
/// from its Neo4j client) sent straight to Neo4j; p50 and p99 of both and their ratio, as a Markdown table.
/// </summary>
public static class BenchCommand
{
    private static readonly Option<string> Urls = new("--urls") { Description = "Where the API listens.", DefaultValueFactory = _ => "http://127.0.0.1:5150" };
    private static readonly Option<int> Iterations = new("--iterations") { Description = "Timed runs per shape and side.", DefaultValueFactory = _ => 20 };
    private static readonly Option<int> BudgetSeconds = new("--budget-seconds")
    {
        Description = "Stop timing a shape after this long (at least 3 runs each).",
        DefaultValueFactory = _ => 60,
    };

    private static readonly Option<string?> Output = new("--output") { Description = "Also write the Markdown table to this file." };

    private static readonly Option<string?> StatementsFile = new("--statements")
    {
        Description = "Also append the statements the API sent for each shape to this file (JSON lines), to PROFILE them.",
    };

    private static readonly Option<string> Shapes = new("--shapes")
    {
        Description = "standard (issue 10's shapes) or limits (the costliest requests the default limits allow, issue 8).",
        DefaultValueFactory = _ => "standard",
    };

    private static readonly Option<long?> MaxCost = new("--max-cost")
    {
        Description = "The API's cost limit for this run (default: the API's default), e.g. high to time requests the default refuses.",
    };

    private static readonly Option<string?> Only = new("--only") { Description = "Only the shapes whose name contains this text." };

    private static readonly Option<int> ConcurrentSearchCount = new("--concurrent-searches")
    {
        Description = "After the standard shapes, send this many searches at once (0: skip).",
        DefaultValueFactory = _ => 16,
    };

    private static readonly Option<int> ConcurrentRounds = new("--concurrent-rounds") { Description = "How many times.", DefaultValueFactory = _ => 5 };

    public static Command Create()
    {
        var command = new Command("bench", "Benchmark the API beside Neo4j itself on the scale instance's graph.") 
        {
            Urls, Iterations, BudgetSeconds, Output, StatementsFile, Shapes, Only, MaxCost, ConcurrentSearchCount, ConcurrentRounds,
        };
        Shapes.AcceptOnlyFromAmong("standard", "limits");
        foreach (var option in ScaleInstance.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var instance = ScaleInstance.From(parseResult);
            await ScaleInstance.StartAsync(instance, cancellationToken);
            var clientOptions = new Neo4jClientOptions { Uri = instance.HttpUri, User = instance.User, Password = instance.Password };
            using var apiNeo4j = new Neo4jClient(clientOptions);
            using var direct = new Neo4jClient(clientOptions);
            var capture = new StatementCapture();
            apiNeo4j.AddObserver(capture);
            var settings = new ApiServerSettings
            {
                Urls = parseResult.GetValue(Urls)!,
                Neo4j = apiNeo4j,
                DataFolder = GraphLoader.DefaultDataFolder,
            };
            var app = ApiServer.Build(parseResult.GetValue(MaxCost) is { } maxCost
                ? settings with { Limits = settings.Limits with { MaxCost = maxCost } }
                : settings);
            await app.StartAsync(cancellationToken);
            // The costs printed are those of the graph's statistics, not of the request alone.
            await ApiServer.CostStatisticsOf(app).RefreshAsync(cancellationToken);
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
                var client = new BenchmarkClient(http, ApiServer.EndpointUri(app));
                var report = new StringBuilder();
                report.AppendLine(Header(await direct.GetServerInfoAsync(cancellationToken)));
                report.AppendLine("| shape | cost | runs | API p50 ms | direct p50 ms | p50 ratio | API p99 ms | direct p99 ms | p99 ratio | errors |");
                report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
                Console.Write(report);
                var standard = parseResult.GetValue(Shapes) == "standard";
                var only = parseResult.GetValue(Only);
                foreach (var shape in (standard ? BenchmarkShapes.All : CostLimitShapes.All)
                    .Where(shape => only is null || shape.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
                {
                    var row = await MeasureAsync(shape, client, capture, direct, parseResult, cancellationToken);
                    report.AppendLine(row);
                    Console.WriteLine(row);
                }

                if (standard && parseResult.GetValue(ConcurrentSearchCount) is > 0 and var searches)
                {
                    var line = await ConcurrentSearches.MeasureAsync(client, searches, parseResult.GetValue(ConcurrentRounds), cancellationToken);
                    report.AppendLine().AppendLine(line);
                    Console.WriteLine();
                    Console.WriteLine(line);
                }

                if (parseResult.GetValue(Output) is { } file)
                {
                    await File.WriteAllTextAsync(file, report.ToString(), cancellationToken);
                }
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
                await app.DisposeAsync();
            }

            return 0;
        });
        return command;
    }

    private static async Task<string> MeasureAsync(
        BenchmarkShape shape, BenchmarkClient client, StatementCapture capture, Neo4jClient direct, ParseResult parseResult, CancellationToken cancellationToken)
    {
        capture.Take();
        var warmUp = await client.PostAsync(shape, cancellationToken);
        var statements = capture.Take();
        if (parseResult.GetValue(StatementsFile) is { } statementsFile)
        {
            await CapturedStatementsFile.AppendAsync(statementsFile, shape, statements, cancellationToken);
        }

        var api = new LatencySamples();
        var neo4j = new LatencySamples();
        if (warmUp.Error is not null)
        {
            api.AddError(warmUp.Error);
        }

        var budget = Stopwatch.StartNew();
        for (var run = 0; run < parseResult.GetValue(Iterations) && (run < 3 || budget.Elapsed.TotalSeconds < parseResult.GetValue(BudgetSeconds)); run++)
        {
            // Alternate which side goes first, so neither always meets the other's warm caches.
            if (run % 2 == 0)
            {
                await TimeApiAsync(client, shape, api, cancellationToken);
                await TimeDirectAsync(direct, statements, neo4j, cancellationToken);
            }
            else
            {
                await TimeDirectAsync(direct, statements, neo4j, cancellationToken);
                await TimeApiAsync(client, shape, api, cancellationToken);
            }

            capture.Take();
        }

        var errors = api.Errors + neo4j.Errors == 0 ? "" : $"API {api.Errors}, direct {neo4j.Errors}: {api.FirstError ?? neo4j.FirstError}";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {shape.Name} | {warmUp.Cost:N0} | {api.Count} | {api.Percentile(50):F1} | {neo4j.Percentile(50):F1} | {api.Percentile(50) / neo4j.Percentile(50):F2} | " +
            $"{api.Percentile(99):F1} | {neo4j.Percentile(99):F1} | {api.Percentile(99) / neo4j.Percentile(99):F2} | {errors.Replace('|', '/')} |");
    }

    private static async Task TimeApiAsync(BenchmarkClient client, BenchmarkShape shape, LatencySamples samples, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var answer = await client.PostAsync(shape, cancellationToken);
        if (answer.Error is null)
        {
            samples.Add(clock.Elapsed);
        }
        else
        {
            samples.AddError(answer.Error);
        }
    }

    private static async Task TimeDirectAsync(
        Neo4jClient direct, IReadOnlyList<IReadOnlyList<Statement>> requests, LatencySamples samples, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            samples.AddError("no statement to send: the API's own request failed before Neo4j answered");
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var request in requests)
            {
                await direct.RunAsync(request, cancellationToken);
            }

            samples.Add(clock.Elapsed);
        }
        catch (Neo4jException exception)
        {
            samples.AddError(exception.Message);
        }
    }

    private static string Header(ServerInfo server)
    {
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim() : "unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared), {memory} RAM, {server}.\n");
    }
}
