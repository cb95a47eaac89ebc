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
public sealed record LookupMapping(string Key, string Values) : FieldMapping;

/// <summary>A root field the compiler does not translate: its resolver is bound in C# (e.g. curation mutations).</summary>
public sealed record ResolverMapping : FieldMapping;
