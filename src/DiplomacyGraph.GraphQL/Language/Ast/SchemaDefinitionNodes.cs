namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#SchemaDefinition</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode, IHasDirectivesNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary>https://spec.graphql.org/October2021/#RootOperationTypeDefinition</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>https://spec.graphql.org/October2021/#SchemaExtension</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode, IHasDirectivesNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>https://spec.graphql.org/October2021/#DirectiveDefinition</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
