// The graphql-js side of the conformance test: runs every document of the corpus through
// graphql-js 16 (parse, validate, execute over the corpus's in-memory data with default
// resolvers) and writes what happened to each, so the C# test can run the same documents through
// our engine and compare verdicts, error messages, locations and results.
//
// Usage:
//   node differential.mjs <corpus dir> <results.json>
//       Corpus layout: schema.graphql, data.json (the root value for every operation) and
//       documents as **/*.graphql. A document may start with header comments:
//         # variables: {"id": "1"}
//         # operationName: Name
//   node differential.mjs --print-client-schema <introspection result.json>
//       Prints printSchema(buildClientSchema(result.data)): how graphql-js reads our introspection.
//   node differential.mjs --print-schema <schema.graphql>
//       Prints printSchema(buildSchema(sdl)): graphql-js's own canonical form of the corpus schema.

import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  execute,
  GraphQLError,
  parse,
  printSchema,
  validate,
} from 'graphql';

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--print-client-schema') {
  const introspection = JSON.parse(fs.readFileSync(rest[0], 'utf8'));
  process.stdout.write(printSchema(buildClientSchema(introspection.data ?? introspection)));
} else if (mode === '--print-schema') {
  process.stdout.write(printSchema(buildSchema(fs.readFileSync(rest[0], 'utf8'))));
} else if (mode && rest[0]) {
  const results = await runCorpus(mode);
  fs.writeFileSync(rest[0], JSON.stringify(results, null, 1));
  console.log(`graphql-js ran ${results.length} documents`);
} else {
  console.error('usage: node differential.mjs <corpus dir> <results.json> | --print-client-schema <file> | --print-schema <file>');
  process.exit(2);
}

async function runCorpus(corpusDirectory) {
  const schema = buildSchema(fs.readFileSync(path.join(corpusDirectory, 'schema.graphql'), 'utf8'));
  const rootValue = JSON.parse(fs.readFileSync(path.join(corpusDirectory, 'data.json'), 'utf8'));
  const results = [];
  for (const file of listDocuments(corpusDirectory)) {
    const name = path.relative(corpusDirectory, file).split(path.sep).join('/');
    const source = fs.readFileSync(file, 'utf8');
    const { variables, operationName } = readHeader(source);
    results.push({ name, ...(await runDocument(schema, rootValue, source, variables, operationName)) });
  }
  return results;
}

async function runDocument(schema, rootValue, source, variableValues, operationName) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (error instanceof GraphQLError) return { verdict: 'syntax', errors: [shapeError(error)] };
    throw error;
  }

  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { verdict: 'invalid', errors: validationErrors.map(shapeError) };
  }

  const result = await execute({ schema, document, rootValue, variableValues, operationName });
  // Round-trip through JSON: exactly what a client would receive over HTTP.
  return { verdict: 'executed', result: JSON.parse(JSON.stringify(result)) };
}

function shapeError(error) {
  return JSON.parse(JSON.stringify(error.toJSON()));
}

function readHeader(source) {
  const header = { variables: undefined, operationName: undefined };
  for (const line of source.split(/\r\n|\n|\r/)) {
    const match = /^#\s*(variables|operationName):\s*(.*)$/.exec(line);
    if (!match) break;
    header[match[1]] = match[1] === 'variables' ? JSON.parse(match[2]) : match[2].trim();
  }
  return header;
}

function listDocuments(directory) {
  const files = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...listDocuments(full));
    else if (entry.name.endsWith('.graphql') && full !== path.join(directory, 'schema.graphql')) files.push(full);
  }
  // Ordinal order, the same on every machine and in the C# runner.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
