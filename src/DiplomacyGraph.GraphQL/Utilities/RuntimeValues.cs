using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// How the engine reads plain CLR values (variables in, resolver results out) as GraphQL's lists and
/// maps, so input coercion, literal writing and result completion agree on what is which: any
/// string-keyed dictionary is a map, and any other enumerable except a string is a list.
/// </summary>
internal static class RuntimeValues
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyMap = new Dictionary<string, object?>();

    private static bool IsMap(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    public static bool TryReadList(object value, [NotNullWhen(true)] out IEnumerable? items)
    {
        items = value is IEnumerable enumerable and not string && !IsMap(value) ? enumerable : null;
        return items is not null;
    }

    /// <summary>The value as a string-keyed map, copying only dictionaries that are not already read-only maps.</summary>
    public static bool TryReadMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                map = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            case IDictionary untyped:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in untyped)
                {
                    copy[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty] = entry.Value;
                }

                map = copy;
                return true;
            default:
                map = EmptyMap;
                return false;
        }
    }
}
