using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Host.Api;

/// <summary>What the API server needs: where to listen, the graph, the rules and texts curation checks against, the key and the IDE.</summary>
public sealed record ApiServerSettings
{
    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free one (tests).</summary>
    public required string Urls { get; init; }

    public required Neo4jClient Neo4j { get; init; }

    /// <summary>The fact files' folder, for the relationship types and kinds curation allows.</summary>
    public required string DataFolder { get; init; }

    /// <summary>The article texts, to check evidence spans of curated facts and store their quotes; null skips both.</summary>
    public string? CorpusFolder { get; init; }

    /// <summary>The single key mutations need (<see cref="ApiKeyAuthorizer"/>), curator <see cref="CuratorKeys.SingleKeyCurator"/>; with no <see cref="CuratorApiKeys"/> either, every mutation is refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Named keys: curator name → key (<see cref="CuratorKeys"/>).</summary>
    public IReadOnlyDictionary<string, string>? CuratorApiKeys { get; init; }

    /// <summary>The Banana Cake Pop build to serve at GET /graphql; null serves none.</summary>
    public string? IdeDirectory { get; init; }

    public TranslatorOptions Paging { get; init; } = new();
}
