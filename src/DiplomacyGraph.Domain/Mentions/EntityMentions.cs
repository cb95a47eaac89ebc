namespace DiplomacyGraph.Domain.Mentions;

/// <summary>How often, and where, one article mentions one entity: the content of a MENTIONS relationship.</summary>
/// <param name="Spans">The (start, end) offsets of each mention in the article, in text order.</param>
public sealed record EntityMentions(string EntityId, IReadOnlyList<(int Start, int End)> Spans)
{
    public int Count => Spans.Count;
}
