namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#OperationType</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>https://spec.graphql.org/October2021/#OperationDefinition (a shorthand <c>{ ... }</c> is a query with no name).</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>
    /// A description (https://spec.graphql.org/draft/#sec-Descriptions), which graphql-js 16 (16.15) accepts
    /// on executable definitions too; not part of the October 2021 grammar, so usually null.
    /// </summary>
    public StringValueNode? Description { get; init; }

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

/// <summary>https://spec.graphql.org/October2021/#VariableDefinition</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode, IHasDirectivesNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>
    /// A description (https://spec.graphql.org/draft/#sec-Descriptions), which graphql-js 16 (16.15) accepts
    /// on executable definitions too; not part of the October 2021 grammar, so usually null.
    /// </summary>
    public StringValueNode? Description { get; init; }
}
