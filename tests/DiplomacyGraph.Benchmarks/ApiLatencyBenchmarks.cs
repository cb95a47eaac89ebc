using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using DiplomacyGraph.Testing;
using Microsoft.AspNetCore.Builder;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// The API's cost over Neo4j's: a typical nested query sent to the GraphQL endpoint over loopback
/// HTTP, against the very Cypher statement it compiles to, sent straight to Neo4j's HTTP API with
/// the same client. The difference is parsing, validation, compilation, execution and JSON on the
/// API side. Needs a Neo4j: NEO4J_URI, or a throwaway one started like the tests' (the seed graph
/// is loaded when the database is empty).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*ApiLatency*'</c>.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Api")]
public class ApiLatencyBenchmarks
{
    private const string Query = """
        { cities(where: {name: {startsWith: "T"}}, order: [{name: ASC}], first: 5) {
            totalCount
            edges { cursor node { id name nameAr
              twins(first: 5) { edges { since node { name } sources { title } } }
              locatedIn { nodes { name } } } } } }
        """;

    private TestNeo4jServer? _server;
    private Neo4jClient _neo4j = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private Uri _endpoint = null!;
    private Statement _statement = null!;
    private byte[] _request = null!;

    [GlobalSetup]
    public async Task StartApiOverLoadedGraph()
    {
        _server = await TestNeo4jServer.AcquireAsync();
        _neo4j = _server.CreateClient();
        var corpus = CorpusLocator.Locate(null, RepositoryRoot.TryFind());
        await SeedGraph.EnsureLoadedAsync(_neo4j);

        _app = ApiServer.Build(new ApiServerSettings { Urls = "http://127.0.0.1:0", Neo4j = _neo4j, DataFolder = GraphLoader.DefaultDataFolder, CorpusFolder = corpus });
        await _app.StartAsync();
        _endpoint = ApiServer.EndpointUri(_app);
        _http = new HttpClient();
        _request = JsonSerializer.SerializeToUtf8Bytes(new { query = Query });

        var field = Parser.Parse(Query).Definitions.OfType<OperationDefinitionNode>().Single().SelectionSet.Selections.OfType<FieldNode>().Single();
        // Compiled as the API compiles it (with the relationship rules), so both sides send the same statement.
        var compiled = DiplomacyGraphSchema.CreateTranslator(rules: CurationRules.Load(GraphLoader.DefaultDataFolder)).Translate(new RootFieldRequest(field.Name.Value, [field], new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>()));
        _statement = new Statement(compiled.Text, compiled.Parameters);

        // Both sides must answer the same thing before their speed means anything.
        var viaApi = JsonDocument.Parse(await GraphQLOverHttp()).RootElement.GetProperty("data").GetProperty("cities").GetProperty("totalCount").GetInt32();
        var viaCypher = (await CypherOverHttp()).Single()[0] as IReadOnlyDictionary<string, object?>;
        if (viaApi == 0 || viaCypher?["totalCount"] is not long total || total != viaApi)
        {
            throw new InvalidOperationException($"The API ({viaApi}) and the Cypher ({viaCypher?["totalCount"]}) disagree, or the graph is empty.");
        }
    }

    [Benchmark(Baseline = true, Description = "Compiled Cypher, straight to Neo4j over HTTP")]
    public async Task<StatementResult> CypherOverHttp() => await _neo4j.RunAsync(_statement);

    [Benchmark(Description = "GraphQL query to the API over HTTP")]
    public async Task<string> GraphQLOverHttp()
    {
        using var content = new ByteArrayContent(_request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(_endpoint, content);
        return await response.Content.ReadAsStringAsync();
    }

    [GlobalCleanup]
    public async Task Stop()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _neo4j.Dispose();
        if (_server is not null)
        {
            await TestNeo4jServer.ReleaseAsync();
        }
    }
}
