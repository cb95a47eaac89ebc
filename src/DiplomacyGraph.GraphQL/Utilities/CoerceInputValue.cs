using System.Collections;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>coerceInputValue</c>: a runtime value (a variable from JSON) coerced to an
/// internal value of an input type (https://spec.graphql.org/October2021/#sec-Input-Values).
/// Every problem is reported to <c>onError</c> with the path inside the value, the offending
/// value and graphql-js's message, so a variable's errors read exactly as graphql-js's.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>Receives a problem: the path inside the value (keys and indices), the invalid value, and the error.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    public static object? Coerce(object? inputValue, GraphQLType type, ErrorHandler onError) =>
        CoerceCore(inputValue, type, onError, []);

    /// <summary>Coerces or throws with graphql-js's default message ("Invalid value 1.5: Int cannot represent ...").</summary>
    public static object? Coerce(object? inputValue, GraphQLType type) =>
        CoerceCore(inputValue, type, ThrowError, []);

    /// <summary>graphql-js's <c>printPathArray</c>: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }

    private static void ThrowError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var prefix = "Invalid value " + Inspect.Value(invalidValue);
        if (path.Count > 0)
        {
            prefix += " at \"value" + PrintPath(path) + "\"";
        }

        throw new GraphQLException(prefix + ": " + error.Message, error.Extensions);
    }

    private static object? CoerceCore(object? inputValue, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (inputValue is not null)
            {
                return CoerceCore(inputValue, nonNull.OfType, onError, path);
            }

            onError([.. path], inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (inputValue is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                if (RuntimeValues.TryReadList(inputValue, out var items))
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(CoerceCore(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced;
                }

                // A single value where a list is expected is a list of one.
                return new List<object?> { CoerceCore(inputValue, list.OfType, onError, path) };
            case GraphQLInputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path);
            case GraphQLEnumType enumType:
                return CoerceLeaf(inputValue, enumType, () => enumType.ParseValue(inputValue), onError, path);
            case GraphQLScalarType scalar:
                return CoerceLeaf(inputValue, scalar, () => scalar.ParseValue(inputValue), onError, path);
            default:
                throw new ArgumentException("Unexpected input type: " + type, nameof(type));
        }
    }

    private static object? CoerceInputObject(object inputValue, GraphQLInputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (!RuntimeValues.TryReadMap(inputValue, out var map))
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        // Fields are coerced (and problems reported) in schema order, as graphql-js does; the coerced
        // object then lists them in the order the value gives them (a JSON object's key order),
        // followed by the defaults of omitted fields in schema order. A literal keeps its written
        // order too (ValueFromAst), so an input whose field order matters, such as a sort object
        // {name: DESC, id: ASC}, means the same however it arrives.
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var fields = type.Fields;
        foreach (var field in fields.Values)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    values[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    onError([.. path], inputValue, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            values[field.Name] = CoerceCore(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        var coerced = new Dictionary<string, object?>(values.Count, StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            if (values.Remove(key, out var given))
            {
                coerced[key] = given;
            }
        }

        foreach (var (name, defaultValue) in values)
        {
            coerced[name] = defaultValue;
        }

        foreach (var key in map.Keys)
        {
            if (!fields.ContainsKey(key))
            {
                var suggestions = SuggestionList.For(key, fields.Keys);
                onError([.. path], inputValue, new GraphQLError($"Field \"{key}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            if (coerced.Count > 0)
            {
                var (key, value) = coerced.First();
                if (value is null)
                {
                    onError([.. path, key], value, new GraphQLError($"Field \"{key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object inputValue, GraphQLNamedType type, Func<object?> parse, ErrorHandler onError, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLException exception)
        {
            onError([.. path], inputValue, new GraphQLError(exception.Message, exception.Nodes, extensions: exception.Extensions, originalError: exception));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A scalar that fails with an ordinary exception gets graphql-js's generic prefix.
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\". " + exception.Message, originalError: exception));
        }

        return null;
    }
}
