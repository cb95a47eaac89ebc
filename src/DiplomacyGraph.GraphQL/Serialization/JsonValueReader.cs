using System.Text.Json;

namespace DiplomacyGraph.GraphQL.Serialization;

/// <summary>
/// Turns the JSON value at a <see cref="Utf8JsonReader"/>'s position into the plain CLR values the
/// engine takes as variables: <c>null</c>, <c>bool</c>, <c>string</c>, <c>long</c> for integers
/// that fit 64 bits (a <c>double</c> for any other number), insertion-ordered
/// <see cref="Dictionary{TKey,TValue}"/> for objects and <see cref="List{T}"/> for arrays.
/// </summary>
public static class JsonValueReader
{
    /// <summary>A whole JSON text (variables, a data file) as plain values.</summary>
    /// <exception cref="JsonException">The JSON is malformed, or an object repeats a key.</exception>
    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        Advance(ref reader);
        return ReadValue(ref reader);
    }

    /// <summary>Reads the value starting at the reader's current token; leaves the reader on its last token.</summary>
    /// <exception cref="JsonException">The JSON is malformed, or an object repeats a key.</exception>
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                // JSON does not tell integers from floats; the convention is: an integer literal
                // that fits Int64 is a long, anything else (fraction, exponent, huge) a double.
                return reader.TryGetInt64(out var integer) ? integer : reader.GetDouble();
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (Advance(ref reader) != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Reads the object starting at the reader's current <see cref="JsonTokenType.StartObject"/>.</summary>
    public static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (Advance(ref reader) != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            Advance(ref reader);
            // A repeated key is ambiguous (which value did the client mean?), so it is refused
            // rather than silently keeping the first or last.
            if (!map.TryAdd(key, ReadValue(ref reader)))
            {
                throw new JsonException($"The key \"{key}\" appears twice in one object.");
            }
        }

        return map;
    }

    private static JsonTokenType Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends early.");
        }

        return reader.TokenType;
    }
}
