namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Cypher clauses that find entities or articles by id with index seeks. Neo4j 3.1 plans
/// <c>MATCH (n) WHERE n.id = $id AND (n:Entity OR n:Article)</c> as a scan of every node (no single label,
/// so no index: seconds on a graph of a million nodes), so each label is sought on its own and the two joined.
/// </summary>
internal static class EntityOrArticleSeek
{
    /// <summary>
    /// Binds <paramref name="variable"/> to the entity or article whose id is parameter <paramref name="parameter"/>;
    /// no row when there is none (as a MATCH). The clauses end with a WITH that keeps only <paramref name="carried"/>.
    /// </summary>
    public static string ById(string variable, string parameter, string? carried = null) =>
        $"OPTIONAL MATCH ({variable}Entity:Entity) WHERE {variable}Entity.id = ${parameter} " +
        $"OPTIONAL MATCH ({variable}Article:Article) WHERE {variable}Article.id = ${parameter} " +
        $"WITH {(carried is null ? "" : carried + ", ")}coalesce({variable}Entity, {variable}Article) AS {variable} WHERE {variable} IS NOT NULL ";

    /// <summary>
    /// One row per entity or article whose id is in list parameter <paramref name="parameter"/>, bound to
    /// <paramref name="variable"/>; for the start of a statement (nothing bound before is kept). The two lists are
    /// joined after their aggregation, not in it: Cypher 5 refuses an implicit grouping key beside an aggregate.
    /// </summary>
    public static string ByIds(string variable, string parameter) =>
        $"OPTIONAL MATCH ({variable}Entity:Entity) WHERE {variable}Entity.id IN ${parameter} " +
        $"WITH collect({variable}Entity) AS {variable}Entities " +
        $"OPTIONAL MATCH ({variable}Article:Article) WHERE {variable}Article.id IN ${parameter} " +
        $"WITH {variable}Entities, collect({variable}Article) AS {variable}Articles UNWIND {variable}Entities + {variable}Articles AS {variable} ";
}
