namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Parsed and validated documents by query text, so a client repeating the same query (the usual
/// case: queries are constants in client code) skips parsing and validation. Bounded by count and by
/// the size of the query texts (a parsed document takes a multiple of its text's size, so many large
/// distinct documents would otherwise grow the process by gigabytes): when either is exceeded, the
/// least recently used entries go, and a text larger than a quarter of the byte budget is not kept at
/// all. Documents that fail to parse are not kept (no document).
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly long _maxBytes;
    private long _bytes;
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    /// <param name="maxBytes">Most bytes of query text (UTF-16) kept across all entries.</param>
    public DocumentCache(int capacity, long maxBytes = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        _capacity = capacity;
        _maxBytes = maxBytes;
    }

    /// <summary>Bytes of query text held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
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
        var size = (long)query.Length * sizeof(char);
        if (_capacity == 0 || size > _maxBytes / 4)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(query))
            {
                return;
            }

            while (_entries.Count > 0 && (_entries.Count >= _capacity || _bytes + size > _maxBytes))
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
                _bytes -= (long)oldest.Value.Query.Length * sizeof(char);
            }

            _entries[query] = _recency.AddFirst(new Entry(query, document));
            _bytes += size;
        }
    }

    private sealed record Entry(string Query, ValidatedDocument Document);
}
