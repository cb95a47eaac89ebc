using System.Collections;
using System.Globalization;
using System.Text.Json;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.Serialization;

/// <summary>
/// Writes GraphQL results and errors as JSON with a <see cref="Utf8JsonWriter"/>
/// (https://spec.graphql.org/October2021/#sec-Response-Format), with no intermediate string or
/// DOM. Values are the engine's plain CLR values. The one writer of the response format: the HTTP
/// endpoint sends what it writes, and the graphql-js conformance test compares what it writes.
/// </summary>
public static class ResponseJsonWriter
{
    /// <summary>
    /// Non-ASCII text (Arabic names) is written as UTF-8, not <c>\u</c> escapes: the body is JSON
    /// served as JSON, never inlined into HTML, so the relaxed encoder is safe and keeps bodies small.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>
    /// A whole execution result: <c>errors</c> first (as the spec suggests, so a reader sees them
    /// before a large data tree), then <c>data</c> when the result has that entry (even null), then
    /// <c>extensions</c>.
    /// </summary>
    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            WriteErrors(writer, errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteMap(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>https://spec.graphql.org/October2021/#sec-Errors — message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray("locations");
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WriteStartArray("path");
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteMap(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>A result value: null, scalars, maps (in their order) and lists, nested.</summary>
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
                WriteDouble(writer, number);
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
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case float number:
                WriteDouble(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                // Scalars serialize to JSON-compatible values; anything else is an engine or
                // resolver bug, better reported than written as a type name.
                throw new InvalidOperationException(
                    $"A GraphQL result holds a value of type {value.GetType()}, which has no JSON form.");
        }
    }

    public static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new InvalidOperationException($"A GraphQL result holds the number {number}, which JSON cannot represent.");
        }

        writer.WriteNumberValue(number);
    }
}
