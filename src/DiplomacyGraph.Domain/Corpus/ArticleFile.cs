using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Corpus;

/// <summary>
/// One article's text file in the corpus folder (<c>{id}.txt</c>, UTF-8 without byte-order mark),
/// written whole or not at all: the text goes to a hidden temporary file in the same folder, is
/// flushed to disk, and is then renamed to its name (a rename within a folder is atomic), so a
/// reader never sees half a text. A file is never replaced by a different text: evidence spans are
/// offsets into it.
/// </summary>
public static partial class ArticleFile
{
    /// <summary>The longest article id (the file stem): letters, digits, '_', '.', '-', not starting with '.' or '-'.</summary>
    public const int MaxIdLength = 100;

    /// <summary>True for an id that is a safe file stem (no separators, no hidden file) and that the fact files accept.</summary>
    public static bool IsValidId(string id) => id.Length <= MaxIdLength && Id().IsMatch(id);

    public static string PathOf(string folder, string id) => Path.Combine(folder, id + ".txt");

    /// <summary>The text already stored under <paramref name="id"/>, or null when there is no such file.</summary>
    public static string? Existing(string folder, string id) =>
        File.Exists(PathOf(folder, id)) ? ArticleCorpus.ReadText(PathOf(folder, id)) : null;

    /// <summary>
    /// Stores <paramref name="text"/> as <c>{id}.txt</c>. When the file is already there with the same
    /// text (a retry after a failed attempt) nothing changes; with another text it throws
    /// <see cref="IOException"/> and leaves the file alone.
    /// </summary>
    public static void Write(string folder, string id, string text)
    {
        var target = PathOf(folder, id);
        var temporary = Path.Combine(folder, $".{id}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (Existing(folder, id) == text)
            {
                // Stored by an earlier attempt of the same change.
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
