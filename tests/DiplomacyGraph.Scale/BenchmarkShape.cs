namespace DiplomacyGraph.Scale;

/// <summary>One query shape of the scale benchmark: a GraphQL document and its variables.</summary>
public sealed record BenchmarkShape(string Name, string Document, IReadOnlyDictionary<string, object?> Variables);
