using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real thing, once per test run: the throwaway Neo4j of <see cref="TestNeo4jServer"/>, the
/// seed graph loaded into it by the domain's loader (with the corpus, so quotes and mentions are
/// there), and the API host on Kestrel on a free loopback port. <see cref="Statements"/> logs what
/// the API sends to Neo4j; <see cref="Cypher"/> is a separate client for the tests' own checks.
/// </summary>
public sealed class ApiFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string ApiKey = "test-api-key";

    private TestNeo4jServer? _server;
    private WebApplication? _app;

    public Neo4jClient ApiNeo4j { get; private set; } = null!;

    /// <summary>A client that is not observed, for the tests' own Cypher (counts before and after, expected answers).</summary>
    public Neo4jClient Cypher { get; private set; } = null!;

    public StatementLog Statements { get; } = new();

    /// <summary>Every distinct statement the API sent during the run; linted as Cypher 5 at the end of the run.</summary>
    public EmittedStatements Emitted { get; } = new();

    /// <summary>The Neo4j holding the seed graph (its local instance, when not external: Neo4j Browser, the host's verbs).</summary>
    public TestNeo4jServer Neo4jServer => _server ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public GraphQLClient Api { get; private set; } = null!;

    public Uri Endpoint { get; private set; } = null!;

    public string? CorpusFolder { get; private set; }

    public ApiServerSettings Settings { get; private set; } = null!;

    /// <summary>The seed graph's statistics the API's cost limit counts with (read before the first test).</summary>
    public GraphStatisticsMonitor CostStatistics { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await TestNeo4jServer.AcquireAsync();
        Cypher = _server.CreateClient();
        ApiNeo4j = _server.CreateClient();
        await Cypher.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));

        CorpusFolder = CorpusLocator.Locate(null, RepositoryRoot.TryFind());
        var load = await GraphLoader.LoadAsync(Cypher, GraphLoader.DefaultDataFolder, CorpusFolder);
        if (!load.Succeeded)
        {
            throw new InvalidOperationException("The seed graph did not load: " + string.Join("; ", load.Errors));
        }

        ApiNeo4j.AddObserver(Statements);
        ApiNeo4j.AddObserver(Emitted);
        Settings = new ApiServerSettings
        {
            Urls = "http://127.0.0.1:0",
            Neo4j = ApiNeo4j,
            DataFolder = GraphLoader.DefaultDataFolder,
            CorpusFolder = CorpusFolder,
            ApiKey = ApiKey,
        };
        _app = ApiServer.Build(Settings);
        await _app.StartAsync();
        // Read at once (the API reads them in the background), so every test sees the seed graph's costs.
        CostStatistics = ApiServer.CostStatisticsOf(_app);
        await CostStatistics.RefreshAsync();
        Endpoint = ApiServer.EndpointUri(_app);
        Api = new GraphQLClient(Endpoint);
        diagnostics.OnMessage(new DiagnosticMessage(
            $"API tests: {Endpoint} over {_server.Description}; seed graph loaded with corpus {CorpusFolder ?? "(none)"}"));
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        ApiNeo4j?.Dispose();
        Cypher?.Dispose();
        if (_server is not null)
        {
            await TestNeo4jServer.ReleaseAsync();
        }

        // Every statement the API emitted in this run, as Neo4j 5 would read it. The compiler has one form for
        // both versions today; when it gains a 5.x form, this must lint that form. A failure here fails the run
        // (xunit reports it as the API collection's cleanup failure); every diagnostic is in the report file.
        var report = await CypherFiveLint.AssertCleanAsync(
            Emitted.Snapshot(), Path.Combine(RepositoryPaths.Root, "tests", "DiplomacyGraph.Api.Tests", "TestResults", "cypher5-lint.txt"));
        diagnostics.OnMessage(new DiagnosticMessage($"Cypher 5 lint of the API's statements: {report.Trim()}"));
    }

    /// <summary>The rows of one column of a Cypher statement, for comparing the API's answer with Cypher's.</summary>
    public async Task<List<T>> ColumnAsync<T>(string cypher, object? parameters = null)
    {
        var values = parameters is null
            ? new Dictionary<string, object?>()
            : parameters.GetType().GetProperties().ToDictionary(property => property.Name, property => property.GetValue(parameters));
        var result = await Cypher.RunAsync(new Statement(cypher, values));
        return [.. result.Records.Select(record => record.Get<T>(result.Columns[0]))];
    }

    /// <summary>
    /// What a refused or hostile request must leave as it was: node and relationship counts, and every
    /// entity's id, description and number of aliases.
    /// </summary>
    public async Task<(long Nodes, long Relationships, string Fingerprint)> GraphStateAsync()
    {
        var nodes = (await ColumnAsync<long>("MATCH (n) RETURN count(n)"))[0];
        var relationships = (await ColumnAsync<long>("MATCH ()-[r]->() RETURN count(r)"))[0];
        var fingerprint = (await ColumnAsync<string>(
            "MATCH (n:Entity) WITH n ORDER BY n.id RETURN reduce(text = '', x IN collect(n.id + coalesce(n.description, '') + size(coalesce(n.aliases, []))) | text + x)"))[0];
        return (nodes, relationships, fingerprint);
    }
}
