#!/usr/bin/env bash
# Runs our engine's BenchmarkDotNet benchmarks and graphql-js's bench.mjs on the same documents,
# one after the other, and prints the machine they ran on. Results: BenchmarkDotNet.Artifacts/
# (git-ignored) and the console. Takes about ten minutes; run it on a quiet machine.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"

echo "== machine"
echo "cores: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo ".NET: $(dotnet --version)"
echo "Node: $(node --version)"

echo "== graphql-js"
(cd "$repo/tests/js" && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && node bench.mjs "${JS_SECONDS:-5}")

echo "== DiplomacyGraph.GraphQL"
cd "$repo"
dotnet run -c Release --project tests/DiplomacyGraph.Benchmarks -- --filter '*' --join "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
