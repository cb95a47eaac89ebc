using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#InputValueDefinition — what arguments and input object
/// fields share: an input type, an optional default value and deprecation.
/// </summary>
public abstract class GraphQLInputValue
{
    private readonly object? _defaultValue;

    private protected GraphQLInputValue(string name, GraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The declared type; an input type in a valid schema (the schema validator reports any other).</summary>
    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>
    /// The default as an internal (already coerced) value. Setting it, even to null, marks the
    /// input value as having a default: "no default" and "default null" differ in GraphQL.
    /// </summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    public bool HasDefaultValue { get; private init; }

    /// <summary>
    /// Sets <see cref="DefaultValue"/> only when the pair holds one, so a builder copies "no default"
    /// and "a default" with one initializer instead of two.
    /// </summary>
    internal (bool HasValue, object? Value) DefaultValueIfAny
    {
        init
        {
            if (value.HasValue)
            {
                _defaultValue = value.Value;
                HasDefaultValue = true;
            }
        }
    }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// Required means non-null without a default (https://spec.graphql.org/October2021/#sec-Required-Arguments).
    /// </summary>
    public bool IsRequired => Type is GraphQLNonNull && !HasDefaultValue;

    /// <summary>The SDL definition, with the directives written on it; null when built in code.</summary>
    public InputValueDefinitionNode? AstNode { get; init; }

    /// <summary>Free-form data a host attaches; never exposed to clients.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    public override string ToString() => Name;
}
