using System.Runtime.CompilerServices;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Compiled statements of root fields whose compilation read no variable value, so that they depend
/// only on the document (its field nodes) and the server's dialect. Keyed by the syntax tree's field
/// nodes, which the HTTP endpoint's document cache hands out again for a repeated query text: a
/// repeated query is compiled once, and an entry lives exactly as long as its document.
/// </summary>
internal sealed class CompiledStatementCache
{
    private readonly ConditionalWeakTable<FieldNode, List<Entry>> _entries = [];

    public bool TryGet(IReadOnlyList<FieldNode> fieldNodes, ServerDialect dialect, out CypherStatement statement)
    {
        if (_entries.TryGetValue(fieldNodes[0], out var entries))
        {
            lock (entries)
            {
                foreach (var entry in entries)
                {
                    if (entry.Dialect == dialect && entry.FieldNodes.SequenceEqual(fieldNodes, ReferenceEqualityComparer.Instance))
                    {
                        statement = entry.Statement;
                        return true;
                    }
                }
            }
        }

        statement = null!;
        return false;
    }

    public void Add(IReadOnlyList<FieldNode> fieldNodes, ServerDialect dialect, CypherStatement statement)
    {
        var entries = _entries.GetValue(fieldNodes[0], _ => []);
        lock (entries)
        {
            // A root field node merges with others only within one operation: a handful of entries at most.
            entries.Add(new Entry([.. fieldNodes], dialect, statement));
        }
    }

    private sealed record Entry(IReadOnlyList<FieldNode> FieldNodes, ServerDialect Dialect, CypherStatement Statement);
}
