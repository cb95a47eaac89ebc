using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>Which fields take part in generated filters and sort orders; shared by the augmenter and the translator so they agree.</summary>
public static class FieldCapabilities
{
    public static LeafKind LeafKindOf(GraphModel model, string leafType) => leafType switch
    {
        "String" or "ID" => LeafKind.Text,
        "Int" or "Float" => LeafKind.Comparable,
        "Boolean" => LeafKind.Boolean,
        _ when model.Enums.ContainsKey(leafType) => LeafKind.Enum,
        _ when model.CustomScalars.TryGetValue(leafType, out var scalar) && IsOpaque(scalar) => LeafKind.Opaque,
        _ => LeafKind.Comparable,
    };

    /// <summary>The operators of a leaf kind, in the order the generated input lists them.</summary>
    public static IReadOnlyList<string> Operators(LeafKind kind) => kind switch
    {
        LeafKind.Text => ["eq", "neq", "in", "nin", "contains", "startsWith", "endsWith", "gt", "gte", "lt", "lte"],
        LeafKind.Comparable => ["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte"],
        LeafKind.Boolean => ["eq", "neq"],
        LeafKind.Enum => ["eq", "neq", "in", "nin"],
        _ => [],
    };

    /// <summary>A scalar/enum field (or list of them) read from a property or computed by @cypher, whose type can be filtered.</summary>
    public static bool IsFilterableLeaf(GraphModel model, GraphField field) =>
        field.Mapping is PropertyMapping or CypherMapping
        && model.IsLeaf(field.Shape.NamedType)
        && LeafKindOf(model, field.Shape.NamedType) != LeafKind.Opaque;

    /// <summary>A single (non-list) filterable leaf: these are the sort keys.</summary>
    public static bool IsSortable(GraphModel model, GraphField field) => IsFilterableLeaf(model, field) && !field.Shape.IsList;

    private static bool IsOpaque(ScalarTypeDefinitionNode scalar) =>
        scalar.Directives.Any(directive => directive.Name.Value == MappingDirectives.Opaque);
}
