using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>Turns result JSON into plain CLR values.</summary>
internal static class JsonValues
{
    /// <summary>
    /// Integers become <see cref="long"/> straight from their digits (Neo4j writes them exactly, even beyond 2^53);
    /// anything with a fraction or exponent (Neo4j writes floats as <c>1.0</c>, <c>1.5E300</c>) becomes <see cref="double"/>.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToMap(element),
        _ => throw new Neo4jProtocolException($"Unexpected JSON value kind {element.ValueKind}."),
    };

    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToClr(property.Value);
        }

        return map;
    }

    private static IReadOnlyList<object?> ToList(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            list.Add(ToClr(item));
        }

        return list;
    }
}
