using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// A type with a name of its own: scalar, object, interface, union, enum or input object
/// (https://spec.graphql.org/October2021/#sec-Types). Types built from SDL keep their definition
/// and extension nodes so other layers can read directives written on them.
/// </summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The SDL definition this type was built from; null for types built in code.</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    /// <summary>The SDL <c>extend</c> nodes that added to this type.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Free-form data a host attaches to the type (graphql-js's <c>extensions</c>); never exposed to clients.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    public override string ToString() => Name;
}
