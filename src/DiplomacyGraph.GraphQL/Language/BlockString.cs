using System.Text;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Block strings (<c>"""..."""</c>): the spec's BlockStringValue() for reading them and graphql-js's
/// rules for printing a value back as one (https://spec.graphql.org/October2021/#sec-String-Value).
/// </summary>
public static class BlockString
{
    /// <summary>
    /// https://spec.graphql.org/October2021/#BlockStringValue() — removes the common indentation of
    /// every line but the first, then leading and trailing blank lines, and joins with <c>\n</c>.
    /// </summary>
    public static string DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue; // blank lines set no indentation
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            if (i != firstNonEmptyLine)
            {
                result.Append('\n');
            }

            var line = lines[i];
            if (i == 0)
            {
                result.Append(line); // the first line's indentation is kept
            }
            else if (commonIndent < line.Length)
            {
                result.Append(line.AsSpan(commonIndent));
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The value as graphql-js's <c>printBlockString</c> writes it: <c>"""</c> escaped, on its own
    /// lines when that reads better, never losing leading white space or a trailing quote.
    /// </summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Length == 1;

        // Lines after the first that all start with white space would lose it to dedent; a
        // leading newline makes the first line's (zero) indentation count.
        var forceLeadingNewLine = lines.Length > 1;
        for (var i = 1; forceLeadingNewLine && i < lines.Length; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        var result = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// Whether <see cref="Print"/> would give back exactly this value once read again: false for
    /// control characters, carriage returns, leading or trailing blank lines and common indentation.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var code in value)
        {
            switch (code)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // leading blank line
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // trailing blank line
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    private static bool IsWhiteSpace(char code) => code is ' ' or '\t';

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static string[] SplitLines(string text) =>
        text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
}
