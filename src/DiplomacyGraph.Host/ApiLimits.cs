using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Host;

/// <summary>The API's configured limits (<see cref="ApiLimitOptions"/>).</summary>
public sealed record ApiLimits
{
    public TranslatorOptions Paging { get; init; } = new();

    public long MaxCost { get; init; } = ApiServerSettings.DefaultMaxCost;

    public TimeSpan RequestTimeout { get; init; } = ApiServerSettings.DefaultRequestTimeout;

    public ReadLaneSizes ReadLanes { get; init; } = new();

    /// <summary>The server's settings with these limits.</summary>
    public ApiServerSettings ApplyTo(ApiServerSettings settings) => settings with
    {
        Paging = Paging,
        Limits = settings.Limits with { MaxCost = MaxCost },
        RequestTimeout = RequestTimeout,
        ReadLanes = ReadLanes,
    };
}
