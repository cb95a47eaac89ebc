namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits are checked while parsing, so a hostile
/// document is refused after at most <see cref="MaxTokens"/> tokens of work, and never recurses
/// deeper than <see cref="MaxDepth"/>.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Most tokens a document may hold (graphql-js's <c>maxTokens</c>; comments and end of file do
    /// not count). Default 50,000: graphql-js's introspection query has 163 tokens and a schema of
    /// 3,000 fields with an argument each about 42,000; the limit bounds the work a hostile request
    /// can cause. Raise it to parse larger trusted SDL.
    /// </summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types, counted together
    /// (graphql-js has no such limit; it keeps the recursive descent far from the stack's end).
    /// Default 128: graphql-js's introspection query nests selection sets 10 deep.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Skip <see cref="Ast.SyntaxNode.Location"/> on nodes (graphql-js's <c>noLocation</c>).</summary>
    public bool NoLocation { get; init; }
}
