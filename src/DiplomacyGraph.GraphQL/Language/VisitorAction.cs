namespace DiplomacyGraph.GraphQL.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> tells the walk to do next (graphql-js's <c>undefined</c>, <c>false</c> and <c>BREAK</c>).</summary>
public enum VisitorAction
{
    /// <summary>Go on: into the node's children after <c>Enter</c>, to the next node after <c>Leave</c>.</summary>
    Continue,

    /// <summary>From <c>Enter</c>: pass over this node's children, and do not call <c>Leave</c> for it.</summary>
    Skip,

    /// <summary>Stop the walk for this visitor; no further calls, not even <c>Leave</c> of the ancestors.</summary>
    Break,
}
