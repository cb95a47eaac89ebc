using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// The gazetteer MENTIONS are computed with: the names and aliases of every entity except
/// Statistics.
/// </summary>
/// <remarks>
/// WHY no Statistics: a figure is a claim one article makes, not a named thing other texts refer
/// to. Its "names" are descriptive phrases ("30 عاما", "286 زوجا") that recur by coincidence in
/// unrelated text, so matching them would only add false mentions. Fact validation still checks
/// that a Statistic's evidence names it.
/// </remarks>
public static class MentionGazetteer
{
    public static bool IsMentionable(EntityFact entity) =>
        EntityLabels.Find(entity.Label) is { } label && label != EntityLabels.Statistic;

    public static Gazetteer Build(IEnumerable<EntityFact> entities) =>
        Gazetteer.Build(entities.Where(IsMentionable).Select(entity => new GazetteerEntry(entity.Id, [.. entity.Names])));
}
