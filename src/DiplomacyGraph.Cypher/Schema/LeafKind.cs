namespace DiplomacyGraph.Cypher.Schema;

/// <summary>How values of a scalar or enum type can be filtered, which decides its operation filter input.</summary>
public enum LeafKind
{
    /// <summary>String and ID: equality, lists, substring and comparison operators.</summary>
    Text,

    /// <summary>Int, Float and custom scalars (e.g. ISO dates as strings): equality, lists and comparisons.</summary>
    Comparable,

    /// <summary>Boolean: equality only.</summary>
    Boolean,

    /// <summary>Enums: equality and lists.</summary>
    Enum,

    /// <summary>Custom scalars marked <c>@opaque</c> (e.g. JSON): neither filtered nor sorted.</summary>
    Opaque,
}
