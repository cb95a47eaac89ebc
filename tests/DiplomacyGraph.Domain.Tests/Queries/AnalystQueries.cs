using DiplomacyGraph.Neo4j;
using Record = DiplomacyGraph.Neo4j.Record;

namespace DiplomacyGraph.Domain.Tests.Queries;

/// <summary>The analyst questions of <c>cypher/queries/</c>, copied next to the test binaries, run as written.</summary>
public static class AnalystQueries
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "cypher", "queries");

    public static IReadOnlyList<string> Names =>
        [.. Directory.EnumerateFiles(Folder, "*.cypher").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".cypher"));

    public static async Task<IReadOnlyList<Record>> RunAsync(Neo4jClient client, string name, object parameters)
    {
        var values = parameters.GetType().GetProperties().ToDictionary(property => property.Name, property => property.GetValue(parameters));
        var result = await client.RunAsync(new Statement(Text(name), values));
        return result.Records;
    }
}
