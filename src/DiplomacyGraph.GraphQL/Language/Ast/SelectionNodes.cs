namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#SelectionSet</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>https://spec.graphql.org/October2021/#Selection</summary>
public abstract record SelectionNode : SyntaxNode, IHasDirectivesNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>https://spec.graphql.org/October2021/#Field</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    /// <summary>The key of this field in the response: the alias when there is one.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>https://spec.graphql.org/October2021/#FragmentSpread</summary>
public sealed record FragmentSpreadNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#InlineFragment</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary>https://spec.graphql.org/October2021/#Argument</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary>https://spec.graphql.org/October2021/#Directive</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
