namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// A curation request that cannot be carried out; nothing was written. <see cref="Problems"/> lists
/// every reason found; <see cref="Code"/> is one of <see cref="CurationErrorCodes"/>.
/// </summary>
public sealed class CurationException(string code, IReadOnlyList<string> problems)
    : Exception(problems.Count == 1 ? problems[0] : "The change was refused: " + string.Join(" ", problems))
{
    public CurationException(IReadOnlyList<string> problems)
        : this(CurationErrorCodes.Rejected, problems)
    {
    }

    public string Code { get; } = code;

    public IReadOnlyList<string> Problems { get; } = problems;
}
