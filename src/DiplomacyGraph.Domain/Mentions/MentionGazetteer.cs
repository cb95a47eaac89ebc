using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// The gazetteer MENTIONS are computed with: the names and aliases of every entity except
/// Statistics (never their <c>describedAs</c> phrases), and the pairs of entities the curated
/// relations connect, which decide when a name inside a longer name is a mention of its own
/// (see <see cref="Gazetteer.FindMentions"/>).
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

    /// <summary>The names only, without relations: a name inside a longer name is never a mention of its own.</summary>
    public static Gazetteer Build(IEnumerable<EntityFact> entities) => Build(entities, []);

    public static Gazetteer Build(IEnumerable<EntityFact> entities, IEnumerable<RelationFact> relations)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        var mentionable = entities.Where(IsMentionable).ToList();
        return Gazetteer.Build(
            mentionable.Select(entity => new GazetteerEntry(entity.Id, [.. entity.Names])),
            relations.Select(relation => (relation.From, relation.To)));
    }

    /// <summary>The gazetteer of a whole fact set: its entities and its relations.</summary>
    public static Gazetteer Build(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Build(facts.Entities, facts.Relations);
    }
}
