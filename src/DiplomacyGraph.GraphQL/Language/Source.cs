namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document and a name for it in error messages.
/// Line and column are computed on demand from offsets, so nodes carry only two integers.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>1-based line and column of a character offset, as the spec's error locations use.</summary>
    /// <remarks>Line terminators are LF, CRLF and CR (https://spec.graphql.org/October2021/#LineTerminator).</remarks>
    public SourceLocation GetLocation(int offset)
    {
        var starts = _lineStarts ??= ComputeLineStarts(Body);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(line + 1, offset - starts[line] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
