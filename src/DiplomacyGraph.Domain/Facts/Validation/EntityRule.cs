using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// Each entity has a known label, both names, descriptive phrases (describedAs) that are not
/// also names, only the properties of its label, a kind from the label's list in kinds.yaml, a
/// numeric value if it is a Statistic, and evidence.
/// </summary>
internal static class EntityRule
{
    public static void Check(ValidationContext context)
    {
        foreach (var entity in context.Facts.Entities)
        {
            var label = EntityLabels.Find(entity.Label);
            if (label is null)
            {
                context.Report(entity.Location, entity.Label.Length == 0
                    ? $"entity '{entity.Id}' has no 'label'"
                    : $"entity '{entity.Id}' has unknown label '{entity.Label}' (labels: {string.Join(", ", EntityLabels.All)})");
            }

            if (string.IsNullOrWhiteSpace(entity.Name))
            {
                context.Report(entity.Location, $"entity '{entity.Id}' has no English 'name'");
            }

            if (string.IsNullOrWhiteSpace(entity.NameAr))
            {
                context.Report(entity.Location, $"entity '{entity.Id}' has no Arabic 'nameAr'");
            }

            if (entity.Aliases.Any(string.IsNullOrWhiteSpace))
            {
                context.Report(entity.Location, $"entity '{entity.Id}' has an empty alias");
            }

            CheckDescribedAs(context, entity);
            if (entity.Evidence.Count == 0)
            {
                context.Report(entity.Location, $"entity '{entity.Id}' has no evidence span");
            }

            PropertyValueRule.Check(context, entity.Properties);
            if (label is not null)
            {
                CheckLabelProperties(context, entity, label);
            }
        }
    }

    /// <summary>A descriptive phrase is not empty and is not also one of the entity's names: it is one or the other.</summary>
    private static void CheckDescribedAs(ValidationContext context, EntityFact entity)
    {
        if (entity.Property(EntityFact.DescribedAsProperty) is not { } property)
        {
            return;
        }

        var names = entity.Names.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in entity.DescribedAs)
        {
            if (string.IsNullOrWhiteSpace(phrase))
            {
                context.Report(property.Location, $"entity '{entity.Id}' has an empty '{EntityFact.DescribedAsProperty}' phrase");
            }
            else if (names.Contains(TextNormalizer.Normalize(phrase)))
            {
                context.Report(property.Location, $"'{phrase}' of '{entity.Id}' is both a name and a '{EntityFact.DescribedAsProperty}' phrase; keep it in one of them");
            }
        }
    }

    private static void CheckLabelProperties(ValidationContext context, EntityFact entity, string label)
    {
        foreach (var property in entity.Properties)
        {
            if (!EntityLabels.AllowsProperty(label, property.Name))
            {
                context.Report(property.Location, $"'{property.Name}' is not a property of a {label}");
            }
            else if (property.Name == "kind" && property.Value is string kind && !context.Facts.KindsOf(label).Contains(kind))
            {
                context.Report(property.Location, $"'{kind}' is not a kind of {label} (kinds in {FactFileReader.KindsFile}: {string.Join(", ", context.Facts.KindsOf(label))})");
            }
        }

        if (label == EntityLabels.Statistic && entity.Property("value") is null)
        {
            context.Report(entity.Location, $"statistic '{entity.Id}' has no numeric 'value'");
        }
    }
}
