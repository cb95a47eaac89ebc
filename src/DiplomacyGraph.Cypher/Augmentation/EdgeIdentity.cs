namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>
/// Edges of relationship connections have no <c>id</c> field: a relationship's <c>id</c> property is
/// published on its edges as <c>relationshipId</c>. Normalized client caches (Apollo Client's
/// InMemoryCache, urql's Graphcache) merge every object with the same <c>__typename</c> and <c>id</c>,
/// and an edge is not an object of its own: the same relationship is an edge with a different
/// <c>node</c> from each end of a symmetric relationship, and a different <c>cursor</c> in every
/// list it appears in. Without an <c>id</c>, caches keep each edge inside its connection.
/// (<c>GraphEdge</c> of <c>neighborhood</c>/<c>path</c> keeps its <c>id</c>: none of its fields
/// depends on where it is seen from.)
/// </summary>
public static class EdgeIdentity
{
    /// <summary>The relationship property holding the relationship's id.</summary>
    public const string IdProperty = "id";

    /// <summary>The edge field that publishes it.</summary>
    public const string RelationshipIdField = "relationshipId";

    /// <summary>The edge field publishing a field of the relationship's properties type.</summary>
    public static string EdgeFieldName(string propertyField) => propertyField == IdProperty ? RelationshipIdField : propertyField;

    /// <summary>The field of the relationship's properties type behind an edge field.</summary>
    public static string PropertyFieldName(string edgeField) => edgeField == RelationshipIdField ? IdProperty : edgeField;
}
