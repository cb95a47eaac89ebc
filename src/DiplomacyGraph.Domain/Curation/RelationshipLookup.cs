using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Finds relationships by id without reading every relationship of the graph. An id is
/// <c>TYPE:from:to[:role]</c> (<see cref="RelationIdentity"/>; MENTIONS <c>MENTIONS:article:entity</c>)
/// with <c>from</c> the start node's id, so the lookup seeks that node by its unique id (an index
/// seek on <c>:Entity(id)</c> or <c>:Article(id)</c>) and expands only its relationships. Node ids
/// hold no ':' (entity ids are kebab case, article ids file stems), so the second field is the start
/// node whatever a role holds. An id of another shape finds nothing.
/// </summary>
public static class RelationshipLookup
{
    /// <summary>The parameter holding the references (<see cref="References"/>) of the ids sought.</summary>
    public const string Parameter = "relationshipRefs";

    /// <summary>
    /// Binds <c>r</c> to each relationship sought, once; follow with <c>RETURN</c>, <c>SET</c> or
    /// <c>DELETE</c>. The start node is sought under both labels a relationship may start at.
    /// </summary>
    public const string Match =
        "UNWIND $" + Parameter + " AS ref " +
        "OPTIONAL MATCH (entity:Entity {id: ref.from}) OPTIONAL MATCH (article:Article {id: ref.from}) " +
        "WITH ref, [node IN [entity, article] WHERE node IS NOT NULL] AS starts UNWIND starts AS start " +
        "MATCH (start)-[r]->() WHERE type(r) = ref.type AND r.id = ref.id";

    /// <summary>The start node's id and the type an id names, or null when it is not <c>TYPE:from:to[:...]</c>.</summary>
    public static (string Type, string From)? Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var parts = id.Split(':', 4);
        return parts.Length >= 3 && parts.All(part => part.Length > 0) ? (parts[0], parts[1]) : null;
    }

    /// <summary>The parameter value for <see cref="Match"/>: one <c>{id, type, from}</c> per id that has the shape (the others cannot exist).</summary>
    public static List<Dictionary<string, object?>> References(IEnumerable<string> ids) =>
        [.. ids.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Parsed: Parse(id)))
            .Where(pair => pair.Parsed is not null)
            .Select(pair => new Dictionary<string, object?> { ["id"] = pair.Id, ["type"] = pair.Parsed!.Value.Type, ["from"] = pair.Parsed.Value.From })];

    /// <summary>The parameters of <see cref="Match"/> for these ids, to merge into a statement's own.</summary>
    public static Dictionary<string, object?> Parameters(IEnumerable<string> ids) =>
        new(StringComparer.Ordinal) { [Parameter] = References(ids) };
}
