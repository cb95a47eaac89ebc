using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;
using static DiplomacyGraph.Cypher.Augmentation.Sdl;

namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>
/// Enums whose values are read off the mapped SDL, so that arguments naming relationship types or
/// labels (e.g. <c>neighborhood(types:)</c>, <c>search(labels:)</c>) are checked by validation and
/// completed by the IDE, and can never drift from what the schema maps:
/// <list type="bullet">
/// <item><c>RelationshipType</c>: every type of an <c>@relationship</c> field, alphabetically;</item>
/// <item><c>&lt;Interface&gt;Label</c> for each <c>@node</c> interface (e.g. <c>EntityLabel</c>): the
/// distinguishing label of each object type implementing it, in SDL order.</item>
/// </list>
/// A value is the label or relationship type itself, so the compiler passes it to Cypher unchanged.
/// </summary>
internal static class GraphEnums
{
    public const string RelationshipType = "RelationshipType";

    public static IEnumerable<EnumTypeDefinitionNode> Generate(GraphModel model)
    {
        var relationshipTypes = model.Types.Values
            .SelectMany(type => type.Fields)
            .Select(field => field.Mapping)
            .OfType<RelationshipMapping>()
            .Select(mapping => mapping.Type)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (relationshipTypes.Count > 0)
        {
            yield return Enum(RelationshipType, "A relationship type of the graph.", [.. relationshipTypes.Select(type => (RequireEnumValue(type), $"`{type}` relationships."))]);
        }

        foreach (var nodeInterface in model.NodeTypes.Where(type => type.Kind == CompositeTypeKind.Interface))
        {
            var labels = nodeInterface.PossibleTypes
                .Select(type => type.Labels!.FirstOrDefault(label => !nodeInterface.Labels!.Contains(label)))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (labels.Count > 0)
            {
                yield return Enum(LabelEnum(nodeInterface), $"The label that tells which kind of `{nodeInterface.Name}` a node is.", [.. labels.Select(label => (RequireEnumValue(label), $"`{label}` nodes."))]);
            }
        }
    }

    public static string LabelEnum(CompositeType nodeInterface) => nodeInterface.Name + "Label";

    /// <summary>Labels and relationship types are plain identifiers already; these three names cannot be enum values.</summary>
    private static string RequireEnumValue(string name) => name is "true" or "false" or "null"
        ? throw new SchemaDefinitionException($"'{name}' cannot be an enum value; rename the label or relationship type.")
        : name;
}
