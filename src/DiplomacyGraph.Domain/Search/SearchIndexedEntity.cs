namespace DiplomacyGraph.Domain.Search;

/// <summary>An entity as the search index sees it: its id and its names (English, Arabic, aliases).</summary>
public sealed record SearchIndexedEntity(string Id, IReadOnlyList<string?> Names)
{
    /// <summary>The entity's names from its stored properties: name, nameAr, then the aliases.</summary>
    /// <param name="property">Reads a stored property by name (null when absent).</param>
    public static SearchIndexedEntity FromProperties(string id, Func<string, object?> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var names = new List<string?> { property("name") as string, property("nameAr") as string };
        if (property("aliases") is System.Collections.IEnumerable aliases and not string)
        {
            names.AddRange(aliases.OfType<string>());
        }

        return new SearchIndexedEntity(id, names);
    }
}
