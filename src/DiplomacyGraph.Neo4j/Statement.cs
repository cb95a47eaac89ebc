namespace DiplomacyGraph.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. Every user value belongs in <see cref="Parameters"/> (referenced as
/// <c>$name</c>), never in <see cref="Text"/>. Parameter values are sent as JSON via System.Text.Json: numbers,
/// strings, booleans, null, lists/arrays, dictionaries and plain objects all work; Int64 stays exact.
/// </summary>
public sealed record Statement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null)
{
    /// <summary>Also return the nodes and relationships in each record (Neo4j's "graph" result format).</summary>
    public bool IncludeGraph { get; init; }

    public override string ToString() => Text;
}
