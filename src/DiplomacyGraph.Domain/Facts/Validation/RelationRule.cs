namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// Each relation has a defined type (not MENTIONS, which the loader computes), endpoints that
/// resolve to labels the type allows, only the type's properties, no entity id as a property value
/// (a link between two entities is a relationship), evidence, and is written once.
/// </summary>
internal static class RelationRule
{
    /// <summary>The type the loader computes from article text; never written in the fact files.</summary>
    public const string Mentions = "MENTIONS";

    public static void Check(ValidationContext context)
    {
        var identities = new Dictionary<RelationIdentity, RelationFact>();
        foreach (var relation in context.Facts.Relations)
        {
            if (relation.Evidence.Count == 0)
            {
                context.Report(relation.Location, $"{Describe(relation)} has no evidence span");
            }

            PropertyValueRule.Check(context, relation.Properties);
            if (!CheckType(context, relation, out var type))
            {
                continue;
            }

            var fromLabel = LabelOf(context, relation.From, relation, "from");
            var toLabel = LabelOf(context, relation.To, relation, "to");
            if (fromLabel is not null && toLabel is not null && !type.Allows(fromLabel, toLabel))
            {
                var allowed = string.Join(", ", type.Between.Select(pair => $"{pair.From}→{pair.To}"));
                context.Report(relation.Location, $"{relation.Type} may not go from {fromLabel} '{relation.From}' to {toLabel} '{relation.To}' (allowed: {allowed})");
            }

            if (relation.From.Length > 0 && relation.From == relation.To)
            {
                context.Report(relation.Location, $"{Describe(relation)} connects '{relation.From}' to itself");
            }

            foreach (var property in relation.Properties.Where(p => !type.Properties.Contains(p.Name)))
            {
                var allowed = type.Properties.Count == 0 ? "none" : string.Join(", ", type.Properties);
                context.Report(property.Location, $"'{property.Name}' is not a property of {relation.Type} (allowed: {allowed})");
            }

            foreach (var property in relation.Properties.Where(p => p.Value is string id && context.EntitiesById.ContainsKey(id)))
            {
                context.Report(property.Location, $"'{property.Name}: {property.Value}' holds an entity id, which no query can traverse; write a relationship to '{property.Value}' instead");
            }

            var identity = RelationIdentity.Of(relation, type.Symmetric);
            if (!identities.TryAdd(identity, relation))
            {
                context.Report(relation.Location, $"{Describe(relation)} is already written at {identities[identity].Location}; write one entry with all its evidence spans");
            }
        }
    }

    private static bool CheckType(ValidationContext context, RelationFact relation, out RelationshipTypeDefinition type)
    {
        type = null!;
        if (relation.Type.Length == 0)
        {
            context.Report(relation.Location, "the relation has no 'type'");
            return false;
        }

        if (relation.Type == Mentions)
        {
            context.Report(relation.Location, "MENTIONS relations are computed by the loader from the article texts; do not write them");
            return false;
        }

        if (!context.TypesByName.TryGetValue(relation.Type, out var found))
        {
            context.Report(relation.Location, $"unknown relationship type '{relation.Type}' (define it in {FactFileReader.RelationshipTypesFile})");
            return false;
        }

        type = found;
        return true;
    }

    private static string? LabelOf(ValidationContext context, string id, RelationFact relation, string end)
    {
        if (id.Length == 0)
        {
            context.Report(relation.Location, $"the {relation.Type} relation has no '{end}'");
            return null;
        }

        if (context.EntitiesById.TryGetValue(id, out var entity))
        {
            return EntityLabels.Find(entity.Label);
        }

        if (context.ArticlesById.ContainsKey(id))
        {
            return EntityLabels.Article;
        }

        context.Report(relation.Location, $"'{end}: {id}' of the {relation.Type} relation is not the id of any entity or article");
        return null;
    }

    private static string Describe(RelationFact relation) => $"{relation.Type} {relation.From} → {relation.To}";
}
