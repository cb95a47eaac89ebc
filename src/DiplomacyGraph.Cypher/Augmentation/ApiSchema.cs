using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>
/// The published API: the source SDL with its generated operations and types (<see cref="Document"/>),
/// and the <see cref="Model"/> the translator compiles against.
/// </summary>
public sealed class ApiSchema
{
    internal ApiSchema(GraphModel model, DocumentNode document, IReadOnlyDictionary<string, CompositeType> rootConnections, IReadOnlyList<(string Type, string Field)> cursorFields, string? nodeInterface)
    {
        Model = model;
        Document = document;
        RootConnections = rootConnections;
        CursorFields = cursorFields;
        NodeInterface = nodeInterface;
    }

    public GraphModel Model { get; }

    /// <summary>The schema clients see: no mapping directives, every generated type and field.</summary>
    public DocumentNode Document { get; }

    /// <summary>Generated root connection fields (e.g. <c>cities</c>) and the node type each lists.</summary>
    public IReadOnlyDictionary<string, CompositeType> RootConnections { get; }

    /// <summary>Fields whose values are cursors (edge <c>cursor</c>, <c>PageInfo.startCursor/endCursor</c>); the translator yields offsets there, to be encoded.</summary>
    public IReadOnlyList<(string Type, string Field)> CursorFields { get; }

    /// <summary>The Relay <c>Node</c> interface, when the SDL declares it: then <c>node(id:)</c> and <c>nodes(ids:)</c> exist.</summary>
    public string? NodeInterface { get; }

    public const string NodeField = "node";
    public const string NodesField = "nodes";
}
