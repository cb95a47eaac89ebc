using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// Finds entity names in any text. Every name and alias becomes its <see cref="MatchKeys"/> (the
/// normalized name, and without the article ال on its first word), and a key matches a run of
/// words whose first word, read with or without its clitic prefixes (<see cref="CliticReadings"/>),
/// and whose following words equal the key's words. So the article is optional on both sides
/// ("صينية" matches the alias "الصينية"), but nothing is stemmed: "الصينية" does not match "الصين".
/// </summary>
/// <remarks>
/// A name inside a longer name (<see cref="FindMentions"/>) is a mention of its own only when the
/// curated facts relate the two things: "الجمعية العامة للأمم المتحدة" mentions the General Assembly
/// and the United Nations (the Assembly is PART_OF the UN), but "جامعة بكين للغات والثقافة"
/// mentions only the university, not the city in its name. The relations are given to
/// <see cref="Build(IEnumerable{GazetteerEntry}, IEnumerable{ValueTuple{string, string}})"/>.
/// </remarks>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<string>> entityIdsByKey;
    private readonly HashSet<(string, string)> relatedEntities;
    private readonly HashSet<string> firstWords;
    private readonly int longestNameInWords;

    private Gazetteer(Dictionary<string, List<string>> entityIdsByKey, HashSet<(string, string)> relatedEntities)
    {
        this.entityIdsByKey = entityIdsByKey;
        this.relatedEntities = relatedEntities;
        firstWords = entityIdsByKey.Keys.Select(key => key.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        longestNameInWords = entityIdsByKey.Keys.Select(key => key.Split(' ').Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>How many distinct normalized names the gazetteer knows.</summary>
    public int NameCount => entityIdsByKey.Count;

    /// <summary>A gazetteer that knows no relations: a name inside a longer name is never a mention of its own.</summary>
    public static Gazetteer Build(IEnumerable<GazetteerEntry> entries) => Build(entries, []);

    /// <param name="relatedEntities">Pairs of entity ids that a curated relation connects (either direction).</param>
    public static Gazetteer Build(IEnumerable<GazetteerEntry> entries, IEnumerable<(string From, string To)> relatedEntities)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(relatedEntities);
        var related = new HashSet<(string, string)>();
        foreach (var (from, to) in relatedEntities)
        {
            related.Add((from, to));
            related.Add((to, from));
        }

        var entityIdsByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var key in MatchKeys.ForNames(entry.Names))
            {
                if (!entityIdsByKey.TryGetValue(key, out var ids))
                {
                    entityIdsByKey[key] = ids = [];
                }

                if (!ids.Contains(entry.EntityId))
                {
                    ids.Add(entry.EntityId);
                }
            }
        }

        return new Gazetteer(entityIdsByKey, related);
    }

    /// <summary>
    /// The mentions in <paramref name="text"/>, in text order: every occurrence of a name that no
    /// longer name encloses, and every occurrence inside a longer name when the curated relations
    /// connect its entity to the entity of the smallest name around it — a part named in its
    /// whole's name, a place in the name of an event held there ("الدورة 76 للجمعية العامة للأمم
    /// المتحدة": the session, the Assembly and the UN). A name inside a longer name of the same
    /// entity, or of an unrelated one, is part of that name, not a mention ("جمهورية الصين الشعبية"
    /// of China is one mention; "بكين" in "جامعة بكين للغات والثقافة" is none).
    /// </summary>
    public IReadOnlyList<Mention> FindMentions(string text)
    {
        var occurrences = FindAllOccurrences(text)
            .DistinctBy(occurrence => (occurrence.Start, occurrence.End))
            .OrderBy(occurrence => occurrence.Start)
            .ThenByDescending(occurrence => occurrence.End)
            .ToList();
        return [.. occurrences.Where(occurrence => SmallestEnclosing(occurrences, occurrence) is not { } enclosing || NamesARelatedThing(occurrence, enclosing))];
    }

    private static Mention? SmallestEnclosing(List<Mention> occurrences, Mention inner) =>
        occurrences
            .Where(outer => outer != inner && outer.Start <= inner.Start && outer.End >= inner.End && outer.End - outer.Start > inner.End - inner.Start)
            .MinBy(outer => outer.End - outer.Start);

    private bool NamesARelatedThing(Mention inner, Mention enclosing) =>
        !inner.EntityIds.Intersect(enclosing.EntityIds, StringComparer.Ordinal).Any()
        && inner.EntityIds.Any(id => enclosing.EntityIds.Any(outer => relatedEntities.Contains((id, outer))));

    /// <summary>
    /// Every occurrence of every name in <paramref name="text"/>, overlapping ones included; what a
    /// span "names" for validation and for the gold standard of the mention evaluation.
    /// </summary>
    public IReadOnlyList<Mention> FindAllOccurrences(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        var occurrences = new List<Mention>();
        for (var index = 0; index < tokens.Count; index++)
        {
            foreach (var reading in FirstWordReadings(tokens[index]))
            {
                for (var words = 1; words <= Math.Min(longestNameInWords, tokens.Count - index); words++)
                {
                    if (Lookup(tokens, index, words, reading) is { } mention)
                    {
                        occurrences.Add(mention);
                    }
                }
            }
        }

        return occurrences;
    }

    /// <summary>The ids of the entities that <see cref="FindAllOccurrences"/> finds in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> EntitiesNamedIn(string text) =>
        FindAllOccurrences(text).SelectMany(mention => mention.EntityIds).ToHashSet(StringComparer.Ordinal);

    private List<CliticReading> FirstWordReadings(NormalizedToken token) =>
        CliticReadings.Of(token.Text).Where(reading => firstWords.Contains(reading.Stem)).ToList();

    private Mention? Lookup(IReadOnlyList<NormalizedToken> tokens, int index, int words, CliticReading reading)
    {
        var key = words == 1
            ? reading.Stem
            : reading.Stem + " " + string.Join(' ', tokens.Skip(index + 1).Take(words - 1).Select(token => token.Text));
        if (!entityIdsByKey.TryGetValue(key, out var ids))
        {
            return null;
        }

        var start = tokens[index].OriginalOffsetOf(reading.PrefixLength);
        return new Mention(ids, start, tokens[index + words - 1].End, key);
    }
}
