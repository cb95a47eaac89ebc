using System.Collections;
using System.Globalization;
using System.Text;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// A runtime value written the way graphql-js's <c>inspect</c> writes it in error messages:
/// strings JSON-quoted, numbers as JavaScript prints them, maps as <c>{ a: 1 }</c>, lists as
/// <c>[1, 2]</c> (ten items at most), types by their SDL name.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        Format(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>A string quoted as JSON.stringify quotes it.</summary>
    public static string JsonString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendJsonString(builder, value);
        return builder.ToString();
    }

    private static void Format(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendJsonString(builder, text);
                return;
            case bool boolean:
                builder.Append(boolean ? "true" : "false");
                return;
            case double number:
                builder.Append(JsNumber.Format(number));
                return;
            case float number:
                builder.Append(JsNumber.Format(number));
                return;
            case decimal number:
                builder.Append(JsNumber.Format((double)number));
                return;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case GraphQLType type:
                builder.Append(type.ToString());
                return;
            case GraphQLDirective directive:
                builder.Append('@').Append(directive.Name);
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                FormatObject(builder, map, depth);
                return;
            case IDictionary dictionary:
                FormatObject(builder, EnumerateDictionary(dictionary), depth);
                return;
            case IEnumerable list:
                FormatArray(builder, list, depth);
                return;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
        }
    }

    private static void FormatObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var entries = map.ToList();
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Format(builder, entries[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void FormatArray(StringBuilder builder, IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        var shown = Math.Min(MaxArrayLength, items.Count);
        var remaining = items.Count - shown;
        builder.Append('[');
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Format(builder, items[i], depth + 1);
        }

        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void AppendJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                    {
                        // A lone surrogate: JSON.stringify escapes it rather than writing invalid text.
                        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
