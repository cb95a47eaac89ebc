namespace DiplomacyGraph.Domain.Facts;

/// <summary>One problem found in the fact files; all of them are collected before anything is written.</summary>
/// <param name="File">The fact file, relative to the data folder (e.g. <c>entities/cities.yaml</c>).</param>
/// <param name="Line">The 1-based line of the entry or value at fault.</param>
/// <param name="Message">What is wrong, specific enough to fix it without reading code.</param>
public sealed record FactError(string File, int Line, string Message)
{
    public FactError(SourceLocation location, string message)
        : this(location.File, location.Line, message)
    {
    }

    public override string ToString() => $"{File}:{Line}: {Message}";
}
