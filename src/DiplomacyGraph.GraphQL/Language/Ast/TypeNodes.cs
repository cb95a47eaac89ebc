namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#Type</summary>
public abstract record TypeNode : SyntaxNode;

/// <summary>https://spec.graphql.org/October2021/#NamedType</summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>https://spec.graphql.org/October2021/#ListType</summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>https://spec.graphql.org/October2021/#NonNullType — wraps a named or list type, never another non-null.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
