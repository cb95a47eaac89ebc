using YamlDotNet.RepresentationModel;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>One item of a fact file's top-level list: its key/value pairs, each with its line.</summary>
internal sealed record YamlEntry(SourceLocation Location, IReadOnlyList<YamlField> Fields);

/// <summary>One key of a <see cref="YamlEntry"/>.</summary>
internal sealed record YamlField(string Key, YamlNode Value, SourceLocation Location);
