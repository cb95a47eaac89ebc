using System.Text.Json;
using DiplomacyGraph.Cypher.Translation;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// What the API must answer for a <see cref="QueryCase"/>, computed over the <see cref="GraphDump"/>, in the
/// response's own JSON shape, so the two compare as text.
/// </summary>
public static class ReferenceAnswer
{
    public static string Json(QueryCase query, GraphDump graph)
    {
        var matching = graph.Nodes
            .Where(node => node.Labels.Contains(query.Root.Label))
            .Select(node => new Candidate(node, null, graph))
            .Where(candidate => query.Where?.Matches(candidate) ?? true);
        var page = ExpectedPage.Of(Order.Sort(matching, query.Order), query.Paging);
        var answer = new Dictionary<string, object?>
        {
            ["totalCount"] = page.TotalCount,
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = page.HasNextPage,
                ["hasPreviousPage"] = page.HasPreviousPage,
                ["startCursor"] = page.Items.Count == 0 ? null : Cursor.Encode(page.Start),
                ["endCursor"] = page.Items.Count == 0 ? null : Cursor.Encode(page.Start + page.Items.Count - 1),
            },
            ["edges"] = page.Items.Select((item, index) => new Dictionary<string, object?>
            {
                ["cursor"] = Cursor.Encode(page.Start + index),
                ["node"] = Node(item.Node, query.Nested, graph),
            }).ToList(),
        };
        return JsonSerializer.Serialize(new Dictionary<string, object?> { ["page"] = answer });
    }

    private static Dictionary<string, object?> Node(DumpedNode node, NestedConnection? nested, GraphDump graph)
    {
        var result = new Dictionary<string, object?> { ["id"] = node.Id };
        if (nested is not null)
        {
            var page = ExpectedPage.Of(Order.Sort(Related.Of(graph, node, nested.Relation), nested.Order), nested.Paging);
            result[nested.Relation.Name] = new Dictionary<string, object?>
            {
                ["totalCount"] = page.TotalCount,
                ["pageInfo"] = new Dictionary<string, object?> { ["hasNextPage"] = page.HasNextPage, ["hasPreviousPage"] = page.HasPreviousPage },
                ["edges"] = page.Items.Select((item, index) => new Dictionary<string, object?>
                {
                    ["cursor"] = Cursor.Encode(page.Start + index),
                    ["node"] = new Dictionary<string, object?> { ["id"] = item.Node.Id },
                }).ToList(),
            };
        }

        return result;
    }
}
