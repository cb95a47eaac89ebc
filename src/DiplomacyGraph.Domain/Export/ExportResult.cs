using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// What an export did: the items written and the files changed — or, when the fact files were
/// invalid before the export or would be after it, the errors, and nothing written.
/// </summary>
public sealed record ExportResult(IReadOnlyList<FactError> Errors, IReadOnlyList<ExportedItem> Items, IReadOnlyList<string> ChangedFiles)
{
    public bool Succeeded => Errors.Count == 0;
}
