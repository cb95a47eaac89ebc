using System.Globalization;

namespace DiplomacyGraph.Neo4j;

/// <summary>
/// The one place that knows how Neo4j versions differ for this project. Two dialects are supported: 3.x (the
/// locally provisioned 3.1.1) and 5.x (also 4.4, which already accepts 5.x's DDL; <c>docker compose</c>'s neo4j:5).
/// Cypher that runs on both (see the project docs) needs no entry here; only what differs does.
/// </summary>
public sealed class ServerDialect
{
    /// <summary>Neo4j 3.1–3.5: old DDL (<c>CREATE CONSTRAINT ON ... ASSERT</c>), which is a no-op when the rule exists.</summary>
    public static readonly ServerDialect Neo4j3 = new(
        name: "3.x",
        schemaFileName: "3.x.cypher",
        listConstraints: new Statement("CALL db.constraints() YIELD description RETURN description ORDER BY description"),
        listIndexes: new Statement("CALL db.indexes() YIELD description RETURN description ORDER BY description"),
        listIndexedProperties: new Statement("CALL db.indexes() YIELD description RETURN description"),
        degreeFormat: "size({0})",
        hasCallSubqueries: false);

    /// <summary>Neo4j 4.4 and 5.x (and calendar-versioned 202x releases): named DDL with <c>IF NOT EXISTS</c>.</summary>
    public static readonly ServerDialect Neo4j5 = new(
        name: "5.x",
        schemaFileName: "5.x.cypher",
        listConstraints: new Statement("SHOW CONSTRAINTS YIELD name RETURN name AS description ORDER BY description"),
        listIndexes: new Statement("SHOW INDEXES YIELD name RETURN name AS description ORDER BY description"),
        listIndexedProperties: new Statement(
            "SHOW INDEXES YIELD entityType, labelsOrTypes, properties WHERE entityType = 'NODE' AND size(labelsOrTypes) = 1 AND size(properties) = 1 " +
            "RETURN 'INDEX ON :' + labelsOrTypes[0] + '(' + properties[0] + ')' AS description"),
        degreeFormat: "COUNT {{ {0} }}",
        hasCallSubqueries: true);

    private ServerDialect(string name, string schemaFileName, Statement listConstraints, Statement listIndexes, Statement listIndexedProperties, string degreeFormat, bool hasCallSubqueries)
    {
        _degreeFormat = degreeFormat;
        ListIndexedProperties = listIndexedProperties;
        HasCallSubqueries = hasCallSubqueries;
        Name = name;
        SchemaFileName = schemaFileName;
        ListConstraints = listConstraints;
        ListIndexes = listIndexes;
    }

    private readonly string _degreeFormat;

    public string Name { get; }

    /// <summary>Whether <c>CALL { WITH x … }</c> subqueries exist (4.0+): per-row ORDER BY … LIMIT inside a statement.</summary>
    public bool HasCallSubqueries { get; }

    /// <summary>The file under <c>cypher/schema/</c> holding this dialect's constraints and indexes.</summary>
    public string SchemaFileName { get; }

    /// <summary>Returns one row per constraint, in a column named <c>description</c>.</summary>
    public Statement ListConstraints { get; }

    /// <summary>Returns one row per index, in a column named <c>description</c>.</summary>
    public Statement ListIndexes { get; }

    /// <summary>
    /// Returns one row per single-property node index, in a column named <c>description</c>, as 3.x words it:
    /// <c>INDEX ON :Label(property)</c> (5.x names its indexes, so its row is built in that form).
    /// </summary>
    public Statement ListIndexedProperties { get; }

    /// <summary>
    /// How many matches a pattern over a bound node has, e.g. <c>(n)-[:T]->()</c>: <c>size(…)</c> on 3.x (a pattern
    /// expression, which 5.x no longer allows there), <c>COUNT { … }</c> on 5.x. Both read the node's degree.
    /// </summary>
    public string Degree(string pattern) => string.Format(CultureInfo.InvariantCulture, _degreeFormat, pattern);

    public static ServerDialect For(Version version) => version switch
    {
        { Major: 3, Minor: >= 1 } => Neo4j3,
        { Major: 4, Minor: >= 4 } or { Major: >= 5 } => Neo4j5,
        _ => throw new NotSupportedException(string.Create(
            CultureInfo.InvariantCulture, $"Neo4j {version} is not supported; use 3.1–3.5, 4.4, 5.x or later.")),
    };

    public override string ToString() => Name;
}
