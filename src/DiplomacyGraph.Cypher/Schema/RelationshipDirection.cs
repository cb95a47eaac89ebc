namespace DiplomacyGraph.Cypher.Schema;

/// <summary>Which way a relationship is followed from the node that declares the field.</summary>
public enum RelationshipDirection
{
    /// <summary><c>(this)-[r]->(other)</c></summary>
    Out,

    /// <summary><c>(this)&lt;-[r]-(other)</c></summary>
    In,

    /// <summary><c>(this)-[r]-(other)</c>: for symmetric relationships stored once in either direction.</summary>
    Both,
}
