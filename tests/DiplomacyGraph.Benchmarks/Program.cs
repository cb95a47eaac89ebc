using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*'
// (tests/DiplomacyGraph.Benchmarks/run.sh runs these and graphql-js's bench.mjs in one go.)
// Named by a benchmark class: the host this project references has a Program type of its own.
BenchmarkSwitcher.FromAssembly(typeof(DiplomacyGraph.Benchmarks.LanguageBenchmarks).Assembly).Run(args);
