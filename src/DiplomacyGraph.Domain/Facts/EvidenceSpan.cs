using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// A stretch of an article's text that states a fact: <c>articleId:start-end</c>, character
/// (UTF-16) offsets into the article file's text, <see cref="End"/> exclusive.
/// </summary>
public sealed partial record EvidenceSpan(string ArticleId, int Start, int End, SourceLocation Location)
{
    /// <summary>The span as written in the fact files and stored in the graph.</summary>
    public override string ToString() => $"{ArticleId}:{Start.ToString(CultureInfo.InvariantCulture)}-{End.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads <c>articleId:start-end</c>; null when <paramref name="text"/> does not have that shape.</summary>
    public static EvidenceSpan? TryParse(string text, SourceLocation location)
    {
        var match = SpanPattern().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups["start"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(match.Groups["end"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return null;
        }

        return new EvidenceSpan(match.Groups["article"].Value, start, end, location);
    }

    [GeneratedRegex(@"^(?<article>[A-Za-z0-9_.\-]+):(?<start>[0-9]+)-(?<end>[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();
}
