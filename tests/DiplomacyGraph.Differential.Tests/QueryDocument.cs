using System.Text;
using DiplomacyGraph.Cypher.Translation;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// The GraphQL text of a <see cref="QueryCase"/>: the filter as the <c>$where</c> variable (typed as the root's
/// filter input), order and paging as literals; every page asks for totalCount, pageInfo, cursors and ids.
/// </summary>
public static class QueryDocument
{
    public static string Text(QueryCase query)
    {
        var nested = query.Nested is { } inner
            ? $" {inner.Relation.Name}{Arguments(inner.Order, inner.Paging, where: false)} {{ totalCount pageInfo {{ hasNextPage hasPreviousPage }} edges {{ cursor node {{ id }} }} }}"
            : "";
        return $"query($where: {query.Root.FilterType}) {{ page: {query.Root.Name}{Arguments(query.Order, query.Paging, where: true)} " +
            $"{{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ id{nested} }} }} }} }}";
    }

    public static Dictionary<string, object?> Variables(QueryCase query) => new() { ["where"] = query.Where?.ToInput() };

    private static string Arguments(IReadOnlyList<(string Field, bool Descending)> order, Paging paging, bool where)
    {
        var arguments = new List<string>();
        if (where)
        {
            arguments.Add("where: $where");
        }

        if (order.Count > 0)
        {
            arguments.Add("order: [" + string.Join(", ", order.Select(key => SortKey(key.Field, key.Descending ? "DESC" : "ASC"))) + "]");
        }

        Add(arguments, "first", paging.First?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(arguments, "after", paging.AfterOffset is { } after ? $"\"{Cursor.Encode(after)}\"" : null);
        Add(arguments, "last", paging.Last?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(arguments, "before", paging.BeforeOffset is { } before ? $"\"{Cursor.Encode(before)}\"" : null);
        return arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")";
    }

    private static string SortKey(string field, string direction) => field.StartsWith("edge.", StringComparison.Ordinal)
        ? $"{{edge: {{{field[5..]}: {direction}}}}}"
        : $"{{{field}: {direction}}}";

    private static void Add(List<string> arguments, string name, string? value)
    {
        if (value is not null)
        {
            arguments.Add($"{name}: {value}");
        }
    }
}
