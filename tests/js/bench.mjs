// The graphql-js side of the benchmarks: the same documents, schemas and data as the
// BenchmarkDotNet project (tests/DiplomacyGraph.Benchmarks/Documents, and the conformance corpus's
// schema and introspection query), measured with a plain loop: warm up, then run each case for a fixed time and report
// operations per second and the mean time per operation. Prints one JSON object at the end.
//
// Usage: node bench.mjs [seconds per case, default 5]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, Lexer, parse, Source, TokenKind, validate } from 'graphql';

const here = path.dirname(fileURLToPath(import.meta.url));
const documents = path.join(here, '..', 'DiplomacyGraph.Benchmarks', 'Documents');
const corpus = path.join(here, '..', 'DiplomacyGraph.GraphQL.Tests', 'Conformance', 'corpus');
const read = (file) => fs.readFileSync(file, 'utf8');

const seconds = Number(process.argv[2] ?? 5);
const introspectionQuery = read(path.join(corpus, 'introspection', 'full-introspection-query-default-options.graphql'));
const threeLevelQuery = read(path.join(documents, 'three-level.graphql'));
const corpusSchema = buildSchema(read(path.join(corpus, 'schema.graphql')));
const worldSchema = buildSchema(read(path.join(documents, 'world.graphql')));
const world = JSON.parse(read(path.join(documents, 'world.json')));
const parsedIntrospection = parse(introspectionQuery);
const parsedThreeLevel = parse(threeLevelQuery);

function lex(text) {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function checkedExecute(args) {
  const result = execute(args);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result;
}

const cases = {
  'Lex introspection query': () => lex(introspectionQuery),
  'Parse introspection query': () => parse(introspectionQuery),
  'Validate introspection query': () => validate(corpusSchema, parsedIntrospection),
  'Parse and validate introspection query': () => validate(corpusSchema, parse(introspectionQuery)),
  'Execute introspection query': () => checkedExecute({ schema: corpusSchema, document: parsedIntrospection }),
  'Parse, validate and execute introspection query': () => {
    const document = parse(introspectionQuery);
    validate(corpusSchema, document);
    return checkedExecute({ schema: corpusSchema, document });
  },
  'Parse three-level query': () => parse(threeLevelQuery),
  'Parse and validate three-level query': () => validate(worldSchema, parse(threeLevelQuery)),
  'Execute three-level query': () => checkedExecute({ schema: worldSchema, document: parsedThreeLevel, rootValue: world }),
};

function measure(fn) {
  // Warm-up: long enough for V8 to optimize the hot paths.
  const warmUpEnd = performance.now() + Math.min(2000, seconds * 400);
  while (performance.now() < warmUpEnd) fn();
  let operations = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 16; i++) fn();
    operations += 16;
    now = performance.now();
  }
  const elapsedMs = now - start;
  return { operationsPerSecond: (operations * 1000) / elapsedMs, meanMicroseconds: (elapsedMs * 1000) / operations };
}

const results = {};
for (const [name, fn] of Object.entries(cases)) {
  results[name] = measure(fn);
  console.log(`${name.padEnd(50)} ${results[name].operationsPerSecond.toFixed(0).padStart(10)} ops/s ${results[name].meanMicroseconds.toFixed(2).padStart(10)} µs/op`);
}
console.log(JSON.stringify({ node: process.version, graphql: (await import('graphql')).version, results }));
