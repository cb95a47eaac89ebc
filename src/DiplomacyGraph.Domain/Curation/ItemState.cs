using System.Text.Json;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// A node or relationship as a change record keeps it: a node's labels, a relationship's type and
/// ends, and the stored properties. Serialized into a change's <c>before</c>/<c>after</c> JSON.
/// </summary>
public sealed record ItemState(
    string Id,
    IReadOnlyList<string>? Labels,
    string? Type,
    string? Start,
    string? End,
    IReadOnlyDictionary<string, object?> Properties)
{
    public bool IsRelationship => Type is not null;

    /// <summary>The state as JSON, with sorted keys, so two equal states give the same text.</summary>
    public Dictionary<string, object?> ToJsonObject()
    {
        var json = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (IsRelationship)
        {
            json["type"] = Type;
            json["start"] = Start;
            json["end"] = End;
        }
        else
        {
            json["labels"] = Labels!.Order(StringComparer.Ordinal).ToList();
        }

        json["properties"] = new SortedDictionary<string, object?>(Properties.ToDictionary(), StringComparer.Ordinal);
        return json;
    }

    /// <summary>The canonical text of the state, for comparing two states.</summary>
    public string Canonical() => JsonSerializer.Serialize(ToJsonObject());

    /// <summary>Reads a state written by <see cref="ToJsonObject"/>.</summary>
    public static ItemState FromJson(string id, JsonElement json)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in json.GetProperty("properties").EnumerateObject())
        {
            properties[property.Name] = ValueOf(property.Value);
        }

        return json.TryGetProperty("type", out var type)
            ? new ItemState(id, null, type.GetString(), json.GetProperty("start").GetString(), json.GetProperty("end").GetString(), properties)
            : new ItemState(id, [.. json.GetProperty("labels").EnumerateArray().Select(label => label.GetString()!)], null, null, null, properties);
    }

    /// <summary>JSON values as the Neo4j client reads them: integers as long, other numbers as double.</summary>
    private static object? ValueOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ValueOf).ToList(),
        _ => null,
    };
}
