using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens, one <see cref="Advance"/> at a time
/// (https://spec.graphql.org/October2021/#sec-Language.Source-Text). Ignored tokens are skipped.
/// A <c>ref struct</c> over the source's characters: copying it is cheap, which is how
/// <see cref="Peek"/> looks one token ahead without disturbing the stream.
/// </summary>
/// <remarks>
/// Errors are graphql-js 16's, word for word, so a client sees the same message from either engine.
/// Split by concern: this file reads punctuators, names, comments and white space;
/// <c>Lexer.Numbers.cs</c> and <c>Lexer.Strings.cs</c> read the longer literals.
/// </remarks>
public ref partial struct Lexer
{
    private readonly Source _source;
    private readonly ReadOnlySpan<char> _body;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _body = source.Body.AsSpan();
        Token = new Token(TokenKind.StartOfFile, 0, 0);
    }

    public readonly Source Source => _source;

    /// <summary>The current token: start of file before the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>Moves to the next token and returns it; once at end of file, stays there.</summary>
    public Token Advance()
    {
        if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadToken(Token.End);
        }

        return Token;
    }

    /// <summary>The token after the current one, leaving this lexer where it is.</summary>
    public readonly Token Peek()
    {
        var copy = this;
        return copy.Advance();
    }

    /// <summary>https://spec.graphql.org/October2021/#Token and https://spec.graphql.org/October2021/#Ignored</summary>
    private readonly Token ReadToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];
            switch (code)
            {
                // UnicodeBOM, WhiteSpace, LineTerminator, Comma: lines are counted from offsets
                // by Source when an error needs them, so terminators need no bookkeeping here.
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return new Token(TokenKind.Bang, position, position + 1);
                case '$':
                    return new Token(TokenKind.Dollar, position, position + 1);
                case '&':
                    return new Token(TokenKind.Ampersand, position, position + 1);
                case '(':
                    return new Token(TokenKind.ParenLeft, position, position + 1);
                case ')':
                    return new Token(TokenKind.ParenRight, position, position + 1);
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return new Token(TokenKind.Colon, position, position + 1);
                case '=':
                    return new Token(TokenKind.EqualsSign, position, position + 1);
                case '@':
                    return new Token(TokenKind.At, position, position + 1);
                case '[':
                    return new Token(TokenKind.BracketLeft, position, position + 1);
                case ']':
                    return new Token(TokenKind.BracketRight, position, position + 1);
                case '{':
                    return new Token(TokenKind.BraceLeft, position, position + 1);
                case '|':
                    return new Token(TokenKind.Pipe, position, position + 1);
                case '}':
                    return new Token(TokenKind.BraceRight, position, position + 1);
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            ThrowUnexpectedCharacter(position);
        }

        return new Token(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#Comment — runs to the end of the line. An unpaired
    /// surrogate ends it too, so the next read reports that character as invalid.
    /// </summary>
    private readonly int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>https://spec.graphql.org/October2021/#Name — ASCII letters, digits and underscore.</summary>
    private readonly Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, NameTable.Get(body[start..position]));
    }

    /// <summary>The character code at a position, or -1 past the end (JavaScript's NaN, for the same comparisons).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private readonly bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_body[position]) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);

    internal static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    internal static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    internal static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    internal static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    /// <summary>
    /// The character at a position as error messages print it: printable ASCII quoted
    /// (<c>"a"</c>, or <c>'"'</c> for a double quote), anything else as a code point (<c>U+1F600</c>),
    /// and <c>&lt;EOF&gt;</c> past the end.
    /// </summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (IsSurrogatePairAt(position))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowUnexpectedCharacter(int position)
    {
        var code = _body[position];
        var description = code == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : !char.IsSurrogate(code) || IsSurrogatePairAt(position)
                ? $"Unexpected character: {PrintCodePointAt(position)}."
                : $"Invalid character: {PrintCodePointAt(position)}.";
        GraphQLSyntaxException.Throw(_source, position, description);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void Throw(int position, string description) =>
        GraphQLSyntaxException.Throw(_source, position, description);
}
