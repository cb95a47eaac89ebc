namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Where a syntax node stands in its source: character offsets, end exclusive.
/// A struct holding a reference, so locating a node costs no allocation.
/// </summary>
public readonly record struct Location(int Start, int End, Source Source)
{
    public SourceLocation StartLocation => Source.GetLocation(Start);
}
