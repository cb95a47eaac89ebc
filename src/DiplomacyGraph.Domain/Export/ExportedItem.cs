namespace DiplomacyGraph.Domain.Export;

/// <summary>One curated item an export wrote into the fact files.</summary>
/// <param name="Element"><see cref="Loading.ChangeCount.Node"/> or <see cref="Loading.ChangeCount.Relationship"/>.</param>
/// <param name="Action"><see cref="Added"/>, <see cref="Updated"/> or <see cref="Removed"/>.</param>
/// <param name="File">The fact file, relative to the data folder.</param>
public sealed record ExportedItem(string Element, string Id, string Action, string File)
{
    public const string Added = "added";
    public const string Updated = "updated";
    public const string Removed = "removed";
}
