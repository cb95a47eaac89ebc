using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Synthetic;
using DiplomacyGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// A small synthetic graph (2,000 entities, about 10,000 relationships: seconds to write with the loader's
/// batched statements) in the throwaway Neo4j, its dump, and the API serving it on a free loopback port.
/// </summary>
public sealed class GeneratedGraphFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public static readonly SyntheticScale Scale = new(Entities: 2_000, Seed: 11);

    private TestNeo4jServer? _server;
    private Neo4jClient? _cypher;
    private Neo4jClient? _apiNeo4j;
    private WebApplication? _app;

    public GraphDump Graph { get; private set; } = null!;

    /// <summary>A client of the same Neo4j, for the tests' own Cypher.</summary>
    public Neo4jClient Cypher => _cypher!;

    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await TestNeo4jServer.AcquireAsync();
        _cypher = _server.CreateClient(options => options with { Timeout = TimeSpan.FromMinutes(5) });
        await _cypher.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));
        var (nodes, relationships) = await BatchedGraphWriter.WriteAsync(_cypher, new SyntheticGraph(Scale));
        Graph = await GraphDump.ReadAsync(_cypher);

        _apiNeo4j = _server.CreateClient();
        _app = ApiServer.Build(new ApiServerSettings { Urls = "http://127.0.0.1:0", Neo4j = _apiNeo4j, DataFolder = GraphLoader.DefaultDataFolder });
        await _app.StartAsync();
        Endpoint = ApiServer.EndpointUri(_app);
        diagnostics.OnMessage(new DiagnosticMessage(
            $"Differential tests: synthetic graph of {nodes} nodes and {relationships} relationships (seed {Scale.Seed}) in {_server.Description}; API at {Endpoint}"));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _apiNeo4j?.Dispose();
        _cypher?.Dispose();
        if (_server is not null)
        {
            await TestNeo4jServer.ReleaseAsync();
        }
    }
}
