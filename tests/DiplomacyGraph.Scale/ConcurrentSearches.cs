using System.Diagnostics;
using System.Globalization;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Scale;

/// <summary>
/// Issue 11's load check: <c>searches</c> searches sent to the API at once (each a different synthetic
/// name, Arabic and English alternating, over several labels), <c>rounds</c> times; how many were
/// answered without error, and the p50/p99 of the answered ones (each timed from the moment all were sent).
/// </summary>
public static class ConcurrentSearches
{
    private const string Document = """
        query ($text: String!) { search(text: $text, first: 10) { score matched entity { id name } } }
        """;

    private static readonly string[] Labels = [EntityLabels.City, EntityLabels.Person, EntityLabels.Organization, EntityLabels.Event];

    public static async Task<string> MeasureAsync(BenchmarkClient client, int searches, int rounds, CancellationToken cancellationToken)
    {
        var samples = new LatencySamples();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var sent = Enumerable.Range(0, searches).Select(i => TimeOneAsync(client, Shape(round * searches + i), cancellationToken)).ToList();
            foreach (var (elapsed, error) in await Task.WhenAll(sent))
            {
                if (error is null)
                {
                    samples.Add(elapsed);
                }
                else
                {
                    samples.AddError(error);
                }
            }
        }

        var errors = samples.Errors == 0 ? "" : $"; first error: {samples.FirstError}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{searches} concurrent searches × {rounds} rounds ({wall.Elapsed.TotalSeconds:F0} s): {samples.Count} of {searches * rounds} answered, " +
            $"p50 {samples.Percentile(50):F1} ms, p99 {samples.Percentile(99):F1} ms{errors}.");
    }

    private static BenchmarkShape Shape(int number)
    {
        var label = Labels[number % Labels.Length];
        // Spread over each label's range (hubs and rare entities alike), the same every run.
        var index = (int)(number * 7_919L % 10_000);
        var text = number % 2 == 0 ? SyntheticGraph.Name(label, index) : SyntheticGraph.ArabicName(label, index);
        return new BenchmarkShape($"search {text}", Document, BenchmarkShape.With(("text", text)));
    }

    private static async Task<(TimeSpan Elapsed, string? Error)> TimeOneAsync(BenchmarkClient client, BenchmarkShape shape, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var answer = await client.PostAsync(shape, cancellationToken);
        return (clock.Elapsed, answer.Error);
    }
}
