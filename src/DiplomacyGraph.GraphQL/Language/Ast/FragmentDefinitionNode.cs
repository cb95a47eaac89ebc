namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#FragmentDefinition</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>
    /// A description (https://spec.graphql.org/draft/#sec-Descriptions), which graphql-js 16 (16.15) accepts
    /// on executable definitions too; not part of the October 2021 grammar, so usually null.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}
