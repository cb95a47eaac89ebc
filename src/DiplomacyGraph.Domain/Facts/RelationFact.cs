namespace DiplomacyGraph.Domain.Facts;

/// <summary>A stated relation between two entities, or a person and an article (<c>relations/*.yaml</c>).</summary>
/// <param name="Properties">since, until, role, title, ... as written.</param>
public sealed record RelationFact(
    string Type,
    string From,
    string To,
    IReadOnlyList<FactProperty> Properties,
    IReadOnlyList<EvidenceSpan> Evidence,
    SourceLocation Location)
{
    /// <summary>The property called <paramref name="name"/>, if written.</summary>
    public FactProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
