namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// The lexical tokens of GraphQL (https://spec.graphql.org/October2021/#sec-Language.Source-Text.Lexical-Tokens).
/// Ignored tokens (white space, line terminators, commas, comments, the BOM) never reach the parser.
/// </summary>
public enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    EqualsSign,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How token kinds are named in syntax error messages, exactly as graphql-js names them.</summary>
public static class TokenKindDescriptions
{
    /// <summary>
    /// The kind as an error message shows it: punctuators quoted (<c>"{"</c>), other kinds by name
    /// (<c>Name</c>, <c>&lt;EOF&gt;</c>).
    /// </summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.EqualsSign => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
