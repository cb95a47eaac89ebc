namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// The directive vocabulary that maps an SDL to the graph. The source SDL may use these without
/// declaring them; they are server-side mapping and never appear in the published API schema.
/// </summary>
public static class MappingDirectives
{
    /// <summary>On an object or interface: its values are graph nodes carrying all of <c>labels</c> (default: the type name).</summary>
    public const string Node = "node";

    /// <summary>On a field: the nodes at the other end of relationships of <c>type</c>, in <c>direction</c>; edge fields come from the <c>properties</c> type.</summary>
    public const string Relationship = "relationship";

    /// <summary>On an object type: a template of relationship (edge) fields, named by <c>@relationship(properties:)</c>.</summary>
    public const string RelationshipProperties = "relationshipProperties";

    /// <summary>On a field: a computed value. On a root field a read query ending in <c>RETURN … AS this</c>; elsewhere an expression over <c>this</c>.</summary>
    public const string Cypher = "cypher";

    /// <summary>On a field: the nodes of the field's type whose <c>key</c> property is among the values of the expression <c>values</c> (over <c>this</c>).</summary>
    public const string Lookup = "lookup";

    /// <summary>On an argument: the inclusive range an Int argument must lie in.</summary>
    public const string Range = "range";

    /// <summary>On a custom scalar: values are neither filtered nor sorted on (e.g. JSON).</summary>
    public const string Opaque = "opaque";

    /// <summary>The definitions, so the source SDL can be validated like any schema and tools can read them.</summary>
    public const string Definitions = """
        "How a relationship is followed from the field's type: along (OUT), against (IN) or either way (BOTH)."
        enum RelationshipDirection { OUT IN BOTH }

        directive @node(labels: [String!], plural: String) on OBJECT | INTERFACE
        directive @relationship(type: String!, direction: RelationshipDirection!, properties: String) on FIELD_DEFINITION
        directive @relationshipProperties on OBJECT
        directive @cypher(statement: String!) on FIELD_DEFINITION
        directive @lookup(key: String!, values: String!, match: String) on FIELD_DEFINITION
        directive @range(min: Int, max: Int) on ARGUMENT_DEFINITION
        directive @opaque on SCALAR
        """;

    /// <summary>The names above, to strip them from the published schema.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Node, Relationship, RelationshipProperties, Cypher, Lookup, Range, Opaque,
    };

    /// <summary>The enum the vocabulary declares; also kept out of the published schema.</summary>
    public const string DirectionEnum = "RelationshipDirection";
}
