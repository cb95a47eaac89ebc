using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Connections: the page window over an ordered, collected list, and the connection map (edges, nodes, pageInfo, totalCount).</summary>
internal sealed partial class SelectionTranslator
{
    /// <summary>
    /// Given <paramref name="all"/>, the ordered list of elements in the row, computes the page
    /// window [start, end) from the paging arguments with list arithmetic, projects the elements
    /// in it and binds the connection map. Offsets are what the cursors encode.
    /// </summary>
    /// <param name="all">
    /// Every element, or (when <paramref name="totalCount"/> is given or the total is not selected) at
    /// least the first <see cref="PageRequest.PrefixLength"/> of them: the window and <c>hasNextPage</c>
    /// come out the same from such a prefix.
    /// </param>
    /// <param name="totalCount">A variable of the row holding the total, when it is counted apart from <paramref name="all"/>.</param>
    private string Connection(ConnectionShape shape, CollectedField selection, PageRequest page, string all, Scope scope, string? totalCount)
    {
        var group = _names.NextGroup();
        var total = "len" + group; // the length of the collected list: the total, or a prefix's length
        var start = "s" + group;
        var end = "e" + group;
        var items = "items" + group;

        Emit(scope.WithClause(all, $"size({all}) AS {total}"));
        var endBound = page.Before is { } before
            ? $"CASE WHEN {_parameters.Add(before)} < {total} THEN {_parameters.Add(before)} ELSE {total} END"
            : total;
        Emit(scope.WithClause(all, total, $"{endBound} AS {end}"));
        var startBound = page.After is { } after
            ? $"CASE WHEN {_parameters.Add(after + 1)} < {end} THEN {_parameters.Add(after + 1)} ELSE {end} END"
            : "0";
        Emit(scope.WithClause(all, total, end, $"{startBound} AS {start}"));
        if (page.First is { } first)
        {
            var count = _parameters.Add(first);
            Emit(scope.WithClause(all, total, start, $"CASE WHEN {start} + {count} < {end} THEN {start} + {count} ELSE {end} END AS {end}"));
        }

        if (page.Last is { } last)
        {
            var count = _parameters.Add(last);
            Emit(scope.WithClause(all, total, end, $"CASE WHEN {end} - {count} > {start} THEN {end} - {count} ELSE {start} END AS {start}"));
        }

        var fields = _collector.Collect(selection.SubSelections, condition => condition == shape.ConnectionType);
        var listed = fields.Where(field => field.FieldName is "edges" or "nodes").ToList();
        if (listed.Count > 0)
        {
            Items(shape, listed, all, group, total, start, end, items, scope);
        }

        var entries = new List<(string, string)>();
        foreach (var field in fields)
        {
            switch (field.FieldName)
            {
                case "totalCount":
                    entries.Add((field.ResponseKey, totalCount ?? total));
                    break;
                case "pageInfo":
                    entries.Add((field.ResponseKey, PageInfo(field, total, start, end)));
                    break;
                case "edges" or "nodes":
                    entries.Add((field.ResponseKey, $"[item IN {items} | item.{CypherText.Key(field.ResponseKey)}]"));
                    break;
            }
        }

        return Bind(CypherText.Map(entries), scope);
    }

    private bool SelectsTotalCount(ConnectionShape shape, CollectedField selection) =>
        _collector.Collect(selection.SubSelections, condition => condition == shape.ConnectionType).Any(field => field.FieldName == "totalCount");

    /// <summary>
    /// Binds <paramref name="items"/>: one map per element of the window, keyed by the response keys
    /// of the <c>edges</c>/<c>nodes</c> selections. Without nested stages a list comprehension over
    /// the window suffices; otherwise the window is unwound, each element goes through the stages
    /// with its index, and the rows are collected back ordered by that index.
    /// </summary>
    private void Items(ConnectionShape shape, IReadOnlyList<CollectedField> listed, string all, int group, string total, string start, string end, string items, Scope scope)
    {
        var index = "i" + group;
        if (!ItemsNeedStages(shape, listed))
        {
            var indexed = $"{all}[{index}]";
            var node = shape.ElementsAreEdges ? indexed + ".m" : indexed;
            var edge = shape.ElementsAreEdges ? indexed + ".r" : null;
            var projection = ItemProjection(shape, listed, node, edge, index, scope);
            Emit(scope.WithClause(total, start, end, $"[{index} IN range({start}, {end} - 1) | {projection}] AS {items}"));
            return;
        }

        var nodeVariable = "n" + group;
        var edgeVariable = "e" + group + "r";
        Emit($"UNWIND CASE WHEN {end} > {start} THEN range({start}, {end} - 1) ELSE [null] END AS {index}");
        var inner = scope.UnwoundAt(index, total, start, end, index, nodeVariable);
        // Neo4j 3.1 fails on list[null], so the empty page's null index is tested first.
        var element = $"CASE WHEN {index} IS NULL THEN NULL ELSE {all}[{index}] END";
        if (shape.ElementsAreEdges)
        {
            Emit(scope.WithClause(total, start, end, index, $"{element}.m AS {nodeVariable}", $"{element}.r AS {edgeVariable}"));
            inner = inner.With(edgeVariable);
        }
        else
        {
            Emit(scope.WithClause(total, start, end, index, $"{element} AS {nodeVariable}"));
        }

        var itemProjection = ItemProjection(shape, listed, nodeVariable, shape.ElementsAreEdges ? edgeVariable : null, index, inner);
        Emit(inner.WithClause() + " ORDER BY " + index);
        Emit(scope.WithClause(total, start, end, $"collect(CASE WHEN {index} IS NULL THEN NULL ELSE {itemProjection} END) AS {items}"));
    }

    private string ItemProjection(ConnectionShape shape, IReadOnlyList<CollectedField> listed, string node, string? edge, string index, Scope scope)
    {
        var entries = new List<(string, string)>();
        foreach (var field in listed)
        {
            entries.Add((field.ResponseKey, field.FieldName == "nodes"
                ? ProjectComposite(shape.Target, node, field.SubSelections, scope)
                : EdgeProjection(shape, field, node, edge, index, scope)));
        }

        return CypherText.Map(entries);
    }

    private string EdgeProjection(ConnectionShape shape, CollectedField edges, string node, string? edge, string index, Scope scope)
    {
        var entries = new List<(string, string)>();
        foreach (var field in _collector.Collect(edges.SubSelections, condition => condition == shape.EdgeType))
        {
            switch (field.FieldName)
            {
                case var name when name.StartsWith("__", StringComparison.Ordinal):
                    break;
                case "cursor":
                    entries.Add((field.ResponseKey, index));
                    break;
                case "node":
                    entries.Add((field.ResponseKey, ProjectComposite(shape.Target, node, field.SubSelections, scope)));
                    break;
                default:
                    var property = shape.Properties?.GetField(EdgeIdentity.PropertyFieldName(field.FieldName))
                        ?? throw new InvalidOperationException($"{shape.EdgeType} has no field '{field.FieldName}'.");
                    entries.Add((field.ResponseKey, ProjectField(property, field, edge!, scope, guard: null)));
                    break;
            }
        }

        return CypherText.Map(entries);
    }

    private bool ItemsNeedStages(ConnectionShape shape, IReadOnlyList<CollectedField> listed)
    {
        foreach (var field in listed)
        {
            if (field.FieldName == "nodes")
            {
                if (NeedsStage(shape.Target, [.. field.SubSelections]))
                {
                    return true;
                }

                continue;
            }

            foreach (var edgeField in _collector.Collect(field.SubSelections, condition => condition == shape.EdgeType))
            {
                if (edgeField.FieldName == "node" && NeedsStage(shape.Target, [.. edgeField.SubSelections]))
                {
                    return true;
                }

                if (shape.Properties?.FindField(EdgeIdentity.PropertyFieldName(edgeField.FieldName)) is { } property && FieldNeedsStage(property, edgeField))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string PageInfo(CollectedField pageInfo, string total, string start, string end)
    {
        var entries = new List<(string, string)>();
        foreach (var field in _collector.Collect(pageInfo.SubSelections, condition => condition == GeneratedNames.PageInfo))
        {
            var value = field.FieldName switch
            {
                "hasNextPage" => $"{end} < {total}",
                "hasPreviousPage" => $"{start} > 0",
                "startCursor" => $"CASE WHEN {end} > {start} THEN {start} END",
                "endCursor" => $"CASE WHEN {end} > {start} THEN {end} - 1 END",
                _ => null,
            };
            if (value is not null)
            {
                entries.Add((field.ResponseKey, value));
            }
        }

        return CypherText.Map(entries);
    }
}
