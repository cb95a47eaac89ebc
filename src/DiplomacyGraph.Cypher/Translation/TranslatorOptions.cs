namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Paging limits of generated connections.</summary>
public sealed record TranslatorOptions
{
    /// <summary>Items returned when a connection is asked for neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>
    /// How many related nodes the cost limit assumes behind each relationship condition of a <c>where</c> (a
    /// traversal per candidate), so nested relationship filters cost this much more per level.
    /// </summary>
    public int AssumedFanOut { get; init; } = 50;
}
