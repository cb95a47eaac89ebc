using System.CommandLine;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Scale;

/// <summary>
/// The Neo4j instance the scale tool generates into and benchmarks against: its own folder (default
/// <c>.local/neo4j/scale</c>), ports and memory, apart from the dev server and the tests' instances.
/// It keeps running between <c>generate</c> and <c>bench</c>; <c>stop</c> stops it.
/// </summary>
public static class ScaleInstance
{
    public static readonly Option<string?> Folder = new("--instance") { Description = "The instance folder (default: .local/neo4j/scale)." };
    public static readonly Option<int> HttpPort = new("--neo4j-http-port") { Description = "Neo4j's HTTP port.", DefaultValueFactory = _ => 7550 };
    public static readonly Option<int> BoltPort = new("--neo4j-bolt-port") { Description = "Neo4j's Bolt port.", DefaultValueFactory = _ => 7650 };
    public static readonly Option<string> Heap = new("--heap") { Description = "Neo4j's heap.", DefaultValueFactory = _ => "3g" };
    public static readonly Option<string> PageCache = new("--page-cache") { Description = "Neo4j's page cache.", DefaultValueFactory = _ => "4g" };

    public static IEnumerable<Option> All => [Folder, HttpPort, BoltPort, Heap, PageCache];

    public static Neo4jInstance From(ParseResult parseResult) => new(new Neo4jInstanceOptions
    {
        Directory = parseResult.GetValue(Folder) ?? Path.Combine(LocalFolder.Resolve(), "neo4j", "scale"),
        HttpPort = parseResult.GetValue(HttpPort),
        BoltPort = parseResult.GetValue(BoltPort),
        HeapSize = parseResult.GetValue(Heap)!,
        PageCacheSize = parseResult.GetValue(PageCache)!,
        ReadyTimeout = TimeSpan.FromMinutes(10),
    });

    /// <summary>Starts the instance unless it runs already.</summary>
    public static async Task StartAsync(Neo4jInstance instance, CancellationToken cancellationToken)
    {
        if (!instance.IsRunning)
        {
            var java = await JavaRuntime.EnsureAsync(Console.Out, cancellationToken);
            var distribution = await Neo4jDistribution.EnsureInstalledAsync(LocalFolder.Resolve(), Console.Out, cancellationToken);
            await instance.StartAsync(distribution, java, Console.Out, cancellationToken);
        }
    }

    /// <summary>A client with room for slow statements (index population, deep pages on a big graph).</summary>
    public static Neo4jClient Client(Neo4jInstance instance) => new(new Neo4jClientOptions
    {
        Uri = instance.HttpUri,
        User = instance.User,
        Password = instance.Password,
        Timeout = TimeSpan.FromMinutes(30),
    });
}
