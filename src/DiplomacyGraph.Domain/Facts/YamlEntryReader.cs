using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// Reads a fact file that holds a YAML list of mappings (or, for <c>kinds.yaml</c>, one mapping),
/// keeping the line of every entry, key and value. Syntax and shape problems become <see cref="FactError"/>s; reading goes on past them.
/// </summary>
internal static class YamlEntryReader
{
    /// <summary>The entries of the file, or null when it is not valid YAML (the error is reported).</summary>
    public static IReadOnlyList<YamlEntry>? Read(string path, string file, List<FactError> errors)
    {
        if (Load(path, file, errors) is not { } stream)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(new FactError(file, LineOf(stream.Documents[1].RootNode.Start), "the file holds more than one YAML document; write one list"));
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlSequenceNode list)
        {
            errors.Add(new FactError(file, LineOf(root.Start), "the file must hold a YAML list of entries (each starting with '- ')"));
            return [];
        }

        var entries = new List<YamlEntry>();
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new FactError(file, LineOf(item.Start), "a list entry must be a mapping of keys to values"));
                continue;
            }

            var fields = new List<YamlField>();
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    fields.Add(new YamlField(name, value, Location(file, key)));
                }
                else
                {
                    errors.Add(new FactError(file, LineOf(key.Start), "a key must be a plain name"));
                }
            }

            entries.Add(new YamlEntry(Location(file, mapping), fields));
        }

        return entries;
    }

    /// <summary>The keys of a file that holds one YAML mapping, or null when it is not valid YAML (the error is reported).</summary>
    public static IReadOnlyList<YamlField>? ReadMapping(string path, string file, List<FactError> errors)
    {
        if (Load(path, file, errors) is not { } stream)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            errors.Add(new FactError(file, LineOf(stream.Documents[0].RootNode.Start), "the file must hold a YAML mapping of keys to values"));
            return [];
        }

        return [.. mapping.Children
            .Where(pair => pair.Key is YamlScalarNode { Value: not null })
            .Select(pair => new YamlField(((YamlScalarNode)pair.Key).Value!, pair.Value, Location(file, pair.Key)))];
    }

    private static YamlStream? Load(string path, string file, List<FactError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
            return stream;
        }
        catch (YamlException exception)
        {
            errors.Add(new FactError(file, LineOf(exception.Start), $"YAML syntax error: {exception.Message}"));
            return null;
        }
    }

    public static SourceLocation Location(string file, YamlNode node) => new(file, LineOf(node.Start));

    private static int LineOf(Mark mark) => (int)Math.Min(mark.Line, int.MaxValue);
}
