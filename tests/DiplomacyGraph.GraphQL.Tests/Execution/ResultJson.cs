using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>
/// An execution result as compact JSON in graphql-js's key order (errors, then data), so tests can
/// compare with the JSON.stringify of graphql-js's result for the same request.
/// </summary>
internal static class ResultJson
{
    // JSON.stringify escapes only quotes, backslashes and control characters.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ExecutionResult result)
    {
        var builder = new StringBuilder("{");
        var first = true;
        if (result.Errors is { } errors)
        {
            builder.Append("\"errors\":[");
            for (var i = 0; i < errors.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                var error = errors[i];
                builder.Append("{\"message\":").Append(JsonSerializer.Serialize(error.Message, Options));
                if (error.Locations is { } locations)
                {
                    builder.Append(",\"locations\":[")
                        .AppendJoin(',', locations.Select(l => $"{{\"line\":{l.Line},\"column\":{l.Column}}}"))
                        .Append(']');
                }

                if (error.Path is { } path)
                {
                    builder.Append(",\"path\":[")
                        .AppendJoin(',', path.Select(p => p is int index ? index.ToString(CultureInfo.InvariantCulture) : JsonSerializer.Serialize((string)p, Options)))
                        .Append(']');
                }

                if (error.Extensions is { } extensions)
                {
                    builder.Append(",\"extensions\":");
                    WriteValue(builder, extensions);
                }

                builder.Append('}');
            }

            builder.Append(']');
            first = false;
        }

        if (result.HasData)
        {
            if (!first)
            {
                builder.Append(',');
            }

            builder.Append("\"data\":");
            WriteValue(builder, result.Data);
        }

        return builder.Append('}').ToString();
    }

    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value);
        return builder.ToString();
    }

    private static void WriteValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text, Options));
                break;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                builder.Append('{');
                var firstEntry = true;
                foreach (var (key, item) in map)
                {
                    if (!firstEntry)
                    {
                        builder.Append(',');
                    }

                    firstEntry = false;
                    builder.Append(JsonSerializer.Serialize(key, Options)).Append(':');
                    WriteValue(builder, item);
                }

                builder.Append('}');
                break;
            case IEnumerable list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        builder.Append(',');
                    }

                    firstItem = false;
                    WriteValue(builder, item);
                }

                builder.Append(']');
                break;
            case double number:
                builder.Append(DiplomacyGraph.GraphQL.Utilities.JsNumber.Format(number));
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
