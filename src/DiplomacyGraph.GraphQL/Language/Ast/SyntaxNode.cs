namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>
/// Base of the immutable syntax tree. Nodes are records: a transformation builds new nodes
/// with <c>with</c> expressions and never changes a tree other code may hold.
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>Where the node stands in its source; null for nodes built in code.</summary>
    public Location? Location { get; init; }

    public abstract SyntaxKind Kind { get; }
}

/// <summary>A node that has a name: definitions, fields, arguments, directives, types.</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectivesNode
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
