using System.Collections.Concurrent;
using System.Text;

namespace DiplomacyGraph.Domain.Corpus;

/// <summary>
/// The article texts evidence spans point into: every <c>*.txt</c> file of a folder, keyed by
/// file stem. The text is UTF-8 with any byte-order mark removed and line endings kept as in the
/// file, so span offsets (UTF-16 code units) mean the same thing everywhere.
/// </summary>
/// <remarks>
/// The texts are third-party prose: they are read at run time and never copied into the repository.
/// An article whose file appears after the corpus was loaded (one <c>addArticle</c> stored, in this
/// process or another) is read from the folder the first time it is asked for, then kept: an
/// article's file is never rewritten (<see cref="ArticleFile"/>), so a text once read stays right.
/// </remarks>
public sealed class ArticleCorpus
{
    private readonly ConcurrentDictionary<string, string> texts;

    private ArticleCorpus(string folder, IDictionary<string, string> texts)
    {
        Folder = folder;
        this.texts = new ConcurrentDictionary<string, string>(texts, StringComparer.Ordinal);
    }

    /// <summary>The folder the texts were read from.</summary>
    public string Folder { get; }

    /// <summary>The article ids (file stems), in ordinal order.</summary>
    public IReadOnlyList<string> ArticleIds => [.. texts.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads every <c>*.txt</c> file of <paramref name="folder"/>.</summary>
    public static ArticleCorpus Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{folder}' does not exist.");
        }

        var texts = Directory.EnumerateFiles(folder, "*.txt")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), ReadText, StringComparer.Ordinal);
        return new ArticleCorpus(Path.GetFullPath(folder), texts);
    }

    /// <summary>Reads one article file the way the corpus does (UTF-8, byte-order mark removed).</summary>
    public static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)).TrimStart('\uFEFF');

    /// <summary>The text of <paramref name="articleId"/>, if the corpus has it (or its folder has it now).</summary>
    public bool TryGetText(string articleId, out string text)
    {
        if (texts.TryGetValue(articleId, out var found) || TryReadNew(articleId, out found))
        {
            text = found;
            return true;
        }

        text = string.Empty;
        return false;
    }

    private bool TryReadNew(string articleId, out string text)
    {
        text = string.Empty;
        if (!ArticleFile.IsValidId(articleId) || !File.Exists(ArticleFile.PathOf(Folder, articleId)))
        {
            return false;
        }

        text = texts.GetOrAdd(articleId, id => ReadText(ArticleFile.PathOf(Folder, id)));
        return true;
    }

    /// <summary>
    /// The text between <paramref name="start"/> and <paramref name="end"/> of an article, or
    /// null when the article is missing or the range does not lie inside it.
    /// </summary>
    public string? Quote(string articleId, int start, int end) =>
        TryGetText(articleId, out var text) && start >= 0 && start <= end && end <= text.Length
            ? text[start..end]
            : null;
}
