using System.Buffers;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// A request body written into arrays rented from the shared pool. Utf8JsonWriter asks for room for the worst case
/// of a string before writing it (three to six bytes per character), so a body of a few kilobytes of Cypher made an
/// unpooled buffer of tens of kilobytes on every request. Return it (<see cref="Dispose"/>) only once the request is
/// over; a body of a request that failed is left to the garbage collector, since the handler may still be reading it.
/// </summary>
internal sealed class PooledBody : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledBody(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureRoom(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureRoom(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(checked(_written + needed), _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
