using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.GraphQL.AspNetCore;
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
        var costs = new ApiCostEstimator(translator.Api, translator.Options);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(reads.Dispose);
        app.MapGraphQL(Endpoint, schema, new GraphQLHttpOptions
        {
            AuthorizeOperation = ApiKeyAuthorizer.For(CuratorKeys.From(settings.ApiKey, settings.CuratorApiKeys)),
            ContextFactory = ApiRequestContext.For,
            RequestTimeout = settings.RequestTimeout,
            Limits = settings.Limits with { CostEstimator = costs.Estimate },
            IdeDirectory = settings.IdeDirectory,
            IdeTitle = "DiplomacyGraph",
        });
        app.MapGet("/", () => Results.Redirect(Endpoint));
        return app;
    }

    /// <summary>The address a started application listens on (the port is known only once it runs when 0 was asked for).</summary>
    public static Uri EndpointUri(WebApplication app) => new(new Uri(app.Urls.First()), Endpoint);
}
