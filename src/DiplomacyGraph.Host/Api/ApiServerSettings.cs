using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.GraphQL.Validation.Limits;
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

    /// <summary>
    /// Document length, depth, cost and alias limits. The cost estimates the nodes and relationships Neo4j reads from
    /// the graph's statistics (<see cref="Cypher.Execution.ApiCostEstimator"/>), so the maximum is far above the
    /// engine's default of 1,000: a page of entities reads all 1,000,000 on the 1M-entity graph and is allowed, the
    /// README's first query costs about 200,000 there, and requests that ran past the deadline there cost 3,000,000 and more.
    /// </summary>
    public SafetyLimits Limits { get; init; } = SafetyLimits.Default with { MaxCost = DefaultMaxCost };

    /// <summary>
    /// Read statements this process runs at once and lets wait, in two lanes chosen by the request's cost (cheap
    /// reads keep their permits while heavy ones queue or get BUSY); Neo4j's HTTP worker pool is small.
    /// </summary>
    public ReadLaneSizes ReadLanes { get; init; } = new();

    /// <summary>Longest a request may run; past it the client gets REQUEST_TIMEOUT and its statement is ended in Neo4j.</summary>
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    /// <summary>The API's request timeout unless configured otherwise.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The API's cost limit unless configured otherwise.</summary>
    public const long DefaultMaxCost = 1_200_000;
}
