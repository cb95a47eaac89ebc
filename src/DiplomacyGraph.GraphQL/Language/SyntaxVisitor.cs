using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Called by <see cref="SyntaxWalker"/> on entering and on leaving every node of a tree, depth
/// first, in source order (graphql-js's <c>visit</c>). Override what you need; both default to
/// <see cref="VisitorAction.Continue"/>.
/// </summary>
/// <remarks>
/// <c>ancestors</c> runs from the root to the node's parent (empty at the root). It is the walker's
/// own stack: read it during the call, copy it if you need it later.
/// </remarks>
public abstract class SyntaxVisitor
{
    public virtual VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;

    public virtual VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => VisitorAction.Continue;
}
