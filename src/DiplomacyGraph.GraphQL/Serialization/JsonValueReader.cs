using System.Buffers;
using System.Text.Json;

namespace DiplomacyGraph.GraphQL.Serialization;

/// <summary>
/// Turns the JSON value at a <see cref="Utf8JsonReader"/>'s position into the plain CLR values the
/// engine takes as variables: <c>null</c>, <c>bool</c>, <c>string</c>, <c>long</c> for integers
/// that fit 64 bits, <c>decimal</c> for larger integers up to 28 digits, <c>double</c> for any
/// other number, insertion-ordered
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
                return ReadNumber(ref reader);
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

    /// <summary>
    /// JSON does not tell integers from floats, and a double holds integers exactly only up to 2^53
    /// (9007199254740993 would become ...992). So a number written without fraction or exponent
    /// stays exact: a long when it fits 64 bits, else a decimal when it fits 28 digits; anything
    /// else (1.5, 1e3, a longer integer) is a double. Scalars then accept or refuse the exact value.
    /// </summary>
    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var integer))
        {
            return integer;
        }

        var text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var isInteger = Array.TrueForAll(text, character => character is (byte)'-' or (>= (byte)'0' and <= (byte)'9'));
        return isInteger && reader.TryGetDecimal(out var large) ? large : reader.GetDouble();
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
