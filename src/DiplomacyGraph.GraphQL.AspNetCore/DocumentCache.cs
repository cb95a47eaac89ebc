namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Parsed and validated documents by query text, so a client repeating the same query (the usual
/// case: queries are constants in client code) skips parsing and validation. Bounded: when full,
/// the least recently used entry goes. Documents that fail to parse are not kept (no document).
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string query, out ValidatedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string query, ValidatedDocument document)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(query))
            {
                return;
            }

            if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
            }

            _entries[query] = _recency.AddFirst(new Entry(query, document));
        }
    }

    private sealed record Entry(string Query, ValidatedDocument Document);
}
