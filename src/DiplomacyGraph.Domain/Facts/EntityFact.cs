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
    /// <summary>The written key of <see cref="DescribedAs"/>.</summary>
    public const string DescribedAsProperty = "describedAs";

    /// <summary>The English name, the Arabic name and every alias: what the sources may call it.</summary>
    public IEnumerable<string> Names =>
        new[] { Name, NameAr }.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!).Concat(Aliases);

    /// <summary>
    /// Phrases the sources use to refer to this thing without naming it (<c>describedAs</c>): a
    /// description ("the summit of 2014 in Washington"), a generic phrase ("a joint statement"), an
    /// adjective ("Chinese"). They let evidence refer to the thing, but they are not names: the
    /// mention matcher and the search keys leave them out, because in other text they would match
    /// things that are not this one, and as names they would hide the real names they contain.
    /// </summary>
    public IReadOnlyList<string> DescribedAs =>
        Property(DescribedAsProperty)?.Value as IReadOnlyList<string> ?? [];

    /// <summary>Every way the sources refer to it: <see cref="Names"/> and <see cref="DescribedAs"/>; what evidence may use.</summary>
    public IEnumerable<string> ReferringExpressions => Names.Concat(DescribedAs);

    /// <summary>The property called <paramref name="name"/>, if written.</summary>
    public FactProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
