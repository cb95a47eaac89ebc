using System.Text;

namespace DiplomacyGraph.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// https://spec.graphql.org/October2021/#StringValue (single-quoted form): one line, with escape
    /// sequences resolved. A string without escapes is cut straight from the source.
    /// </summary>
    private readonly Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null
                    ? new string(body[chunkStart..position])
                    : value.Append(body[chunkStart..position]).ToString();
                return new Token(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(body[chunkStart..position]);
                position += CodeAt(position + 1) != 'u'
                    ? AppendEscapedCharacter(position, value)
                    : CodeAt(position + 2) == '{'
                        ? AppendVariableWidthUnicodeEscape(position, value)
                        : AppendFixedWidthUnicodeEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position = SkipSourceCharacter(position);
        }

        Throw(position, "Unterminated string.");
        return default;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#StringValue (block form): raw text between triple
    /// quotes, where only <c>\"""</c> is an escape, then the spec's BlockStringValue()
    /// (common indentation and blank first/last lines removed).
    /// </summary>
    private readonly Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();

        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                lines.Add(currentLine.Append(body[chunkStart..position]).ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.DedentLines(lines));
            }

            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                currentLine.Append(body[chunkStart..position]);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                lines.Add(currentLine.Append(body[chunkStart..position]).ToString());
                currentLine.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            position = SkipSourceCharacter(position);
        }

        Throw(position, "Unterminated string.");
        return default;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#SourceCharacter — any Unicode scalar value: a surrogate
    /// pair is one character, an unpaired surrogate is an error.
    /// </summary>
    private readonly int SkipSourceCharacter(int position)
    {
        var code = _body[position];
        if (!char.IsSurrogate(code))
        {
            return position + 1;
        }

        if (IsSurrogatePairAt(position))
        {
            return position + 2;
        }

        Throw(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        return position;
    }

    /// <summary>https://spec.graphql.org/October2021/#EscapedCharacter — returns the escape's length.</summary>
    private readonly int AppendEscapedCharacter(int position, StringBuilder value)
    {
        char escaped;
        switch (CodeAt(position + 1))
        {
            case '"': escaped = '"'; break;
            case '\\': escaped = '\\'; break;
            case '/': escaped = '/'; break;
            case 'b': escaped = '\b'; break;
            case 'f': escaped = '\f'; break;
            case 'n': escaped = '\n'; break;
            case 'r': escaped = '\r'; break;
            case 't': escaped = '\t'; break;
            default:
                Throw(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
                return 0;
        }

        value.Append(escaped);
        return 2;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#EscapedUnicode — <c>\u{1F600}</c>: one to eight hex digits
    /// naming a Unicode scalar value. Returns the escape's length.
    /// </summary>
    private readonly int AppendVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;

        // No escape is longer than 12 characters (\u{00000000}).
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                // At least one digit (\u{0} is 5 characters), and a scalar value.
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // A non-digit makes the point negative, as does overflow past 31 bits.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        Throw(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
        return 0;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#EscapedUnicode — <c>\u00E9</c>, or a JSON-style surrogate
    /// pair <c>\uD83D\uDE00</c>, which is accepted only as a whole pair. Returns the escape's length.
    /// </summary>
    private readonly int AppendFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        Throw(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
        return 0;
    }

    /// <summary>Four hex digits as a number; negative when any of them is not a hex digit.</summary>
    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12)
        | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4)
        | ReadHexDigit(CodeAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point <= 0xFFFF)
        {
            value.Append((char)point);
        }
        else
        {
            value.Append(char.ConvertFromUtf32(point));
        }
    }

    /// <summary>Source text between two offsets, cut short at the end of the source.</summary>
    private readonly string Slice(int start, int end) => new(_body[start..Math.Min(end, _body.Length)]);
}
