namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// Turns the mentions found in one article into one <see cref="EntityMentions"/> per entity.
/// A name that several entities carry (the state and the city of Washington may both be
/// "واشنطن") is given to those of them that the same article also mentions by an unambiguous
/// name; when none is, to all of them.
/// </summary>
public static class MentionResolver
{
    public static IReadOnlyList<EntityMentions> Resolve(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var unambiguous = mentions.Where(m => m.EntityIds.Count == 1).Select(m => m.EntityIds[0]).ToHashSet(StringComparer.Ordinal);
        var spansByEntity = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var known = mention.EntityIds.Where(unambiguous.Contains).ToList();
            foreach (var entityId in known.Count > 0 ? known : mention.EntityIds)
            {
                if (!spansByEntity.TryGetValue(entityId, out var spans))
                {
                    spansByEntity[entityId] = spans = [];
                }

                spans.Add((mention.Start, mention.End));
            }
        }

        return [.. spansByEntity
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new EntityMentions(pair.Key, pair.Value))];
    }
}
