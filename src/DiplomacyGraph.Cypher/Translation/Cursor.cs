using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Opaque connection cursors: the base64 of the item's offset in the filtered, ordered list. The
/// translator works with offsets (Cypher has no base64); results are encoded on the way out and
/// arguments decoded on the way in, where anything but a cursor we issued is rejected.
/// </summary>
public static class Cursor
{
    private const string Prefix = "offset:";

    public static string Encode(long offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string cursor, out long offset)
    {
        offset = 0;
        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        // No list has more than int.MaxValue items, and a larger offset would overflow the translator's
        // "after + 1" into a negative start (and Neo4j into a range of billions of indexes).
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset <= int.MaxValue;
    }

    public static long Decode(string cursor, string argument) => TryDecode(cursor, out var offset)
        ? offset
        : throw new ApiQueryException($"The cursor '{cursor}' given as '{argument}' is not valid: use a cursor from the edges or pageInfo of an earlier page of the same connection.");
}
