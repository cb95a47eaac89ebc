using System.Collections.Concurrent;
using System.Net;
using DiplomacyGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, serving <see cref="TestSchema"/> at
/// <c>/graphql</c> with the given options; it records every POST body it receives.
/// </summary>
internal sealed class TestGraphQLServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGraphQLServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
        Client = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Endpoint { get; }

    public HttpClient Client { get; }

    /// <summary>The bodies of the POST requests the endpoint received, in order.</summary>
    public ConcurrentQueue<string> PostedBodies { get; } = new();

    public static async Task<TestGraphQLServer> StartAsync(GraphQLHttpOptions? options = null, GraphQLSchema? schema = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        TestGraphQLServer? server = null;
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsPost(http.Request.Method))
            {
                http.Request.EnableBuffering();
                using var reader = new StreamReader(http.Request.Body, leaveOpen: true);
                server!.PostedBodies.Enqueue(await reader.ReadToEndAsync());
                http.Request.Body.Position = 0;
            }

            await next(http);
        });
        app.MapGraphQL("/graphql", schema ?? TestSchema.Create(), options);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new TestGraphQLServer(app, new Uri(address.TrimEnd('/') + "/graphql"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
