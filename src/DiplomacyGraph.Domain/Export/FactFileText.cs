using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// One fact file as text, edited line by line so that everything an edit does not touch — comments,
/// blank lines, the order and style of the other entries — stays byte for byte as it was (a YAML
/// representation model would drop the comments). An entry runs from its <c>- </c> line to the line
/// before the next entry, less the blank and comment lines at its end, which belong to what follows.
/// </summary>
internal sealed class FactFileText
{
    private readonly List<string> _lines;
    private readonly List<int> _entryStarts;
    private readonly Dictionary<int, (int Start, int End, string? Text)> _edits = [];
    private readonly List<string> _appended = [];

    private FactFileText(string relativePath, List<string> lines, IReadOnlyList<YamlEntry> entries)
    {
        RelativePath = relativePath;
        _lines = lines;
        Entries = entries.ToDictionary(entry => entry.Location.Line - 1);
        _entryStarts = [.. Entries.Keys.Order()];
    }

    public string RelativePath { get; }

    /// <summary>The file's entries by the index of their first line (0-based).</summary>
    public IReadOnlyDictionary<int, YamlEntry> Entries { get; }

    /// <summary>True when the file's entries are written one per line (<c>- {type: ...}</c>).</summary>
    public bool IsFlow => _entryStarts.Count > 0 && _entryStarts.Count(IsFlowEntry) * 2 > _entryStarts.Count;

    public bool IsChanged => _edits.Count > 0 || _appended.Count > 0;

    /// <summary>Reads the file (a missing one is empty).</summary>
    public static FactFileText Open(string dataFolder, string relativePath)
    {
        var path = Path.Combine(dataFolder, relativePath);
        if (!File.Exists(path))
        {
            return new FactFileText(relativePath, [], []);
        }

        var errors = new List<FactError>();
        var entries = YamlEntryReader.Read(path, relativePath, errors) ?? [];
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new FactFileText(relativePath, lines, entries);
    }

    /// <summary>True when the entry starting at <paramref name="line"/> is a one-line flow entry.</summary>
    public bool IsFlowEntry(int line) => _lines[line].TrimStart().StartsWith("- {", StringComparison.Ordinal);

    /// <summary>Replaces the entry starting at <paramref name="line"/> with <paramref name="text"/> (one or more whole lines).</summary>
    public void Replace(int line, string text) => _edits[line] = (line, EndOf(line), text);

    /// <summary>
    /// Deletes the entry starting at <paramref name="line"/>. Comments above it stay: they may head a
    /// whole section, so the reviewer decides about them in the diff.
    /// </summary>
    public void Remove(int line)
    {
        var start = line;
        var end = EndOf(line);

        // No blank line left doubled (or leading the file) where a block entry and its separator went.
        while (end < _lines.Count && _lines[end].Trim().Length == 0 && (start == 0 || _lines[start - 1].Trim().Length == 0))
        {
            end++;
        }

        _edits[line] = (start, end, null);
    }

    /// <summary>Adds an entry at the end of the file.</summary>
    public void Append(string text) => _appended.Add(text);

    /// <summary>The file's text with every edit applied.</summary>
    public string Render()
    {
        var lines = new List<string>(_lines);
        foreach (var (start, end, text) in _edits.Values.OrderByDescending(edit => edit.Start))
        {
            lines.RemoveRange(start, end - start);
            if (text is not null)
            {
                lines.InsertRange(start, text.TrimEnd('\n').Split('\n'));
            }
        }

        foreach (var text in _appended)
        {
            // Block entries are set apart by a blank line, as the files write them; flow entries are not.
            if (lines.Count > 0 && lines[^1].Trim().Length > 0 && !(IsFlow && text.StartsWith("- {", StringComparison.Ordinal)))
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(text.TrimEnd('\n').Split('\n'));
        }

        return lines.Count == 0 ? string.Empty : string.Join('\n', lines) + "\n";
    }

    private int EndOf(int line)
    {
        var next = _entryStarts.FirstOrDefault(start => start > line, _lines.Count);
        var end = next;
        while (end > line + 1 && (_lines[end - 1].Trim().Length == 0 || IsComment(_lines[end - 1])))
        {
            end--;
        }

        return end;
    }

    private static bool IsComment(string line) => line.TrimStart().StartsWith('#');
}
