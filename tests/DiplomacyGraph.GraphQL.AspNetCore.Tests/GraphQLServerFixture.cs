namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>One server with default options, shared by the tests of a class.</summary>
public sealed class GraphQLServerFixture : IAsyncLifetime
{
    private TestGraphQLServer? _server;

    internal TestGraphQLServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
