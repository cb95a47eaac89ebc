using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Enums — a leaf type whose values are names. Result
/// coercion maps an internal value to its name; input coercion maps a name to its internal value.
/// Error messages are graphql-js's, suggestions included.
/// </summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly IReadOnlyList<GraphQLEnumValue> _values;
    private readonly Dictionary<string, GraphQLEnumValue> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, GraphQLEnumValue> _byInternalValue = [];
    private readonly GraphQLEnumValue? _forNullInternalValue;

    public GraphQLEnumType(string name, IEnumerable<GraphQLEnumValue> values)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = new List<GraphQLEnumValue>();
        foreach (var value in values)
        {
            // As graphql-js's value maps: a later value of the same name replaces the earlier in place.
            if (_byName.TryGetValue(value.Name, out var earlier))
            {
                list[list.IndexOf(earlier)] = value;
            }
            else
            {
                list.Add(value);
            }

            _byName[value.Name] = value;
        }

        foreach (var value in list)
        {
            if (value.Value is null)
            {
                _forNullInternalValue ??= value;
            }
            else
            {
                _byInternalValue.TryAdd(value.Value, value);
            }
        }

        _values = list;
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values => _values;

    public GraphQLEnumValue? GetValue(string name) => _byName.TryGetValue(name, out var value) ? value : null;

    /// <summary>Result coercion (https://spec.graphql.org/October2021/#sec-Enums.Result-Coercion).</summary>
    public string Serialize(object? outputValue)
    {
        var match = outputValue is null ? _forNullInternalValue : _byInternalValue.GetValueOrDefault(outputValue);
        if (match is null && outputValue is not null and not string && outputValue.GetType().IsEnum)
        {
            // A CLR enum value stands for the GraphQL value of the same name when no internal value is bound.
            match = GetValue(outputValue.ToString()!);
        }

        if (match is null)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(outputValue)}");
        }

        return match.Name;
    }

    /// <summary>Input coercion of a variable value (https://spec.graphql.org/October2021/#sec-Enums.Input-Coercion).</summary>
    public object? ParseValue(object? inputValue)
    {
        if (inputValue is not string name)
        {
            var text = Inspect.Value(inputValue);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {text}." + Suggest(text));
        }

        var value = GetValue(name) ??
            throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + Suggest(name));
        return value.Value;
    }

    /// <summary>Input coercion of a literal: only an enum literal naming one of the values is accepted.</summary>
    public object? ParseLiteral(ValueNode valueNode)
    {
        if (valueNode is not EnumValueNode enumNode)
        {
            var text = Printer.Print(valueNode);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text), nodes: [valueNode]);
        }

        var value = GetValue(enumNode.Value) ??
            throw new GraphQLException(
                $"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum." + Suggest(enumNode.Value),
                nodes: [valueNode]);
        return value.Value;
    }

    private string Suggest(string input)
    {
        var names = new string[_values.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _values[i].Name;
        }

        return DidYouMean.Format("the enum value", SuggestionList.For(input, names));
    }
}
