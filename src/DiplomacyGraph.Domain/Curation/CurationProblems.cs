namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// The problems a change has, gathered before anything is written. A problem added with a code
/// (not found, already exists) keeps it; the others are <see cref="CurationErrorCodes.Rejected"/>.
/// </summary>
internal sealed class CurationProblems : List<string>
{
    private readonly Dictionary<int, string> _codes = [];

    public void Add(string code, string message)
    {
        _codes[Count] = code;
        Add(message);
    }

    /// <summary>The code all the problems share, or <see cref="CurationErrorCodes.Rejected"/> when they differ.</summary>
    public string Code
    {
        get
        {
            var codes = Enumerable.Range(0, Count).Select(index => _codes.GetValueOrDefault(index, CurationErrorCodes.Rejected)).Distinct().ToList();
            return codes.Count == 1 ? codes[0] : CurationErrorCodes.Rejected;
        }
    }

    public void ThrowIfAny()
    {
        if (Count > 0)
        {
            throw new CurationException(Code, this);
        }
    }
}
