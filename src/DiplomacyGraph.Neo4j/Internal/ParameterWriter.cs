using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// Writes parameter values as JSON. The values statements carry (strings, integers, doubles, booleans, null, and
/// lists and string-keyed maps of them) are written directly, which costs a fraction of System.Text.Json's
/// reflection-driven serialization of <c>object</c> values on every request; any other value (a plain object, a
/// typed dictionary) goes through the serializer with the same options as before.
/// </summary>
internal static class ParameterWriter
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.General)
    {
        Converters = { new FloatingPointConverter(), new SingleConverter() },
    };

    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in map)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case int integer:
                writer.WriteNumberValue(integer);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number:
                FloatingPointConverter.WriteDouble(writer, number);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IReadOnlyList<object?> list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValue(writer, list[i]);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), SerializerOptions);
                break;
        }
    }
}
