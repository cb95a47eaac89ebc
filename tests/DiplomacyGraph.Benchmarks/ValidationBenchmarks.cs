using BenchmarkDotNet.Attributes;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.Benchmarks;

/// <summary>Validation alone and parse + validate: the cost of a request whose document is not cached.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private readonly GraphQLSchema _corpusSchema = BenchmarkDocuments.CorpusSchema();
    private readonly GraphQLSchema _worldSchema = BenchmarkDocuments.WorldSchema();
    private readonly DocumentNode _introspection = Parser.Parse(BenchmarkDocuments.IntrospectionQuery);

    [GlobalSetup]
    public void CheckDocumentsAreValid()
    {
        Require(Validator.Validate(_corpusSchema, _introspection));
        Require(Validator.Validate(_worldSchema, Parser.Parse(BenchmarkDocuments.ThreeLevelQuery)));
    }

    [Benchmark(Description = "Validate introspection query")]
    public IReadOnlyList<GraphQLError> ValidateIntrospectionQuery() => Validator.Validate(_corpusSchema, _introspection);

    [Benchmark(Description = "Parse and validate introspection query")]
    public IReadOnlyList<GraphQLError> ParseAndValidateIntrospectionQuery() =>
        Validator.Validate(_corpusSchema, Parser.Parse(BenchmarkDocuments.IntrospectionQuery));

    [Benchmark(Description = "Parse and validate three-level query")]
    public IReadOnlyList<GraphQLError> ParseAndValidateThreeLevelQuery() =>
        Validator.Validate(_worldSchema, Parser.Parse(BenchmarkDocuments.ThreeLevelQuery));

    private static void Require(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"A benchmark document is invalid: {errors[0]}");
        }
    }
}
