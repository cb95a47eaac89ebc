using DiplomacyGraph.Neo4j;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DiplomacyGraph.Testing;

/// <summary>
/// xunit collection fixture giving tests a ready <see cref="Neo4jClient"/> on the assembly's one real Neo4j
/// (<see cref="TestNeo4jServer"/>). xunit v2 needs the collection declared in the test assembly itself:
/// <code>
/// [CollectionDefinition(Neo4jCollection.Name)]
/// public sealed class Neo4jCollection : ICollectionFixture&lt;Neo4jFixture&gt; { public const string Name = "Neo4j"; }
/// </code>
/// and tests that share the database go in that one collection, so they run one after another.
/// </summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private readonly IMessageSink _diagnostics;
    private TestNeo4jServer? _server;
    private Neo4jClient? _client;

    public Neo4jFixture(IMessageSink diagnostics) => _diagnostics = diagnostics;

    public TestNeo4jServer Server => _server ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public Neo4jClient Client => _client ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public async Task InitializeAsync()
    {
        _server = await TestNeo4jServer.AcquireAsync().ConfigureAwait(false);
        _client = _server.CreateClient();

        // Shown in the test run's output so CI logs prove which real server the integration tests ran against
        // (diagnostic messages need "diagnosticMessages": true in the test project's xunit.runner.json).
        foreach (var line in TestNeo4jServer.ProvisioningLog.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            _diagnostics.OnMessage(new DiagnosticMessage(line));
        }

        _diagnostics.OnMessage(new DiagnosticMessage($"Integration tests run against {_server.Description}"));
    }

    /// <summary>Deletes every node and relationship, leaving constraints and indexes in place.</summary>
    public Task CleanDatabaseAsync() => Client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await TestNeo4jServer.ReleaseAsync().ConfigureAwait(false);
        }
    }
}
