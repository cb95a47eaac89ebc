using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>What a load found and did.</summary>
/// <param name="Errors">Validation errors; when there are any, nothing was written.</param>
/// <param name="Warnings">E.g. no corpus: quotes and MENTIONS skipped.</param>
/// <param name="Changes">The changes written; null for a dry run or when there were errors.</param>
/// <param name="Content">The graph the facts describe (empty when the facts did not validate).</param>
public sealed record LoadResult(
    IReadOnlyList<FactError> Errors,
    IReadOnlyList<string> Warnings,
    GraphChanges? Changes,
    GraphContent Content,
    string? CorpusFolder)
{
    public bool Succeeded => Errors.Count == 0;
}
