using System.Text.Json;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Scale;

/// <summary>
/// Writes the statements the API sent for each shape, one JSON object a line (shape, statement text,
/// parameters: the form of Neo4j's HTTP API), so a slow shape's statement can be sent again with
/// <c>PROFILE</c> in front.
/// </summary>
public static class CapturedStatementsFile
{
    public static async Task AppendAsync(string path, BenchmarkShape shape, IReadOnlyList<IReadOnlyList<Statement>> requests, CancellationToken cancellationToken)
    {
        var lines = requests.SelectMany(request => request).Select(statement => JsonSerializer.Serialize(new
        {
            shape = shape.Name,
            statement = statement.Text,
            parameters = statement.Parameters ?? new Dictionary<string, object?>(),
        }));
        await File.AppendAllLinesAsync(path, lines, cancellationToken);
    }
}
