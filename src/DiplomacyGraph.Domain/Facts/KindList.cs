namespace DiplomacyGraph.Domain.Facts;

/// <summary>The <c>kind</c> values one entity label allows (one key of <c>kinds.yaml</c>).</summary>
public sealed record KindList(string Label, IReadOnlyList<string> Kinds, SourceLocation Location);
