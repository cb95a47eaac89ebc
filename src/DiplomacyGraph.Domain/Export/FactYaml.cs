using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// Writes one fact-file entry as YAML text in the files' own two styles: a block entry (one key per
/// line, entity files and most relations) or a flow entry on one line (<c>- {type: ..., from: ...}</c>,
/// as the geography relations are written). Values are the property values a fact may hold:
/// text, whole and decimal numbers, booleans and lists of text. Text is written plain where YAML
/// reads it back as the same text (names, Arabic words), otherwise double-quoted — dates and spans
/// always, so they stay text.
/// </summary>
public static partial class FactYaml
{
    /// <summary>Longest line a list is written on in flow style (<c>[a, b]</c>) inside a block entry.</summary>
    private const int FlowListWidth = 100;

    /// <summary>
    /// A block entry: <c>- key: value</c>, then two-space indented keys. A list is written in the style
    /// <paramref name="listStyles"/> gives for its key (true: flow, <c>[a, b]</c>; the entry's own style
    /// when it is rewritten); otherwise evidence one span a line and other lists in flow when short.
    /// </summary>
    public static string Block(IEnumerable<KeyValuePair<string, object>> fields, IReadOnlyDictionary<string, bool>? listStyles = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        var first = true;
        foreach (var (key, value) in fields)
        {
            text.Append(first ? "- " : "  ").Append(key).Append(':');
            first = false;
            if (value is IReadOnlyList<string> items)
            {
                var flow = FlowList(items);
                var inFlow = listStyles is not null && listStyles.TryGetValue(key, out var written)
                    ? written
                    : key != "evidence" && key.Length + flow.Length + 4 <= FlowListWidth;
                if (inFlow)
                {
                    text.Append(' ').Append(flow).Append('\n');
                }
                else
                {
                    text.Append('\n');
                    foreach (var item in items)
                    {
                        text.Append("    - ").Append(Scalar(item, inFlow: false)).Append('\n');
                    }
                }
            }
            else
            {
                text.Append(' ').Append(Scalar(value, inFlow: false)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A flow entry on one line: <c>- {key: value, key: [a, b]}</c>.</summary>
    public static string Flow(IEnumerable<KeyValuePair<string, object>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var parts = fields.Select(field => $"{field.Key}: {(field.Value is IReadOnlyList<string> items ? FlowList(items) : Scalar(field.Value, inFlow: true))}");
        return $"- {{{string.Join(", ", parts)}}}\n";
    }

    private static string FlowList(IReadOnlyList<string> items) => $"[{string.Join(", ", items.Select(item => Scalar(item, inFlow: true)))}]";

    private static string Scalar(object value, bool inFlow) => value switch
    {
        string text => IsPlain(text, inFlow) ? text : Quoted(text),
        bool flag => flag ? "true" : "false",
        long whole => whole.ToString(CultureInfo.InvariantCulture),
        int whole => whole.ToString(CultureInfo.InvariantCulture),
        double real => Decimal(real),
        _ => throw new ArgumentException($"A fact value cannot be a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A decimal that YAML reads back as a decimal (never as a whole number).</summary>
    private static string Decimal(double real)
    {
        var text = real.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>
    /// True when the text can be written without quotes: it starts with a letter and holds only
    /// letters, digits, spaces and punctuation YAML gives no meaning there (a comma only outside a
    /// flow, where it separates items), and it is not a word YAML reads as a boolean or null.
    /// </summary>
    private static bool IsPlain(string text, bool inFlow) =>
        PlainText().IsMatch(text) && !text.EndsWith(' ') && !(inFlow && text.Contains(','))
        && text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n");

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var character in text)
        {
            quoted.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(character) => $"\\u{(int)character:x4}",
                _ => character.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}\p{N} .,_\-'’()/،؛–]*$")]
    private static partial Regex PlainText();
}
