using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DiplomacyGraph.Benchmarks.Throughput;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Serialization;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Benchmarks;

/// <summary>
/// Where one API request's time and allocations go, stage by stage, in process (no HTTP), for the throughput verb's
/// query (README query 1) over the seed graph in a throwaway Neo4j: what a repeated query pays on every request
/// (limits, the cached compiled statement, execution, the response JSON) beside what the endpoint's document cache
/// and the translator's statement cache save it (parse, validation, compilation). "Execute" includes the Neo4j round
/// trip, measured alone beside it, so the engine's own share is the difference of the two.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*RequestStage*'</c>.</remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Api")]
public class RequestStageBenchmarks
{
    private TestNeo4jServer? _server;
    private Neo4jClient _neo4j = null!;
    private CypherTranslator _translator = null!;
    private GraphQLSchema _schema = null!;
    private IReadOnlyList<IValidationRule> _limitRules = null!;
    private DocumentNode _document = null!;
    private RootFieldRequest _rootField = null!;
    private ServerDialect _dialect = null!;
    private Statement _statement = null!;
    private ExecutionResult _result = null!;

    [GlobalSetup]
    public async Task BuildApiOverLoadedGraph()
    {
        _server = await TestNeo4jServer.AcquireAsync();
        _neo4j = _server.CreateClient();
        await SeedGraph.EnsureLoadedAsync(_neo4j);
        // As the host builds them: the translator knows the relationship rules, the cost counts with the graph's statistics.
        var rules = CurationRules.Load(GraphLoader.DefaultDataFolder);
        _translator = DiplomacyGraphSchema.CreateTranslator(rules: rules);
        _schema = DiplomacyGraphSchema.Create(_translator, _neo4j, new Curator(rules, null));
        var statistics = await new GraphStatisticsReader(_translator.Api.Model).ReadAsync(_neo4j);
        var limits = SafetyLimits.Default with
        {
            MaxCost = ApiServerSettings.DefaultMaxCost,
            CostEstimator = new ApiCostEstimator(_translator.Api, _translator.Options, () => statistics).Estimate,
        };
        _limitRules = limits.CreateRules();
        _document = Parser.Parse(ThroughputRun.Query);
        _rootField = RootFieldOf(_document);
        _dialect = (await _neo4j.GetServerInfoAsync()).Dialect;
        var compiled = CompileCached();
        _statement = new Statement(compiled.Text, compiled.Parameters);

        if (Validate().Count > 0 || Limits().Count > 0)
        {
            throw new InvalidOperationException("The benchmark's query does not pass validation and the limits.");
        }

        // The answer must be the real one (Tacoma's twins) before its speed means anything.
        _result = await Execute();
        var json = JsonDocument.Parse(WriteResponse());
        var twins = json.RootElement.GetProperty("data").GetProperty("cities").GetProperty("nodes")[0].GetProperty("twins").GetProperty("edges").GetArrayLength();
        if (_result.Errors is { Count: > 0 } || twins == 0)
        {
            throw new InvalidOperationException("The benchmark's query failed or found no twins: " + System.Text.Encoding.UTF8.GetString(WriteResponse().Span));
        }
    }

    [Benchmark(Description = "Parse (cached per query text)")]
    public DocumentNode Parse() => Parser.Parse(ThroughputRun.Query);

    [Benchmark(Description = "Validate, specified rules (cached per query text)")]
    public IReadOnlyList<GraphQL.Errors.GraphQLError> Validate() => Validator.Validate(_schema, _document);

    [Benchmark(Description = "Depth, cost and alias limits (every request)")]
    public IReadOnlyList<GraphQL.Errors.GraphQLError> Limits() => Validator.Validate(_schema, _document, _limitRules);

    [Benchmark(Description = "Parse and compile to Cypher (first request of a query text)")]
    public CypherStatement ParseAndCompile() => _translator.Translate(RootFieldOf(Parser.Parse(ThroughputRun.Query)), _dialect);

    [Benchmark(Description = "Compiled statement from the cache (every request)")]
    public CypherStatement CompileCached() => _translator.Translate(_rootField, _dialect);

    [Benchmark(Baseline = true, Description = "Neo4j round trip of the compiled statement, auto-commit")]
    public Task<StatementResult> Neo4jRoundTrip() => _neo4j.RunAutoCommitAsync(_statement);

    [Benchmark(Description = "Execute: the engine with its Neo4j round trip (every request)")]
    public Task<ExecutionResult> Execute() => Executor.ExecuteAsync(new ExecutionArgs { Schema = _schema, Document = _document });

    [Benchmark(Description = "Write the response JSON (every request)")]
    public ReadOnlyMemory<byte> WriteResponse()
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body, ResponseJsonWriter.WriterOptions))
        {
            ResponseJsonWriter.WriteResult(writer, _result);
        }

        return body.WrittenMemory;
    }

    [GlobalCleanup]
    public async Task Stop()
    {
        _neo4j.Dispose();
        if (_server is not null)
        {
            await TestNeo4jServer.ReleaseAsync();
        }
    }

    private static RootFieldRequest RootFieldOf(DocumentNode document)
    {
        var field = document.Definitions.OfType<OperationDefinitionNode>().Single().SelectionSet.Selections.OfType<FieldNode>().Single();
        return new RootFieldRequest(field.Name.Value, [field], new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>());
    }
}
