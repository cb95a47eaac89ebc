namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// The codes of <see cref="CurationException"/> (the API puts them in <c>extensions.code</c>). A
/// refused change wrote nothing, whatever its code.
/// </summary>
public static class CurationErrorCodes
{
    /// <summary>The change itself is wrong (label, names, properties, evidence); the problems say how. Sending it again will not help.</summary>
    public const string Rejected = "CURATION_REJECTED";

    /// <summary>An entity or relationship it names is not in the graph — possibly because a concurrent change (a merge) removed it first.</summary>
    public const string NotFound = "CURATION_NOT_FOUND";

    /// <summary>What it would create (an id, a relationship, a name within a label) is already there — possibly created by a concurrent change a moment before.</summary>
    public const string AlreadyExists = "CURATION_ALREADY_EXISTS";

    /// <summary>Other changes held what it needs for longer than <see cref="CurationLocks.Wait"/>; nothing was written, send it again later.</summary>
    public const string Busy = "CURATION_BUSY";

    /// <summary>A revert of a change that is no longer the latest on one of its items, or of an item changed since by another writer; revert the later changes first.</summary>
    public const string Superseded = "CURATION_SUPERSEDED";

    /// <summary>Every code, for the API's documented list.</summary>
    public static IReadOnlyList<string> All { get; } = [Rejected, NotFound, AlreadyExists, Busy, Superseded];
}
