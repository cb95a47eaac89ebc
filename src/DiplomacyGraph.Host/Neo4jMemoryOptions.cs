using System.CommandLine;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host;

/// <summary>
/// The local Neo4j's heap and page cache (<c>--neo4j-heap</c>, <c>--neo4j-page-cache</c>, or their environment
/// variables), by default sized for the machine by <see cref="Neo4jMemory"/>. Applied when the host starts the
/// local Neo4j; an external one is configured on its own server.
/// </summary>
public static class Neo4jMemoryOptions
{
    public const string HeapVariable = "DIPLOMACYGRAPH_NEO4J_HEAP";

    public const string PageCacheVariable = "DIPLOMACYGRAPH_NEO4J_PAGE_CACHE";

    public static readonly Option<string> HeapOption = Create(
        "--neo4j-heap", HeapVariable, Neo4jMemory.MinimumHeapBytes, Neo4jMemory.DefaultHeap,
        "JVM heap of the local Neo4j, e.g. 2g.");

    public static readonly Option<string> PageCacheOption = Create(
        "--neo4j-page-cache", PageCacheVariable, Neo4jMemory.MinimumPageCacheBytes, Neo4jMemory.DefaultPageCache,
        "Page cache of the local Neo4j, e.g. 1g.");

    public static IEnumerable<Option> All => [HeapOption, PageCacheOption];

    private static Option<string> Create(string name, string variable, long minimumBytes, Func<long, string> machineDefault, string description) => new(name)
    {
        Description = $"{description} Env: {variable}. Default: a sixteenth of the machine's memory, capped.",
        DefaultValueFactory = _ =>
        {
            if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } text)
            {
                return machineDefault(Neo4jMemory.MachineBytes);
            }

            return Neo4jMemory.Problem(text, minimumBytes, Neo4jMemory.MachineBytes) is { } problem
                ? throw new ArgumentException($"{variable}: {problem}.")
                : text.Trim();
        },
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count > 0 && Neo4jMemory.Problem(result.Tokens[0].Value, minimumBytes, Neo4jMemory.MachineBytes) is { } problem)
                {
                    result.AddError($"{name}: {problem}.");
                }
            },
        },
        Recursive = true,
    };
}
