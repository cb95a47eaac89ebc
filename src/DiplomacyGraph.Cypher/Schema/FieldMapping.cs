namespace DiplomacyGraph.Cypher.Schema;

/// <summary>Where a field's value comes from in the graph.</summary>
public abstract record FieldMapping;

/// <summary>The parent's property (or map key) of the same name.</summary>
public sealed record PropertyMapping(string Property) : FieldMapping;

/// <summary>
/// A computed value: on root fields a read query whose last clause is <c>RETURN &lt;expr&gt; AS this</c>,
/// with the field's arguments as <c>$name</c> parameters; elsewhere a Cypher expression in which
/// <c>this</c> is the parent value.
/// </summary>
public sealed record CypherMapping(string Statement) : FieldMapping;

/// <summary>The nodes at the other end of relationships of <paramref name="Type"/>.</summary>
/// <param name="PropertiesType">The <c>@relationshipProperties</c> type whose fields the edges expose, if any.</param>
public sealed record RelationshipMapping(string Type, RelationshipDirection Direction, string? PropertiesType) : FieldMapping;

/// <summary>The nodes of the field's type whose <paramref name="Key"/> property is among the values of the expression <paramref name="Values"/>.</summary>
/// <param name="Match">
/// A pattern (over <c>this</c>) matched first; <paramref name="Values"/> is then evaluated per match and
/// collected. It stands for a pattern comprehension, which Neo4j 3.1 refuses in a statement with a
/// WHERE on an OPTIONAL MATCH of shortestPath, as <c>path</c> has ("Unknown variable").
/// </param>
public sealed record LookupMapping(string Key, string Values, string? Match) : FieldMapping;

/// <summary>A root field the compiler does not translate: its resolver is bound in C# (e.g. curation mutations).</summary>
public sealed record ResolverMapping : FieldMapping;
