namespace DiplomacyGraph.Domain.Facts;

/// <summary>Where something was written: a fact file (relative to the data folder) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
