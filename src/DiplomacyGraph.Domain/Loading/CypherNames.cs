using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The only way a label or relationship type gets into Cypher text. Labels and types cannot be
/// query parameters, so they are checked here against the model's fixed vocabulary: a label must
/// be one of <see cref="EntityLabels"/> (or Entity/Article), a type must be UPPER_SNAKE_CASE
/// (validated fact files define their types that way). Anything else is a bug, and throws.
/// </summary>
public static partial class CypherNames
{
    public static string Label(string label) =>
        label == EntityLabels.Entity || label == EntityLabels.Article || EntityLabels.Find(label) is not null
            ? label
            : throw new ArgumentException($"'{label}' is not a label of the graph model.", nameof(label));

    public static string Label(NodeKind kind) => kind == NodeKind.Article ? EntityLabels.Article : EntityLabels.Entity;

    public static string RelationshipType(string type) =>
        TypeName().IsMatch(type) ? type : throw new ArgumentException($"'{type}' is not a relationship type name.", nameof(type));

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();
}
