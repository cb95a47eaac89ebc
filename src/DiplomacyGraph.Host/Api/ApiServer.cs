using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.GraphQL.AspNetCore;
using DiplomacyGraph.Neo4j;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The web application serving the API at <see cref="Endpoint"/>: GraphQL over HTTP (GET and POST),
/// the schema at <c>GET /graphql?sdl</c>, Banana Cake Pop for browsers at <c>GET /graphql</c>.
/// Used by the run and serve commands and, on a free port, by the end-to-end tests.
/// </summary>
public static class ApiServer
{
    public const string Endpoint = "/graphql";

    public static WebApplication Build(ApiServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();

        var corpus = settings.CorpusFolder is null ? null : ArticleCorpus.Load(settings.CorpusFolder);
        var rules = CurationRules.Load(settings.DataFolder);
        var curator = new Curator(rules, corpus);
        var translator = DiplomacyGraphSchema.CreateTranslator(settings.Paging, rules);
        var reads = new ReadLanes(settings.ReadLanes);
        var schema = DiplomacyGraphSchema.Create(translator, settings.Neo4j, curator, reads);
        ILogger? logger = null;
        var statistics = CostStatistics(settings, translator, () => logger);
        builder.Services.AddSingleton(statistics);

        var app = builder.Build();
        logger = app.Logger;
        var costs = new ApiCostEstimator(translator.Api, translator.Options, () => statistics.Current);
        app.Lifetime.ApplicationStarted.Register(statistics.Start);
        app.Lifetime.ApplicationStopped.Register(statistics.Dispose);
        app.Lifetime.ApplicationStopped.Register(reads.Dispose);
        app.MapGraphQL(Endpoint, schema, new GraphQLHttpOptions
        {
            AuthorizeOperation = ApiKeyAuthorizer.For(CuratorKeys.From(settings.ApiKey, settings.CuratorApiKeys)),
            ContextFactory = ApiRequestContext.For,
            RequestTimeout = settings.RequestTimeout,
            Limits = settings.Limits with { CostEstimator = costs.Estimate, MaxCostHint = ApiCostEstimator.AskForLess },
            IdeDirectory = settings.IdeDirectory,
            IdeTitle = "DiplomacyGraph",
        });
        app.MapGet("/", () => Results.Redirect(Endpoint));
        return app;
    }

    /// <summary>
    /// The graph's size for the cost limit, read in the background by a Neo4j client of its own (so its statements
    /// stay out of the API's), every minute; a failure is logged once until a read succeeds again.
    /// </summary>
    private static GraphStatisticsMonitor CostStatistics(ApiServerSettings settings, CypherTranslator translator, Func<ILogger?> logger)
    {
        var failing = false;
        GraphStatisticsMonitor? monitor = null;
        monitor = new GraphStatisticsMonitor(
            new GraphStatisticsReader(translator.Api.Model),
            new Neo4jClient(settings.Neo4j.Options),
            GraphStatisticsMonitor.DefaultInterval,
            GraphStatisticsMonitor.DefaultRetryAfterFailure,
            onRead: () => failing = false,
            onFailure: exception =>
            {
                if (!failing)
                {
                    failing = true;
                    logger()?.LogWarning("The graph statistics for the cost limit could not be read ({Error}); {Fallback}.",
                        exception.Message, monitor?.Current is null ? "costs count from the request alone" : "the last ones read stay in use");
                }
            });
        return monitor;
    }

    /// <summary>
    /// The graph statistics the cost limit counts with (null until read in the background); a caller that needs
    /// them at once (a benchmark, a test of exact costs) awaits <see cref="GraphStatisticsMonitor.RefreshAsync"/>.
    /// </summary>
    public static GraphStatisticsMonitor CostStatisticsOf(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<GraphStatisticsMonitor>();
    }

    /// <summary>The address a started application listens on (the port is known only once it runs when 0 was asked for).</summary>
    public static Uri EndpointUri(WebApplication app) => new(new Uri(app.Urls.First()), Endpoint);
}
