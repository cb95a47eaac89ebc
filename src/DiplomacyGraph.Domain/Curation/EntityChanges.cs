namespace DiplomacyGraph.Domain.Curation;

/// <summary>Changes to an entity: each property given is set (null removes it); <paramref name="AddedEvidence"/> joins the existing spans.</summary>
/// <param name="Properties">name, nameAr, aliases, description or one of the label's own properties, by name.</param>
/// <param name="AddedQuotes">More evidence, as quotes from articles (<see cref="EvidenceQuote"/>).</param>
public sealed record EntityChanges(string Id, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<string> AddedEvidence, IReadOnlyList<EvidenceQuote>? AddedQuotes = null);
