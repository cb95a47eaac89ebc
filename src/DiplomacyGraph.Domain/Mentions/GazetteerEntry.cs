namespace DiplomacyGraph.Domain.Mentions;

/// <summary>An entity and the names it may be found by (English, Arabic, aliases).</summary>
public sealed record GazetteerEntry(string EntityId, IReadOnlyList<string> Names);
