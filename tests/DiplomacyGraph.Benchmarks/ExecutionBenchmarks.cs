using BenchmarkDotNet.Attributes;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Execution over in-memory data with the default resolver: introspection and a three-level query.</summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private readonly GraphQLSchema _corpusSchema = BenchmarkDocuments.CorpusSchema();
    private readonly GraphQLSchema _worldSchema = BenchmarkDocuments.WorldSchema();
    private readonly DocumentNode _introspection = Parser.Parse(BenchmarkDocuments.IntrospectionQuery);
    private readonly DocumentNode _threeLevel = Parser.Parse(BenchmarkDocuments.ThreeLevelQuery);
    private readonly object? _world = BenchmarkDocuments.World();

    [GlobalSetup]
    public async Task CheckExecutionsSucceed()
    {
        Require(await ExecuteIntrospectionQuery());
        Require(await ExecuteThreeLevelQuery());
    }

    [Benchmark(Description = "Execute introspection query")]
    public Task<ExecutionResult> ExecuteIntrospectionQuery() =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = _corpusSchema, Document = _introspection });

    [Benchmark(Description = "Parse, validate and execute introspection query")]
    public Task<ExecutionResult> ParseValidateAndExecuteIntrospectionQuery()
    {
        var document = Parser.Parse(BenchmarkDocuments.IntrospectionQuery);
        Validator.Validate(_corpusSchema, document);
        return Executor.ExecuteAsync(new ExecutionArgs { Schema = _corpusSchema, Document = document });
    }

    [Benchmark(Description = "Execute three-level query")]
    public Task<ExecutionResult> ExecuteThreeLevelQuery() =>
        Executor.ExecuteAsync(new ExecutionArgs { Schema = _worldSchema, Document = _threeLevel, RootValue = _world });

    private static void Require(ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"A benchmark execution failed: {errors[0]}");
        }
    }
}
