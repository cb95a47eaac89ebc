using System.Collections;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>astFromValue</c>: an internal input value written back as a literal of its type
/// — how default values are printed in SDL and introspection. Returns null when there is nothing to
/// write (a null for a non-null type). Input objects are read from string-keyed dictionaries;
/// a key that is absent is left out, a key holding null becomes <c>null</c>.
/// </summary>
public static class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        switch (type)
        {
            case GraphQLNonNull nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case GraphQLList list:
                if (RuntimeValues.TryReadList(value, out var items))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case GraphQLInputObjectType inputObject:
                if (!RuntimeValues.TryReadMap(value, out var map))
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
                    }
                }

                return new ObjectValueNode(fields);
            case GraphQLEnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case GraphQLScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                throw new ArgumentException("Unexpected input type: " + type, nameof(type));
        }
    }

    private static ValueNode? FromSerialized(object? serialized, GraphQLScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool boolean:
                return new BooleanValueNode(boolean);
            case string text:
                return ReferenceEquals(scalar, Scalars.ID) && IsIntegerString(text)
                    ? new IntValueNode(text)
                    : new StringValueNode(text);
            case double or float or decimal:
                var number = System.Convert.ToDouble(serialized, System.Globalization.CultureInfo.InvariantCulture);
                if (double.IsNaN(number) || double.IsInfinity(number))
                {
                    throw new InvalidOperationException("Cannot convert value to AST: " + Inspect.Value(serialized) + ".");
                }

                var written = JsNumber.Format(number);
                return IsIntegerString(written) ? new IntValueNode(written) : new FloatValueNode(written);
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return new IntValueNode(System.Convert.ToString(serialized, System.Globalization.CultureInfo.InvariantCulture)!);
        }

        // Custom scalars such as JSON serialize to maps and lists: write them as object and list literals.
        if (RuntimeValues.TryReadMap(serialized, out var map))
        {
            var fields = new List<ObjectFieldNode>();
            foreach (var (key, value) in map)
            {
                if (FromSerialized(value, scalar) is { } node)
                {
                    fields.Add(new ObjectFieldNode(new NameNode(key), node));
                }
                else
                {
                    fields.Add(new ObjectFieldNode(new NameNode(key), new NullValueNode()));
                }
            }

            return new ObjectValueNode(fields);
        }

        if (serialized is IEnumerable items)
        {
            var nodes = new List<ValueNode>();
            foreach (var item in items)
            {
                nodes.Add(FromSerialized(item, scalar) ?? new NullValueNode());
            }

            return new ListValueNode(nodes);
        }

        throw new InvalidOperationException("Cannot convert value to AST: " + Inspect.Value(serialized) + ".");
    }

    /// <summary>graphql-js's integer pattern <c>^-?(?:0|[1-9][0-9]*)$</c>.</summary>
    private static bool IsIntegerString(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (start >= text.Length)
        {
            return false;
        }

        if (text[start] == '0')
        {
            return text.Length == start + 1;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
