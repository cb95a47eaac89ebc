using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#EnumValuesDefinition — one value of an enum: the name
/// clients see and the internal value resolvers produce and receive (the name itself unless set).
/// </summary>
public sealed class GraphQLEnumValue
{
    public GraphQLEnumValue(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = name;
    }

    public string Name { get; }

    /// <summary>The internal value: what a resolver returns for this value and what an argument of it coerces to.</summary>
    public object? Value { get; init; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    public override string ToString() => Name;
}
