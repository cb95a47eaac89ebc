namespace DiplomacyGraph.GraphQL.Language;

/// <summary>A 1-based line and column, the shape of an entry in a GraphQL error's <c>locations</c>.</summary>
public readonly record struct SourceLocation(int Line, int Column);
