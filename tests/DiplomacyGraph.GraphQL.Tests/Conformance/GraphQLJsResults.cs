using System.Text.Json.Nodes;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>What graphql-js made of every corpus document: run once per test run, shared by all cases.</summary>
internal static class GraphQLJsResults
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonObject>>> Results = new(RunAsync);

    public static Task<IReadOnlyDictionary<string, JsonObject>> GetAsync() => Results.Value;

    private static async Task<IReadOnlyDictionary<string, JsonObject>> RunAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"graphql-js-results-{Guid.NewGuid():N}.json");
        try
        {
            await GraphQLJs.RunDifferentialAsync(CorpusPaths.Corpus, output);
            var results = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var item in JsonNode.Parse(await File.ReadAllTextAsync(output))!.AsArray())
            {
                var result = item!.AsObject();
                var name = result["name"]!.GetValue<string>();
                result.Remove("name");
                results[name] = result;
            }

            return results;
        }
        finally
        {
            File.Delete(output);
        }
    }
}
