using System.Globalization;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Argument values of fields below the root, read from the syntax tree with the request's
/// (already coerced) variables. Validation has checked their types, so this only turns literals
/// into the runtime values the engine uses: long, double, string, bool, null, lists and maps.
/// </summary>
internal static class ArgumentValues
{
    /// <summary>The argument's value, its default when not given, or null.</summary>
    public static object? Get(FieldNode field, string name, IReadOnlyDictionary<string, object?> variables, ValueNode? defaultValue = null)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value == name)
            {
                if (argument.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value))
                {
                    break;
                }

                return FromLiteral(argument.Value, variables);
            }
        }

        return defaultValue is null ? null : FromLiteral(defaultValue, variables);
    }

    /// <summary>An integer value as long, whether the engine coerced it to int or long.</summary>
    public static long? AsLong(object? value) => value switch
    {
        long number => number,
        int number => number,
        _ => null,
    };

    /// <summary>
    /// A value given for an ID: an integer (an Int literal, which the spec accepts for ID) becomes its
    /// decimal string, in lists too; strings and null stay as they are.
    /// </summary>
    public static object? AsId(object? value) => value switch
    {
        long or int or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        IReadOnlyList<object?> list => list.Select(AsId).ToList(),
        _ => value,
    };

    /// <summary>A list argument's items; a single value stands for a list of one, as input coercion has it.</summary>
    public static IReadOnlyList<object?> AsList(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        System.Collections.IEnumerable items and not string and not IReadOnlyDictionary<string, object?> => [.. items.Cast<object?>()],
        _ => [value],
    };

    public static object? FromLiteral(ValueNode value, IReadOnlyDictionary<string, object?> variables) => value switch
    {
        VariableNode variable => variables.GetValueOrDefault(variable.Name.Value),
        // Validation lets an Int literal of any size through where a Float, an ID or JSON is expected;
        // past Int64 it is a double (what a Float means; an ID that long matches no id anyway).
        IntValueNode number => long.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            ? (object)integer
            : double.Parse(number.Value, CultureInfo.InvariantCulture),
        FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
        StringValueNode text => text.Value,
        BooleanValueNode flag => flag.Value,
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => list.Values.Select(item => FromLiteral(item, variables)).ToList(),
        ObjectValueNode map => ObjectFromLiteral(map, variables),
        _ => null,
    };

    private static Dictionary<string, object?> ObjectFromLiteral(ObjectValueNode map, IReadOnlyDictionary<string, object?> variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in map.Fields)
        {
            // An unset variable inside an object literal means the field was not given at all.
            if (field.Value is VariableNode variable && !variables.ContainsKey(variable.Name.Value))
            {
                continue;
            }

            result[field.Name.Value] = FromLiteral(field.Value, variables);
        }

        return result;
    }
}
