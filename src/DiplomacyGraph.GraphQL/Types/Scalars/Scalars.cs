namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// The scalars of the spec (https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars) —
/// <see cref="Int"/>, <see cref="Float"/>, <see cref="String"/>, <see cref="Boolean"/>, <see cref="ID"/> —
/// with graphql-js's coercion rules and messages, and the custom scalars a host may bind by name:
/// <see cref="Long"/>, <see cref="Date"/>, <see cref="Json"/>. One file per scalar.
/// </summary>
public static partial class Scalars
{
    /// <summary>The specified scalars in graphql-js's order.</summary>
    /// <remarks>Built on first use: the scalars themselves are static fields of other files of this partial class.</remarks>
    public static IReadOnlyList<GraphQLScalarType> Specified => SpecifiedHolder.All;

    public static bool IsSpecified(GraphQLNamedType type) =>
        type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>
    /// Runtime integer kinds (int, long, …) and integral floating values as a long, the common
    /// ground of the numeric scalars. False for anything else, fractional values and NaN.
    /// </summary>
    internal static bool TryGetInteger(object? value, out long integer, out bool outOfLongRange)
    {
        outOfLongRange = false;
        switch (value)
        {
            case int i:
                integer = i;
                return true;
            case long l:
                integer = l;
                return true;
            case short s:
                integer = s;
                return true;
            case byte b:
                integer = b;
                return true;
            case sbyte sb:
                integer = sb;
                return true;
            case ushort us:
                integer = us;
                return true;
            case uint ui:
                integer = ui;
                return true;
            case ulong ul:
                if (ul > long.MaxValue)
                {
                    integer = 0;
                    outOfLongRange = true;
                    return true;
                }

                integer = (long)ul;
                return true;
            case double d:
                return TryGetIntegralDouble(d, out integer, out outOfLongRange);
            case float f:
                return TryGetIntegralDouble(f, out integer, out outOfLongRange);
            case decimal m:
                if (decimal.Truncate(m) != m)
                {
                    integer = 0;
                    return false;
                }

                if (m < long.MinValue || m > long.MaxValue)
                {
                    integer = 0;
                    outOfLongRange = true;
                    return true;
                }

                integer = (long)m;
                return true;
            default:
                integer = 0;
                return false;
        }
    }

    /// <summary>Runtime numbers of any CLR kind as a double; false for non-numbers.</summary>
    internal static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case double d:
                number = d;
                return true;
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            case float f:
                number = f;
                return true;
            case decimal m:
                number = (double)m;
                return true;
            case short or byte or sbyte or ushort or uint or ulong:
                number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    /// <summary>JavaScript's <c>Number(string)</c> for the non-empty strings graphql-js's numeric scalars accept.</summary>
    internal static bool TryParseJsNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            number = 0;
            return true;
        }

        return double.TryParse(
            trimmed,
            System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent,
            System.Globalization.CultureInfo.InvariantCulture,
            out number);
    }

    private static bool TryGetIntegralDouble(double value, out long integer, out bool outOfLongRange)
    {
        outOfLongRange = false;
        integer = 0;
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Floor(value) != value)
        {
            return false;
        }

        if (value < -9.2233720368547758E+18 || value >= 9.2233720368547758E+18)
        {
            outOfLongRange = true;
            return true;
        }

        integer = (long)value;
        return true;
    }

    private static class SpecifiedHolder
    {
        public static readonly IReadOnlyList<GraphQLScalarType> All = [String, Int, Float, Boolean, ID];
    }
}
