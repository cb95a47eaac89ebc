namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#TypeExtension</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode, INamedSyntaxNode, IHasDirectivesNode
{
    public abstract NameNode Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>https://spec.graphql.org/October2021/#ScalarTypeExtension</summary>
public sealed record ScalarTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#ObjectTypeExtension</summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode, IImplementingTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#InterfaceTypeExtension</summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields) : TypeExtensionNode, IImplementingTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#UnionTypeExtension</summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types) : TypeExtensionNode, IUnionTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#EnumTypeExtension</summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values) : TypeExtensionNode, IEnumTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#InputObjectTypeExtension</summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields) : TypeExtensionNode, IInputObjectTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public override NameNode Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}
