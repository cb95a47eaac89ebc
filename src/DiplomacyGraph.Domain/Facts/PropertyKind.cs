namespace DiplomacyGraph.Domain.Facts;

/// <summary>What a property's value must be.</summary>
public enum PropertyKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>An ISO-8601 date string at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    Date,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Any number (whole or decimal).</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,
}
