namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#Document</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>https://spec.graphql.org/October2021/#Definition</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>https://spec.graphql.org/October2021/#ExecutableDefinition</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode, IHasDirectivesNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}

/// <summary>https://spec.graphql.org/October2021/#TypeSystemDefinitionOrExtension</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary>https://spec.graphql.org/October2021/#TypeSystemExtension</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;
