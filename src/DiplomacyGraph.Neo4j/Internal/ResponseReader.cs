using System.Globalization;
using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// Reads a transactional-API answer: <c>{"results":[{"columns":[..],"data":[{"row":[..],"graph":{..}}]}],
/// "errors":[{"code","message"}], "commit": url, "transaction": {"expires": rfc1123}}</c>.
/// </summary>
internal static class ResponseReader
{
    public static ServerResponse Read(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var results = new List<StatementResult>();
        if (root.TryGetProperty("results", out var resultsElement))
        {
            foreach (var result in resultsElement.EnumerateArray())
            {
                results.Add(ReadResult(result));
            }
        }

        var errors = new List<ServerError>();
        if (root.TryGetProperty("errors", out var errorsElement))
        {
            foreach (var error in errorsElement.EnumerateArray())
            {
                errors.Add(new ServerError(
                    error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""));
            }
        }

        var commit = root.TryGetProperty("commit", out var commitElement) ? commitElement.GetString() : null;
        DateTimeOffset? expires = null;
        if (root.TryGetProperty("transaction", out var transaction)
            && transaction.TryGetProperty("expires", out var expiresElement)
            && DateTimeOffset.TryParse(expiresElement.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            expires = parsed;
        }

        return new ServerResponse(results, errors, commit, expires);
    }

    private static StatementResult ReadResult(JsonElement result)
    {
        var columns = new List<string>();
        foreach (var column in result.GetProperty("columns").EnumerateArray())
        {
            columns.Add(column.GetString()!);
        }

        var records = new List<Record>();
        foreach (var datum in result.GetProperty("data").EnumerateArray())
        {
            var values = new object?[columns.Count];
            var i = 0;
            foreach (var value in datum.GetProperty("row").EnumerateArray())
            {
                values[i++] = JsonValues.ToClr(value);
            }

            var graph = datum.TryGetProperty("graph", out var graphElement) ? ReadGraph(graphElement) : null;
            records.Add(new Record(columns, values, graph));
        }

        return new StatementResult(columns, records);
    }

    private static RecordGraph ReadGraph(JsonElement graph)
    {
        var nodes = new List<GraphNode>();
        foreach (var node in graph.GetProperty("nodes").EnumerateArray())
        {
            var labels = node.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!).ToList();
            nodes.Add(new GraphNode(IdOf(node), labels, JsonValues.ToMap(node.GetProperty("properties"))));
        }

        var relationships = new List<GraphRelationship>();
        foreach (var relationship in graph.GetProperty("relationships").EnumerateArray())
        {
            relationships.Add(new GraphRelationship(
                IdOf(relationship),
                relationship.GetProperty("type").GetString()!,
                relationship.GetProperty("startNode").GetString()!,
                relationship.GetProperty("endNode").GetString()!,
                JsonValues.ToMap(relationship.GetProperty("properties"))));
        }

        return new RecordGraph(nodes, relationships);
    }

    // 3.x sends ids as strings; tolerate numbers too.
    private static string IdOf(JsonElement item)
    {
        var id = item.GetProperty("id");
        return id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
    }
}
