using System.Globalization;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// Numbers written as JavaScript's <c>String(number)</c> writes them (ECMAScript Number::toString),
/// so messages and printed default values read exactly as graphql-js's: 1e+21, 0.000001, 1e-7.
/// </summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        // Shortest round-trip digits and a decimal exponent: value = 0.digits × 10^n.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        ExtractDigits(shortest, out var digits, out var n);
        var k = digits.Length;
        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var sign = exponent < 0 ? "-" : "+";
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits .NET's shortest round-trip text ("1.5E-07", "123.45") into significant digits and the exponent n.</summary>
    private static void ExtractDigits(string text, out string digits, out int n)
    {
        var exponent = 0;
        var ePosition = text.IndexOfAny(['E', 'e']);
        var mantissa = text;
        if (ePosition >= 0)
        {
            exponent = int.Parse(text.AsSpan(ePosition + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text[..ePosition];
        }

        var point = mantissa.IndexOf('.');
        var integerPart = point >= 0 ? mantissa[..point] : mantissa;
        var fractionPart = point >= 0 ? mantissa[(point + 1)..] : string.Empty;
        var all = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;

        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        all = all[leadingZeros..];
        pointPosition -= leadingZeros;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }

        digits = all;
        n = pointPosition;
    }
}
