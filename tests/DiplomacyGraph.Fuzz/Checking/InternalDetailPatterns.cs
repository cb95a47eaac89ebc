using System.Text.RegularExpressions;

namespace DiplomacyGraph.Fuzz.Checking;

/// <summary>
/// Text that must never reach a client: what Neo4j, .NET or the machine would give away about the
/// inside. Each pattern is named for the report. Texts given with <c>--forbid</c> (the Neo4j password,
/// the API key, the Neo4j address) are checked as they are.
/// </summary>
public sealed partial class InternalDetailPatterns(IReadOnlyList<string> forbiddenTexts)
{
    private static readonly (string Name, Regex Pattern)[] Patterns =
    [
        ("neo4j-status", NeoStatus()),
        ("internal-url", InternalUrl()),
        ("neo4j-endpoint", Neo4jEndpoint()),
        ("stack-frame", StackFrame()),
        ("exception-type", ExceptionType()),
        ("dotnet-or-java-type", QualifiedTypeName()),
        ("internal-node-id", NodeId()),
        ("file-path", FilePath()),
        ("file-content", FileContent()),
    ];

    /// <summary>The first internal detail in the text: its pattern's name and the text around it; null when there is none.</summary>
    public (string Pattern, string Excerpt)? Find(string text)
    {
        foreach (var forbidden in forbiddenTexts)
        {
            var at = text.IndexOf(forbidden, StringComparison.Ordinal);
            if (at >= 0)
            {
                return ("forbidden-text", Excerpt(text, at, forbidden.Length));
            }
        }

        foreach (var (name, pattern) in Patterns)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                return (name, Excerpt(text, match.Index, match.Length));
            }
        }

        return null;
    }

    private static string Excerpt(string text, int index, int length)
    {
        var start = Math.Max(0, index - 60);
        var end = Math.Min(text.Length, index + length + 60);
        return text[start..end];
    }

    [GeneratedRegex(@"\bNeo\.(ClientError|TransientError|DatabaseError|ClientNotification)\b")]
    private static partial Regex NeoStatus();

    [GeneratedRegex(@"\b(https?|bolt|neo4j)://(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InternalUrl();

    [GeneratedRegex(@"/db/data/|/db/neo4j/tx|/db/[a-z]+/tx\b")]
    private static partial Regex Neo4jEndpoint();

    [GeneratedRegex(@"(^|\s)at [A-Za-z_][\w.`<>\[\]]*\.[\w`<>]+\(|--- End of|\.cs:line \d+|\bat org\.neo4j\.")]
    private static partial Regex StackFrame();

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex ExceptionType();

    [GeneratedRegex(@"\b(System|Microsoft|DiplomacyGraph)\.[A-Z]\w*\.[A-Z]\w*|\b(java|javax|org\.neo4j)\.[a-z]+\.")]
    private static partial Regex QualifiedTypeName();

    [GeneratedRegex(@"\b(Node|Relationship)[\s(\[#]+\d+\b|\bnode\(\d+\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"(/work/|/home/|/root/|/tmp/|/usr/(share|lib)/|/proc/\d|[A-Za-z]:\\\\)")]
    private static partial Regex FilePath();

    [GeneratedRegex(@"root:x:0:0|<Project Sdk|\bdbms\.security\.")]
    private static partial Regex FileContent();
}
