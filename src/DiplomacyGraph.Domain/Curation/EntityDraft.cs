namespace DiplomacyGraph.Domain.Curation;

/// <summary>A new entity, as a curator describes it.</summary>
/// <param name="Label">One of <see cref="Facts.EntityLabels.All"/>.</param>
/// <param name="Id">Null to derive it from the label and the English name (<c>city-tacoma</c>).</param>
/// <param name="Properties">The label's own properties (kind, date, startDate, value...), by name.</param>
/// <param name="Evidence">Spans <c>articleId:start-end</c> of the sentences that state it; with <paramref name="Quotes"/>, at least one in all.</param>
/// <param name="Quotes">Evidence as quotes from articles (<see cref="EvidenceQuote"/>).</param>
public sealed record EntityDraft(
    string Label,
    string? Id,
    string Name,
    string? NameAr,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<EvidenceQuote>? Quotes = null);
