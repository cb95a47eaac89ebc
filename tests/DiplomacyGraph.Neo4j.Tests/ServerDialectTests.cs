namespace DiplomacyGraph.Neo4j.Tests;

public sealed class ServerDialectTests
{
    [Theory]
    [InlineData("3.1.1", "3.x")]
    [InlineData("3.5.35", "3.x")]
    [InlineData("4.4.40", "5.x")]
    [InlineData("5.26.0", "5.x")]
    [InlineData("2025.01.0", "5.x")]
    public void Each_supported_version_maps_to_its_dialect(string version, string dialect)
    {
        var info = new ServerInfo("Neo4j Kernel", version, "community");

        Assert.Equal(dialect, info.Dialect.Name);
    }

    [Theory]
    [InlineData("3.0.12")]
    [InlineData("4.2.0")]
    public void Unsupported_versions_are_refused_by_name(string version)
    {
        var error = Assert.Throws<NotSupportedException>(() => new ServerInfo("Neo4j Kernel", version, "community").Dialect);

        Assert.Contains(version, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_suffixes_are_ignored_when_reading_the_number()
    {
        Assert.Equal(new Version(5, 26, 0), new ServerInfo("Neo4j Kernel", "5.26.0-aura", "enterprise").ParsedVersion);
    }

    [Fact]
    public void A_nodes_degree_is_a_pattern_expression_on_3x_and_a_count_subquery_on_5x()
    {
        Assert.Equal("size((n)-[:T]->())", ServerDialect.Neo4j3.Degree("(n)-[:T]->()"));
        Assert.Equal("COUNT { (n)-[:T]->() }", ServerDialect.Neo4j5.Degree("(n)-[:T]->()"));
    }
}
