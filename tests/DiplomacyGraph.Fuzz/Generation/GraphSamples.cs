using System.Text.Json;

namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>
/// Real values from the running graph (ids, names, cursors) so that generated arguments find
/// something, read once at the start through the API itself.
/// </summary>
public sealed record GraphSamples(IReadOnlyList<string> Ids, IReadOnlyList<string> Names, IReadOnlyList<string> Cursors)
{
    public const string Query = "{ entities(first: 200) { edges { cursor node { id name } } } }";

    public static GraphSamples FromData(JsonElement data)
    {
        var edges = data.GetProperty("entities").GetProperty("edges").EnumerateArray().ToList();
        var ids = edges.Select(edge => edge.GetProperty("node").GetProperty("id").GetString()!).ToList();
        var names = edges.Select(edge => edge.GetProperty("node").GetProperty("name").GetString()!).ToList();
        var cursors = edges.Select(edge => edge.GetProperty("cursor").GetString()!).ToList();
        if (ids.Count == 0)
        {
            throw new InvalidOperationException("The graph has no entities: load it before fuzzing (the run command does).");
        }

        return new GraphSamples(ids, names, cursors);
    }
}
