namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its character offsets in the source (end exclusive) and, for names,
/// numbers and strings, its value. Line and column are not stored; <see cref="Source.GetLocation"/>
/// computes them from <see cref="Start"/> when an error needs them.
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string? value = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Value = value;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>
    /// The name or number as written, or the string's value with escapes resolved and, for block
    /// strings, common indentation removed. Null for punctuators and end of file.
    /// </summary>
    public string? Value { get; }

    /// <summary>The token as syntax errors describe it: <c>Name "id"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public override string ToString() =>
        Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";
}
