using System.Text.RegularExpressions;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// A root field's <c>@cypher</c> query split at its final <c>RETURN &lt;expression&gt; AS this</c>, so the
/// compiler can continue the query (<c>… WITH &lt;expression&gt; AS this</c> and the projection of the
/// selection) instead of wrapping it in a subquery, which Neo4j 3.1 lacks.
/// </summary>
public sealed partial record RootCypherStatement(string Body, string ReturnExpression)
{
    public static RootCypherStatement Parse(string statement, string where)
    {
        var returnAt = LastTopLevelReturn(statement);
        if (returnAt < 0)
        {
            throw new SchemaDefinitionException($"{where}: a root @cypher statement must end with 'RETURN <expression> AS this'; no RETURN found.");
        }

        var tail = statement[(returnAt + "RETURN".Length)..];
        var match = ReturnsThis().Match(tail);
        if (!match.Success)
        {
            throw new SchemaDefinitionException($"{where}: a root @cypher statement must end with 'RETURN <expression> AS this' (one column, no ORDER BY/SKIP/LIMIT after it: put those in a WITH before).");
        }

        return new RootCypherStatement(statement[..returnAt], match.Groups["expression"].Value.Trim());
    }

    /// <summary>The offset of the last RETURN keyword that is not inside a string, an escaped name or a comment.</summary>
    private static int LastTopLevelReturn(string text)
    {
        var last = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"' or '`')
            {
                i = SkipQuoted(text, i, c);
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if ((c is 'R' or 'r') && IsKeywordAt(text, i, "RETURN"))
            {
                last = i;
            }
        }

        return last;
    }

    private static int SkipQuoted(string text, int start, char quote)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsKeywordAt(string text, int at, string keyword) =>
        at + keyword.Length <= text.Length
        && string.Compare(text, at, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at == 0 || !IsWordChar(text[at - 1]))
        && (at + keyword.Length == text.Length || !IsWordChar(text[at + keyword.Length]));

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"^(?<expression>[\s\S]+?)\s+AS\s+this\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnsThis();
}
