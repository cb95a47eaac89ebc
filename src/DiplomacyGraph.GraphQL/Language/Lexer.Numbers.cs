using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DiplomacyGraph.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// https://spec.graphql.org/October2021/#IntValue and https://spec.graphql.org/October2021/#FloatValue:
    /// an optional minus, no leading zeros, an optional fraction and exponent, and no digit, <c>.</c>
    /// or name character straight after (<c>1.</c>, <c>1e</c>, <c>12abc</c> are errors).
    /// </summary>
    private readonly Token ReadNumber(int start)
    {
        var position = start;
        var code = CodeAt(position);
        var isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                ThrowNumberError(position, "Invalid number, unexpected digit after 0: ");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            ThrowNumberError(position, "Invalid number, expected digit but got: ");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, new string(_body[start..position]));
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            ThrowNumberError(start, "Invalid number, expected digit but got: ");
        }

        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowNumberError(int position, string prefix) =>
        Throw(position, prefix + PrintCodePointAt(position) + ".");
}
