using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// The rules curation checks changes against — the same files the loader validates the facts
/// with: which relationship types may connect which labels and carry which properties
/// (<c>relationship-types.yaml</c>), and the allowed kinds per label (<c>kinds.yaml</c>).
/// </summary>
public sealed class CurationRules
{
    private readonly Dictionary<string, RelationshipTypeDefinition> _types;
    private readonly IReadOnlyList<KindList> _kinds;

    public CurationRules(IReadOnlyList<RelationshipTypeDefinition> relationshipTypes, IReadOnlyList<KindList> kinds)
    {
        _types = relationshipTypes.ToDictionary(type => type.Type, StringComparer.Ordinal);
        _kinds = kinds;
    }

    /// <summary>Reads the rules from a data folder; throws when its rule files cannot be read.</summary>
    public static CurationRules Load(string dataFolder)
    {
        var read = FactFileReader.Read(dataFolder);
        var ruleErrors = read.Errors
            .Where(error => error.File is FactFileReader.RelationshipTypesFile or FactFileReader.KindsFile || error.File == dataFolder)
            .ToList();
        if (ruleErrors.Count > 0)
        {
            throw new InvalidDataException($"The curation rules in {dataFolder} cannot be read: {string.Join("; ", ruleErrors)}");
        }

        return new CurationRules(read.Facts.RelationshipTypes, read.Facts.Kinds);
    }

    public IReadOnlyCollection<string> RelationshipTypes => _types.Keys;

    public RelationshipTypeDefinition? FindRelationshipType(string type) => _types.GetValueOrDefault(type);

    public IReadOnlyList<string> KindsOf(string label) => _kinds.FirstOrDefault(list => list.Label == label)?.Kinds ?? [];
}
