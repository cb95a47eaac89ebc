using System.Text.Json;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// One document of the corpus and the request around it, read from its header comments
/// (<c># variables: {...}</c>, <c># operationName: Name</c>), exactly as differential.mjs reads them.
/// </summary>
internal sealed record CorpusDocument(string Name, string Text, IReadOnlyDictionary<string, object?>? Variables, string? OperationName)
{
    public static CorpusDocument Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusPaths.Corpus, name));
        IReadOnlyDictionary<string, object?>? variables = null;
        string? operationName = null;
        foreach (var line in text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            if (line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                variables = (IReadOnlyDictionary<string, object?>?)PlainJson.Parse(line["# variables:".Length..]);
            }
            else if (line.StartsWith("# operationName:", StringComparison.Ordinal))
            {
                operationName = line["# operationName:".Length..].Trim();
            }
            else
            {
                break;
            }
        }

        return new CorpusDocument(name, text, variables, operationName);
    }
}

/// <summary>JSON text to the engine's plain values (maps, lists, strings, longs, doubles, booleans, null), and back.</summary>
internal static class PlainJson
{
    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return Read(ref reader);
    }

    private static object? Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    map[key] = Read(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integer) ? integer : reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool boolean:
                writer.WriteBooleanValue(boolean);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"The engine returned a value of type {value.GetType()}, which has no JSON form.");
        }
    }
}
