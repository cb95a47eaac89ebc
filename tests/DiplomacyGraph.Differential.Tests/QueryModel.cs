namespace DiplomacyGraph.Differential.Tests;

/// <summary>The scalar kinds the generated filters and orders use.</summary>
public enum FieldKind
{
    Id,
    String,
    Int,
    Float,
    Boolean,
}

public enum Direction
{
    Out,
    In,
    Both,
}

/// <summary>A scalar field of a node or an edge, stored as the property of the same name.</summary>
public sealed record ScalarField(string Name, FieldKind Kind);

/// <summary>
/// A relationship field (<c>twins</c>, <c>participants</c>): its type and direction, the label of the nodes
/// at the other end (null: any), the target's and the edge's scalar fields, and whether each target occurs
/// at most once per parent (only then is it paged as a nested connection: ties past the id are ordered by
/// the relationship's internal id, which the reference cannot know).
/// </summary>
public sealed record RelationField(
    string Name, string Type, Direction Direction, string? TargetLabel, IReadOnlyList<ScalarField> TargetFields, IReadOnlyList<ScalarField> EdgeFields, bool UniqueTargets);

/// <summary>A root connection and what its filters and orders may use.</summary>
public sealed record RootField(string Name, string Label, string FilterType, string SortType, IReadOnlyList<ScalarField> Fields, bool HasAliases, IReadOnlyList<RelationField> Relations);

/// <summary>Paging arguments; offsets are turned into cursors.</summary>
public sealed record Paging(int? First, int? AfterOffset, int? Last, int? BeforeOffset);

/// <summary>One generated query: a root connection with filter, order and paging, and optionally one nested connection.</summary>
public sealed record QueryCase(
    RootField Root,
    Filter? Where,
    IReadOnlyList<(string Field, bool Descending)> Order,
    Paging Paging,
    NestedConnection? Nested);

/// <summary>A relationship connection asked of every node of the page, with its own order and paging.</summary>
public sealed record NestedConnection(RelationField Relation, IReadOnlyList<(string Field, bool Descending)> Order, Paging Paging);
