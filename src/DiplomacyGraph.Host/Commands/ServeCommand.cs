using System.CommandLine;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>serve</c>: serve the API over the configured Neo4j, which must be running and loaded (the
/// default command does all steps; this one only serves). The run command's last step calls
/// <see cref="ServeAsync"/> too.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var serve = new Command("serve", "Serve the GraphQL API and Banana Cake Pop over the configured (running) Neo4j until Ctrl+C.");
        serve.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = DiplomacyGraphOptions.From(parseResult);
            ListenAddresses.EnsureFree(options.Urls);
            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(options));
            await ServeAsync(options, client, Console.Out, cancellationToken);
            return 0;
        });
        return serve;
    }

    /// <summary>Serves until <paramref name="shutdown"/> is cancelled, after saying where.</summary>
    public static async Task ServeAsync(DiplomacyGraphOptions options, Neo4jClient client, TextWriter output, CancellationToken shutdown)
    {
        var app = ApiServer.Build(options.Limits.ApplyTo(new ApiServerSettings
        {
            Urls = options.Urls,
            Neo4j = client,
            DataFolder = GraphLoader.DefaultDataFolder,
            CorpusFolder = options.Corpus,
            ApiKey = options.ApiKey,
            CuratorApiKeys = options.CuratorApiKeys,
            IdeDirectory = await IdeInstallation.TryEnsureAsync(output, shutdown),
        }));
        await using (app)
        {
            await app.StartAsync(shutdown);
            var endpoint = ApiServer.EndpointUri(app);
            output.WriteLine($"GraphQL API:     {endpoint}  (POST or GET; schema at {endpoint}?sdl)");
            output.WriteLine($"Banana Cake Pop: {endpoint}  (open it in a browser)");
            output.WriteLine(options.ApiKey is null && options.CuratorApiKeys is null
                ? $"Mutations:       disabled (set {ApiKeyAuthorizer.EnvironmentVariable} or {CuratorKeys.EnvironmentVariable} to enable them)"
                : $"Mutations:       need the {ApiKeyAuthorizer.HeaderName} header");
            output.WriteLine("Press Ctrl+C to stop.");

            // Ctrl+C/SIGTERM arrive as the shutdown token (Terminal/Interruption); the application can also stop itself.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(shutdown, app.Lifetime.ApplicationStopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stopping.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }

            await app.StopAsync(CancellationToken.None);
        }
    }
}
