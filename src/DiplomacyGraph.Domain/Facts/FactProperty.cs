namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// One property of an article, entity or relation as written in a fact file. <see cref="Value"/>
/// is a <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or a
/// list of strings — the types a Neo4j property can hold.
/// </summary>
public sealed record FactProperty(string Name, object Value, SourceLocation Location);
