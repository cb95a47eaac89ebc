using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The part of the graph one writer manages: what is read before writing, compared with what is
/// wanted, and — for a load — deleted when no longer wanted.
/// </summary>
/// <remarks>
/// A load manages every <c>:Entity</c> node, every relationship that starts at one, the curated
/// <c>:Article</c> nodes (those not marked <c>ingested</c>) and — when it has the corpus — their
/// MENTIONS. An ingest manages only the articles it ingests and their MENTIONS, and deletes no node.
/// So a load never removes ingested articles, and an ingest never touches the curated facts.
/// Within its part, a writer still leaves alone every item curation owns (<see cref="Origin"/>).
/// </remarks>
public sealed class GraphScope
{
    private GraphScope(IReadOnlyList<Statement> readNodes, IReadOnlyList<Statement> readRelationships, Statement? readRemovals, bool deletesStaleNodes)
    {
        ReadNodes = readNodes;
        ReadRelationships = readRelationships;
        ReadRemovals = readRemovals;
        DeletesStaleNodes = deletesStaleNodes;
    }

    /// <summary>Statements returning id, kind ('Entity' or 'Article'), labels, properties.</summary>
    public IReadOnlyList<Statement> ReadNodes { get; }

    /// <summary>Statements returning id, type, fromKind, from, to, properties.</summary>
    public IReadOnlyList<Statement> ReadRelationships { get; }

    /// <summary>A statement returning the id of every curated removal (<see cref="Origin.RemovalLabel"/>), or null when the writer ignores them.</summary>
    public Statement? ReadRemovals { get; }

    public bool DeletesStaleNodes { get; }

    /// <param name="articleIds">The curated articles being loaded.</param>
    /// <param name="withMentions">False without a corpus: MENTIONS cannot be computed, so the existing ones are left alone.</param>
    public static GraphScope ForLoad(IReadOnlyList<string> articleIds, bool withMentions)
    {
        var ids = new Dictionary<string, object?> { ["articleIds"] = articleIds };
        var readNodes = new Statement[]
        {
            new("MATCH (n:Entity) WHERE n.id IS NOT NULL RETURN n.id AS id, 'Entity' AS kind, labels(n) AS labels, properties(n) AS properties"),
            new("MATCH (n:Article) WHERE n.id IS NOT NULL AND (NOT coalesce(n.ingested, false) OR n.id IN $articleIds) " +
                "RETURN n.id AS id, 'Article' AS kind, labels(n) AS labels, properties(n) AS properties", ids),
        };
        var readRelationships = new List<Statement>
        {
            new("MATCH (a:Entity)-[r]->() RETURN r.id AS id, type(r) AS type, 'Entity' AS fromKind, a.id AS from, endNode(r).id AS to, properties(r) AS properties"),
        };
        if (withMentions)
        {
            readRelationships.Add(new Statement(
                "MATCH (a:Article)-[r:MENTIONS]->() WHERE NOT coalesce(a.ingested, false) OR a.id IN $articleIds " +
                "RETURN r.id AS id, type(r) AS type, 'Article' AS fromKind, a.id AS from, endNode(r).id AS to, properties(r) AS properties", ids));
        }

        var readRemovals = new Statement($"MATCH (t:{Origin.RemovalLabel}) RETURN t.itemId AS id");
        return new GraphScope(readNodes, readRelationships, readRemovals, deletesStaleNodes: true);
    }

    /// <param name="articleIds">The articles being ingested.</param>
    public static GraphScope ForIngest(IReadOnlyList<string> articleIds)
    {
        var ids = new Dictionary<string, object?> { ["articleIds"] = articleIds };
        return new GraphScope(
            [new Statement("MATCH (n:Article) WHERE n.id IN $articleIds RETURN n.id AS id, 'Article' AS kind, labels(n) AS labels, properties(n) AS properties", ids)],
            [new Statement("MATCH (a:Article)-[r:MENTIONS]->() WHERE a.id IN $articleIds " +
                           "RETURN r.id AS id, type(r) AS type, 'Article' AS fromKind, a.id AS from, endNode(r).id AS to, properties(r) AS properties", ids)],
            readRemovals: null,
            deletesStaleNodes: false);
    }
}
