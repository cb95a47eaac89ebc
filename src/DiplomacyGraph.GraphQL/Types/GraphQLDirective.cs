using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Type-System.Directives — a directive definition:
/// where it may appear, its arguments, whether it may repeat. The specified directives are the
/// static members (<see cref="Include"/>, <see cref="Skip"/>, <see cref="Deprecated"/>,
/// <see cref="SpecifiedBy"/>, <see cref="OneOf"/>).
/// </summary>
public sealed partial class GraphQLDirective
{
    private readonly IReadOnlyList<GraphQLArgument> _arguments = [];

    public GraphQLDirective(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations;
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public IReadOnlyList<GraphQLArgument> Arguments
    {
        get => _arguments;
        init => _arguments = value ?? [];
    }

    /// <summary>https://spec.graphql.org/October2021/#sec-Type-System.Directives — may be used more than once at a location.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary>graphql-js v16's (experimental) directive deprecation; null when not deprecated.</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    public GraphQLArgument? GetArgument(string name) => GraphQLArgument.Find(_arguments, name);

    public override string ToString() => "@" + Name;
}
