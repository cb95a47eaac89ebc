using System.Globalization;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>The <c>throughput</c> verb's options: <c>--seconds --rounds --connections --warm-up --api-port --neo4j-http-port --neo4j-bolt-port</c>.</summary>
public sealed record ThroughputSettings
{
    public int Seconds { get; init; } = 5;

    public int Rounds { get; init; } = 8;

    public int Connections { get; init; } = 16;

    public int WarmUpSeconds { get; init; } = 10;

    public int ApiPort { get; init; } = 5160;

    public int Neo4jHttpPort { get; init; } = 7560;

    public int Neo4jBoltPort { get; init; } = 7660;

    public static ThroughputSettings Parse(IReadOnlyList<string> arguments)
    {
        var settings = new ThroughputSettings();
        for (var i = 0; i < arguments.Count; i += 2)
        {
            if (i + 1 >= arguments.Count || !int.TryParse(arguments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new ArgumentException($"'{arguments[i]}' needs a positive whole number.");
            }

            settings = arguments[i] switch
            {
                "--seconds" => settings with { Seconds = value },
                "--rounds" => settings with { Rounds = value },
                "--connections" => settings with { Connections = value },
                "--warm-up" => settings with { WarmUpSeconds = value },
                "--api-port" => settings with { ApiPort = value },
                "--neo4j-http-port" => settings with { Neo4jHttpPort = value },
                "--neo4j-bolt-port" => settings with { Neo4jBoltPort = value },
                _ => throw new ArgumentException($"Unknown option '{arguments[i]}'."),
            };
        }

        return settings;
    }
}
