namespace DiplomacyGraph.Domain.Facts;

/// <summary>A real-world thing the articles state (<c>entities/*.yaml</c>).</summary>
/// <param name="Label">As written; <see cref="EntityLabels"/> says which labels exist.</param>
/// <param name="Properties">Everything else that was written (kind, date, value, description, ...).</param>
public sealed record EntityFact(
    string Id,
    string Label,
    string? Name,
    string? NameAr,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<FactProperty> Properties,
    IReadOnlyList<EvidenceSpan> Evidence,
    SourceLocation Location)
{
    /// <summary>The English name, the Arabic name and every alias: what the sources may call it.</summary>
    public IEnumerable<string> Names =>
        new[] { Name, NameAr }.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!).Concat(Aliases);

    /// <summary>The property called <paramref name="name"/>, if written.</summary>
    public FactProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
