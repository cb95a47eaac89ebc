using System.CommandLine;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Host;

/// <summary>
/// The API's limits as options (each with an environment variable): page sizes, the cost limit, the request
/// timeout and the read lanes. The defaults are the safe ones for a public API; a trusted deployment raises them.
/// </summary>
public static class ApiLimitOptions
{
    private static readonly ReadLaneSizes Lanes = new();

    public static readonly Option<long> DefaultPageSizeOption = NumberOption.Create(
        "--default-page-size", "DIPLOMACYGRAPH_DEFAULT_PAGE_SIZE", new TranslatorOptions().DefaultPageSize, 1, 10_000,
        "Items a connection returns without first/last.");

    public static readonly Option<long> MaxPageSizeOption = NumberOption.Create(
        "--max-page-size", "DIPLOMACYGRAPH_MAX_PAGE_SIZE", new TranslatorOptions().MaxPageSize, 1, 100_000,
        "Largest first/last (and ids of nodes(ids:)) a request may ask for.");

    public static readonly Option<long> MaxCostOption = NumberOption.Create(
        "--max-cost", "DIPLOMACYGRAPH_MAX_COST", ApiServerSettings.DefaultMaxCost, 1, 1_000_000_000_000_000,
        "Highest cost of a request (MAX_COST_EXCEEDED above it).");

    public static readonly Option<long> RequestTimeoutOption = NumberOption.Create(
        "--request-timeout", "DIPLOMACYGRAPH_REQUEST_TIMEOUT", (long)ApiServerSettings.DefaultRequestTimeout.TotalSeconds, 1, 3_600,
        "Seconds a request may run before REQUEST_TIMEOUT (its statement is then ended in Neo4j).");

    public static readonly Option<long> ReadsInFlightOption = NumberOption.Create(
        "--reads-in-flight", "DIPLOMACYGRAPH_READS_IN_FLIGHT", Lanes.CheapInFlight, 1, 1_000,
        "Cheap read statements running at once.");

    public static readonly Option<long> ReadsQueuedOption = NumberOption.Create(
        "--reads-queued", "DIPLOMACYGRAPH_READS_QUEUED", Lanes.CheapQueued, 0, 100_000,
        "Cheap read statements waiting for a slot (BUSY beyond).");

    public static readonly Option<long> HeavyReadsInFlightOption = NumberOption.Create(
        "--heavy-reads-in-flight", "DIPLOMACYGRAPH_HEAVY_READS_IN_FLIGHT", Lanes.HeavyInFlight, 1, 1_000,
        "Heavy read statements running at once.");

    public static readonly Option<long> HeavyReadsQueuedOption = NumberOption.Create(
        "--heavy-reads-queued", "DIPLOMACYGRAPH_HEAVY_READS_QUEUED", Lanes.HeavyQueued, 0, 100_000,
        "Heavy read statements waiting for a slot (BUSY beyond).");

    public static readonly Option<long> HeavyReadCostOption = NumberOption.Create(
        "--heavy-read-cost", "DIPLOMACYGRAPH_HEAVY_READ_COST", Lanes.HeavyFromCost, 1, 1_000_000_000_000_000,
        "Cost from which a read request runs in the heavy lane.");

    public static IEnumerable<Option> All =>
    [
        DefaultPageSizeOption, MaxPageSizeOption, MaxCostOption, RequestTimeoutOption,
        ReadsInFlightOption, ReadsQueuedOption, HeavyReadsInFlightOption, HeavyReadsQueuedOption, HeavyReadCostOption,
    ];

    /// <exception cref="ArgumentException">The default page size is above the maximum (every connection without first/last would be refused).</exception>
    public static ApiLimits From(ParseResult parseResult)
    {
        var defaultPageSize = (int)parseResult.GetValue(DefaultPageSizeOption);
        var maxPageSize = (int)parseResult.GetValue(MaxPageSizeOption);
        if (defaultPageSize > maxPageSize)
        {
            throw new ArgumentException(
                $"the default page size {defaultPageSize} is above the maximum page size {maxPageSize} (--default-page-size / --max-page-size).");
        }

        return new ApiLimits
        {
            Paging = new TranslatorOptions { DefaultPageSize = defaultPageSize, MaxPageSize = maxPageSize },
            MaxCost = parseResult.GetValue(MaxCostOption),
            RequestTimeout = TimeSpan.FromSeconds(parseResult.GetValue(RequestTimeoutOption)),
            ReadLanes = new ReadLaneSizes
            {
                CheapInFlight = (int)parseResult.GetValue(ReadsInFlightOption),
                CheapQueued = (int)parseResult.GetValue(ReadsQueuedOption),
                HeavyInFlight = (int)parseResult.GetValue(HeavyReadsInFlightOption),
                HeavyQueued = (int)parseResult.GetValue(HeavyReadsQueuedOption),
                HeavyFromCost = parseResult.GetValue(HeavyReadCostOption),
            },
        };
    }
}
