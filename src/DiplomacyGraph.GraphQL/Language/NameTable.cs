namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Hands out one string per distinct name, so the names a service sees over and over (its field
/// and type names, <c>__typename</c>, the keywords) are not allocated again for every document.
/// </summary>
/// <remarks>
/// A small per-thread table indexed by hash, as Roslyn's string table: a hit returns the cached
/// string, a miss allocates and takes the slot. No locks (each thread has its own table) and a
/// fixed size, so it never grows with hostile input.
/// </remarks>
internal static class NameTable
{
    private const int Size = 1024; // a power of two
    private const int MaxCachedLength = 64;

    [ThreadStatic]
    private static string?[]? s_entries;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }

        var entries = s_entries ??= new string?[Size];
        var slot = Hash(name) & (Size - 1);
        var cached = entries[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(name);
        entries[slot] = created;
        return created;
    }

    /// <summary>FNV-1a over the characters: cheap, and good enough to spread short identifiers.</summary>
    private static int Hash(ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
