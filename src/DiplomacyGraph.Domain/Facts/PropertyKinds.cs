namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// The value kind of every property name the fact files use, whatever carries it. One table for
/// articles, entities and relations, so that "since" or "date" means the same thing everywhere.
/// </summary>
public static class PropertyKinds
{
    private static readonly Dictionary<string, PropertyKind> Kinds = new(StringComparer.Ordinal)
    {
        ["aliases"] = PropertyKind.TextList,
        [EntityFact.DescribedAsProperty] = PropertyKind.TextList,
        ["areas"] = PropertyKind.TextList,
        ["areasAr"] = PropertyKind.TextList,
        ["date"] = PropertyKind.Date,
        ["startDate"] = PropertyKind.Date,
        ["endDate"] = PropertyKind.Date,
        ["asOf"] = PropertyKind.Date,
        ["since"] = PropertyKind.Date,
        ["until"] = PropertyKind.Date,
        ["publishedOn"] = PropertyKind.Date,
        ["edition"] = PropertyKind.Integer,
        ["value"] = PropertyKind.Number,
        ["distanceKm"] = PropertyKind.Number,
        ["virtual"] = PropertyKind.Boolean,
        ["first"] = PropertyKind.Boolean,
    };

    /// <summary>The kind of <paramref name="propertyName"/>; every property not listed is text.</summary>
    public static PropertyKind Of(string propertyName) =>
        Kinds.TryGetValue(propertyName, out var kind) ? kind : PropertyKind.Text;
}
