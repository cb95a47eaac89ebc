using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// No name or alias, once normalized, is claimed by two entities of the same label: the mention
/// matcher and the search could not tell them apart. (Entities of different labels may share a
/// name: Washington the state and Washington the city.)
/// </summary>
internal static class NameClaimRule
{
    public static void Check(ValidationContext context)
    {
        var claims = new Dictionary<(string Label, string Key), EntityFact>();
        foreach (var entity in context.Facts.Entities)
        {
            foreach (var name in entity.Names)
            {
                var key = TextNormalizer.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!claims.TryAdd((entity.Label, key), entity) && claims[(entity.Label, key)] is var owner && owner.Id != entity.Id)
                {
                    context.Report(entity.Location, $"the name '{name}' of '{entity.Id}' is also claimed by {entity.Label} '{owner.Id}' ({owner.Location}); names must identify one {entity.Label}");
                }
            }
        }
    }
}
