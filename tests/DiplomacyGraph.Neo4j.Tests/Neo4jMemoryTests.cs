using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>The local Neo4j's default heap and page cache follow the machine's memory, within their bounds.</summary>
public sealed class Neo4jMemoryTests
{
    private const long Gibibyte = 1L << 30;

    [Theory]
    [InlineData(4 * Gibibyte, "512m", "256m")]
    [InlineData(8 * Gibibyte, "512m", "512m")]
    [InlineData(24 * Gibibyte, "1536m", "1536m")]
    [InlineData(256 * Gibibyte, "4g", "4g")]
    [InlineData(Gibibyte, "512m", "128m")]
    public void Defaults_are_a_sixteenth_of_memory_each_within_bounds(long machine, string heap, string pageCache)
    {
        Assert.Equal(heap, Neo4jMemory.DefaultHeap(machine));
        Assert.Equal(pageCache, Neo4jMemory.DefaultPageCache(machine));
    }

    [Theory]
    [InlineData("512m", 512L << 20)]
    [InlineData("2G", 2L << 30)]
    [InlineData("65536k", 64L << 20)]
    [InlineData(" 1g ", 1L << 30)]
    [InlineData("2gb", null)]
    [InlineData("1.5g", null)]
    [InlineData("-1g", null)]
    [InlineData("1t", null)]
    [InlineData("", null)]
    public void Sizes_are_read_as_neo4j_writes_them(string text, long? bytes) => Assert.Equal(bytes, Neo4jMemory.TryParse(text));

    [Fact]
    public void A_size_below_the_minimum_or_above_the_machine_is_refused_with_a_reason()
    {
        Assert.Null(Neo4jMemory.Problem("1g", Neo4jMemory.MinimumHeapBytes, 8 * Gibibyte));
        Assert.Equal("'128m' is below the minimum of 256m", Neo4jMemory.Problem("128m", Neo4jMemory.MinimumHeapBytes, 8 * Gibibyte));
        Assert.Equal("'9g' is more than this machine's memory (8g)", Neo4jMemory.Problem("9g", Neo4jMemory.MinimumHeapBytes, 8 * Gibibyte));
        Assert.Equal("'lots' is not a size such as 512m or 2g", Neo4jMemory.Problem("lots", Neo4jMemory.MinimumHeapBytes, 8 * Gibibyte));
    }
}
