namespace DiplomacyGraph.Domain.Curation;

/// <summary>A new relationship between two nodes, with the spans that state it.</summary>
/// <param name="Properties">Properties the type allows (relationship-types.yaml), by name.</param>
/// <param name="Quotes">Evidence as quotes from articles (<see cref="EvidenceQuote"/>), besides the spans.</param>
public sealed record RelationshipDraft(
    string Type,
    string From,
    string To,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<EvidenceQuote>? Quotes = null);
