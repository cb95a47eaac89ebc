using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Objects — a field of an object or interface type:
/// its output type, arguments and, on object types, the resolver that produces its value.
/// </summary>
public sealed class GraphQLField
{
    private readonly IReadOnlyList<GraphQLArgument> _arguments = [];

    public GraphQLField(string name, GraphQLType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The declared type; an output type in a valid schema (the schema validator reports any other).</summary>
    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public IReadOnlyList<GraphQLArgument> Arguments
    {
        get => _arguments;
        init => _arguments = value ?? [];
    }

    /// <summary>Produces the field's value; null means the executor's default field resolver.</summary>
    public FieldResolver? Resolve { get; init; }

    /// <summary>https://spec.graphql.org/October2021/#sec--deprecated — null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition of the field, with the directives written on it; null for fields built in code.</summary>
    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Free-form data a host attaches to the field; never exposed to clients.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    /// <summary>The argument of that name, or null.</summary>
    public GraphQLArgument? GetArgument(string name) => GraphQLArgument.Find(_arguments, name);

    public override string ToString() => Name;
}
