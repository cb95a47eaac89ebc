namespace DiplomacyGraph.Domain.Curation;

/// <summary>A new entity, as a curator describes it.</summary>
/// <param name="Label">One of <see cref="Facts.EntityLabels.All"/>.</param>
/// <param name="Id">Null to derive it from the label and the English name (<c>city-tacoma</c>).</param>
/// <param name="Properties">The label's own properties (kind, date, startDate, value...), by name.</param>
/// <param name="Evidence">Spans <c>articleId:start-end</c> of the sentences that state it; at least one.</param>
public sealed record EntityDraft(
    string Label,
    string? Id,
    string Name,
    string? NameAr,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<string> Evidence);

/// <summary>Changes to an entity: each property given is set (null removes it); <paramref name="AddedEvidence"/> joins the existing spans.</summary>
/// <param name="Properties">name, nameAr, aliases, description or one of the label's own properties, by name.</param>
public sealed record EntityChanges(string Id, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<string> AddedEvidence);

/// <summary>A new relationship between two nodes, with the spans that state it.</summary>
/// <param name="Properties">Properties the type allows (relationship-types.yaml), by name.</param>
public sealed record RelationshipDraft(
    string Type,
    string From,
    string To,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<string> Evidence);

/// <summary>What a removed relationship was.</summary>
public sealed record RemovedRelationship(string Id, string Type, string From, string To);
