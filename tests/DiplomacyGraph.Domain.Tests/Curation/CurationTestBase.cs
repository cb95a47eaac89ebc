using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>Each test starts from the sample facts freshly loaded (<see cref="CurationGraph"/>).</summary>
public abstract class CurationTestBase(Neo4jFixture fixture) : IAsyncLifetime
{
    protected CurationGraph Graph { get; private set; } = null!;

    public async Task InitializeAsync() => Graph = await new CurationGraph(fixture.Client).LoadAsync();

    public Task DisposeAsync()
    {
        Graph.Dispose();
        return Task.CompletedTask;
    }
}
