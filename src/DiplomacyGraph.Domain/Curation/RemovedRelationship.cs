namespace DiplomacyGraph.Domain.Curation;

/// <summary>What a removed relationship was.</summary>
public sealed record RemovedRelationship(string Id, string Type, string From, string To);
