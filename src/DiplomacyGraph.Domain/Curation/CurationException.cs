namespace DiplomacyGraph.Domain.Curation;

/// <summary>A curation request that cannot be carried out; nothing was written. <see cref="Problems"/> lists every reason found.</summary>
public sealed class CurationException(IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : "The change was refused: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
