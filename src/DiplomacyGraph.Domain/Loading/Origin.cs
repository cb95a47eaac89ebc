namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Who owns a node or relationship, stored in its <c>origin</c> property: the fact files (written by
/// <c>load</c>), <c>ingest</c>, or curation through the API. A writer manages only what it owns:
/// <c>load</c> never deletes or overwrites a curated item (a curated change to a file-owned item turns
/// it into a curated one, which stays until it is exported into the fact files). Items written before
/// ownership was recorded have no <c>origin</c> and count as file-owned.
/// </summary>
public static class Origin
{
    public const string Property = "origin";
    public const string File = "file";
    public const string Ingest = "ingest";
    public const string Curation = "curation";

    /// <summary>
    /// A curated removal of a node or relationship (by a merge or <c>removeRelationship</c>): a
    /// <c>(:CuratedRemoval {itemId})</c> node that stops <c>load</c> from writing the item back until the
    /// fact files no longer hold it (then <c>load</c> deletes the marker).
    /// </summary>
    public const string RemovalLabel = "CuratedRemoval";

    public static bool IsCurated(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties.GetValueOrDefault(Property) as string == Curation;
    }
}
