using System.Text.Json;
using DiplomacyGraph.Neo4j.Internal;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class DiscoveryTests(Neo4jFixture fixture)
{
    private static readonly Uri ConfiguredUri = new("http://10.1.2.3:7474/");

    [Fact]
    public async Task The_real_servers_root_document_yields_its_transaction_endpoint()
    {
        using var http = new HttpClient();
        var rootDocument = await http.GetStringAsync(fixture.Server.ClientOptions.Uri);
        using var json = JsonDocument.Parse(rootDocument);

        var endpoint = TransactionEndpoint.FromRootDocument(json.RootElement, fixture.Server.ClientOptions.Uri, "neo4j");

        var expectedPath = fixture.Server.ServerInfo.Dialect == ServerDialect.Neo4j3 ? "/db/data/transaction" : "/db/neo4j/tx";
        Assert.Equal(expectedPath, endpoint.Begin.AbsolutePath);
        Assert.Equal(expectedPath + "/commit", endpoint.AutoCommit.AbsolutePath);
    }

    [Fact]
    public void Unit_parses_the_3x_root_document_and_keeps_the_configured_host()
    {
        using var json = JsonDocument.Parse("""
            { "management": "http://localhost:7474/db/manage/", "data": "http://localhost:7474/db/data/", "bolt": "bolt://localhost:7687" }
            """);

        var endpoint = TransactionEndpoint.FromRootDocument(json.RootElement, ConfiguredUri, "neo4j");

        Assert.Equal(new Uri("http://10.1.2.3:7474/db/data/transaction"), endpoint.Begin);
        Assert.Equal(new Uri("http://10.1.2.3:7474/db/data/transaction/commit"), endpoint.AutoCommit);
    }

    [Fact]
    public void Unit_parses_the_5x_root_document_and_fills_in_the_database_name()
    {
        // The shape Neo4j 4.x/5.x serve at GET / (no such server runs here, so this is a parser unit test).
        using var json = JsonDocument.Parse("""
            {
              "bolt_routing": "neo4j://localhost:7687",
              "transaction": "http://localhost:7474/db/{databaseName}/tx",
              "bolt_direct": "bolt://localhost:7687",
              "neo4j_version": "5.26.0",
              "neo4j_edition": "community"
            }
            """);

        var endpoint = TransactionEndpoint.FromRootDocument(json.RootElement, ConfiguredUri, "diplomacy");

        Assert.Equal(new Uri("http://10.1.2.3:7474/db/diplomacy/tx"), endpoint.Begin);
        Assert.Equal(new Uri("http://10.1.2.3:7474/db/diplomacy/tx/commit"), endpoint.AutoCommit);
    }

    [Fact]
    public void Unit_a_root_document_that_is_not_neo4j_is_a_protocol_error()
    {
        using var json = JsonDocument.Parse("""{ "status": "ok" }""");

        var error = Assert.Throws<Neo4jProtocolException>(() => TransactionEndpoint.FromRootDocument(json.RootElement, ConfiguredUri, "neo4j"));

        Assert.Contains("does not look like Neo4j's HTTP API", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_version_comes_from_dbms_components()
    {
        var info = await fixture.Client.GetServerInfoAsync();

        Assert.Equal("Neo4j Kernel", info.Name);
        Assert.Matches(@"^\d+\.\d+", info.Version);
        if (fixture.Server.Instance is not null)
        {
            Assert.Equal("3.1.1", info.Version);
            Assert.Equal("community", info.Edition);
        }
    }
}
