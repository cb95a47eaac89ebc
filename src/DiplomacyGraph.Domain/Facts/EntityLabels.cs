namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// The fixed vocabulary of entity labels and their properties (the allowed <c>kind</c> values
/// are data: <c>kinds.yaml</c>). The loader takes
/// label strings for Cypher from here only — never from file text — because labels cannot be
/// query parameters.
/// </summary>
public static class EntityLabels
{
    /// <summary>Every entity node carries this label besides its own.</summary>
    public const string Entity = "Entity";

    /// <summary>The label of source article nodes; relations such as WROTE may point to one.</summary>
    public const string Article = "Article";

    public const string Country = "Country";
    public const string Subdivision = "Subdivision";
    public const string City = "City";
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Agreement = "Agreement";
    public const string Event = "Event";
    public const string Statistic = "Statistic";

    /// <summary>The entity labels, in the order the loader writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Country, Subdivision, City, Person, Organization, Agreement, Event, Statistic];

    /// <summary>Properties every entity may carry.</summary>
    public static IReadOnlyList<string> CommonProperties { get; } =
        ["id", "label", "name", "nameAr", "aliases", EntityFact.DescribedAsProperty, "description", "evidence"];

    private static readonly Dictionary<string, string[]> LabelProperties = new(StringComparer.Ordinal)
    {
        [Country] = [],
        [Subdivision] = ["kind"],
        [City] = [],
        [Person] = [],
        [Organization] = ["kind"],
        [Agreement] = ["kind", "date", "areas", "areasAr"],
        [Event] = ["kind", "startDate", "endDate", "edition", "theme", "themeAr", "virtual"],
        [Statistic] = ["metric", "value", "unit", "qualifier", "asOf"],
    };

    /// <summary>The values a Statistic's qualifier may take.</summary>
    public static IReadOnlyList<string> Qualifiers { get; } = ["exact", "more_than", "about"];

    /// <summary>The label constant equal to <paramref name="label"/>, or null when no such label exists.</summary>
    public static string? Find(string? label) => All.FirstOrDefault(known => known == label);

    /// <summary>Every property an entity of <paramref name="label"/> may carry, in the order the fact files write them.</summary>
    public static IReadOnlyList<string> PropertiesOf(string label)
    {
        IEnumerable<string> own = LabelProperties.GetValueOrDefault(label) ?? [];
        return [.. CommonProperties.Take(CommonProperties.Count - 2), .. own, .. CommonProperties.TakeLast(2)];
    }

    /// <summary>True when an entity of <paramref name="label"/> may carry <paramref name="property"/>.</summary>
    public static bool AllowsProperty(string label, string property) =>
        CommonProperties.Contains(property)
        || (LabelProperties.TryGetValue(label, out var own) && own.Contains(property));
}
