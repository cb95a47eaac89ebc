using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Domain.Ingest;

/// <summary>What an ingest did: the articles it read and the changes it wrote.</summary>
/// <param name="Errors">Problems that stopped it before anything was written.</param>
public sealed record IngestResult(IReadOnlyList<string> ArticleIds, IReadOnlyList<string> Errors, GraphChanges? Changes)
{
    public bool Succeeded => Errors.Count == 0;
}
