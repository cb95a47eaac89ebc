namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// An item of the fact files that a load left as curation has it — changed, removed, or a node kept
/// because curated relationships use it — until the curated state is exported into the files.
/// </summary>
/// <param name="Element"><see cref="ChangeCount.Node"/> or <see cref="ChangeCount.Relationship"/>.</param>
public sealed record CuratedOverride(string Element, string Id, string Reason)
{
    public const string Changed = "changed by curation";
    public const string Removed = "removed by curation";
    public const string InUse = "no longer in the fact files, kept: curated relationships use it";
}
