using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*'
// (tests/DiplomacyGraph.Benchmarks/run.sh runs these and graphql-js's bench.mjs in one go.)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
