using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Scalars — a leaf value with its three coercions:
/// result coercion (<see cref="Serialize"/>), input coercion of a variable value
/// (<see cref="ParseValue"/>) and of a literal in the document (<see cref="ParseLiteral"/>).
/// A coercion that fails throws <see cref="Errors.GraphQLException"/> with graphql-js's message.
/// </summary>
/// <remarks>
/// A scalar declared in SDL without a C# implementation passes values through unchanged, as
/// graphql-js's custom scalars do by default.
/// </remarks>
public sealed class GraphQLScalarType : GraphQLNamedType
{
    private readonly Func<object?, object?>? _valueParser;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? _literalParser;

    public GraphQLScalarType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>https://spec.graphql.org/October2021/#sec--specifiedBy — where the scalar's behaviour is specified.</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Result coercion: an internal value to the value sent to clients.</summary>
    public Func<object?, object?>? Serializer { get; init; }

    /// <summary>Input coercion of a variable value (a CLR value from JSON) to the internal value.</summary>
    public Func<object?, object?>? ValueParser
    {
        get => _valueParser;
        init => _valueParser = value;
    }

    /// <summary>
    /// Input coercion of a literal; variables are given for literals nested in lists and objects.
    /// When absent, the literal is turned into a plain value and given to <see cref="ValueParser"/>.
    /// </summary>
    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? LiteralParser
    {
        get => _literalParser;
        init => _literalParser = value;
    }

    public object? Serialize(object? value) => Serializer is null ? value : Serializer(value);

    public object? ParseValue(object? value) => _valueParser is null ? value : _valueParser(value);

    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (_literalParser is not null)
        {
            return _literalParser(valueNode, variables);
        }

        return ParseValue(UntypedValues.FromAst(valueNode, variables));
    }
}
