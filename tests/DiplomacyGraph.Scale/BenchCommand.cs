using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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

    public static Command Create()
    {
        var command = new Command("bench", "Benchmark the API beside Neo4j itself on the scale instance's graph.") { Urls, Iterations, BudgetSeconds, Output };
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
            var app = ApiServer.Build(new ApiServerSettings
            {
                Urls = parseResult.GetValue(Urls)!,
                Neo4j = apiNeo4j,
                DataFolder = GraphLoader.DefaultDataFolder,
            });
            await app.StartAsync(cancellationToken);
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
                var report = new StringBuilder();
                report.AppendLine(Header(await direct.GetServerInfoAsync(cancellationToken)));
                report.AppendLine("| shape | runs | API p50 ms | direct p50 ms | p50 ratio | API p99 ms | direct p99 ms | p99 ratio | errors |");
                report.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
                Console.Write(report);
                foreach (var shape in BenchmarkShapes.All)
                {
                    var row = await MeasureAsync(shape, http, ApiServer.EndpointUri(app), capture, direct, parseResult, cancellationToken);
                    report.AppendLine(row);
                    Console.WriteLine(row);
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
        BenchmarkShape shape, HttpClient http, Uri endpoint, StatementCapture capture, Neo4jClient direct, ParseResult parseResult, CancellationToken cancellationToken)
    {
        capture.Take();
        var warmUp = await PostAsync(http, endpoint, shape, cancellationToken);
        var statements = capture.Take();
        var api = new LatencySamples();
        var neo4j = new LatencySamples();
        if (warmUp is not null)
        {
            api.AddError(warmUp);
        }

        var budget = Stopwatch.StartNew();
        for (var run = 0; run < parseResult.GetValue(Iterations) && (run < 3 || budget.Elapsed.TotalSeconds < parseResult.GetValue(BudgetSeconds)); run++)
        {
            // Alternate which side goes first, so neither always meets the other's warm caches.
            if (run % 2 == 0)
            {
                await TimeApiAsync(http, endpoint, shape, api, cancellationToken);
                await TimeDirectAsync(direct, statements, neo4j, cancellationToken);
            }
            else
            {
                await TimeDirectAsync(direct, statements, neo4j, cancellationToken);
                await TimeApiAsync(http, endpoint, shape, api, cancellationToken);
            }

            capture.Take();
        }

        var errors = api.Errors + neo4j.Errors == 0 ? "" : $"API {api.Errors}, direct {neo4j.Errors}: {api.FirstError ?? neo4j.FirstError}";
        return string.Create(CultureInfo.InvariantCulture,
            $"| {shape.Name} | {api.Count} | {api.Percentile(50):F1} | {neo4j.Percentile(50):F1} | {api.Percentile(50) / neo4j.Percentile(50):F2} | " +
            $"{api.Percentile(99):F1} | {neo4j.Percentile(99):F1} | {api.Percentile(99) / neo4j.Percentile(99):F2} | {errors.Replace('|', '/')} |");
    }

    private static async Task TimeApiAsync(HttpClient http, Uri endpoint, BenchmarkShape shape, LatencySamples samples, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var error = await PostAsync(http, endpoint, shape, cancellationToken);
        if (error is null)
        {
            samples.Add(clock.Elapsed);
        }
        else
        {
            samples.AddError(error);
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

    /// <summary>Posts the shape; returns null, or the first error's message.</summary>
    private static async Task<string?> PostAsync(HttpClient http, Uri endpoint, BenchmarkShape shape, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(endpoint, new { query = shape.Document, variables = shape.Variables }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("message").GetString() ?? "error" : null;
    }

    private static string Header(ServerInfo server)
    {
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim() : "unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores (shared), {memory} RAM, {server}.\n");
    }
}
