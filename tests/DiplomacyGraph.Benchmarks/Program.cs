using BenchmarkDotNet.Running;
using DiplomacyGraph.Benchmarks.Throughput;

// dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*'
// (tests/DiplomacyGraph.Benchmarks/run.sh runs these and graphql-js's bench.mjs in one go.)
// dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- throughput: the API beside Neo4j under wrk.
if (args is ["throughput", .. var options])
{
    return await ThroughputRun.RunAsync(ThroughputSettings.Parse(options));
}

// Named by a benchmark class: the host this project references has a Program type of its own.
BenchmarkSwitcher.FromAssembly(typeof(DiplomacyGraph.Benchmarks.LanguageBenchmarks).Assembly).Run(args);
return 0;
