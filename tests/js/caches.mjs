// Runs GraphQL documents through the two normalized caches people use — Apollo Client's
// InMemoryCache and urql's Graphcache — against a live endpoint, and compares what each cache
// answers with the server's raw answer to the same document.
//
//   node caches.mjs <endpoint-url> <cases.json>
//
// cases.json: [{ "name": "...", "query": "...", "variables": {...}? }, ...]
//
// Every case is checked three ways, each against the raw answer:
//   1. isolated: a fresh client per case; the network result and a cache-only read afterwards;
//   2. shared: one client for all cases in order, so objects normalized by one answer meet the next;
//   3. identity: in the raw answer (with __typename added everywhere, as Apollo does), no two
//      objects with the same __typename and id may disagree on a scalar field.
// A cache may add __typename; any other difference is a failure. Prints one line per check and
// the differences; exits 0 only when everything agrees.
import { readFileSync } from "node:fs";
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { getIntrospectionQuery, parse, print, visit, Kind } from "graphql";

const [endpoint, casesFile] = process.argv.slice(2);
if (!endpoint || !casesFile) {
  console.error("usage: node caches.mjs <endpoint-url> <cases.json>");
  process.exit(2);
}

const cases = JSON.parse(readFileSync(casesFile, "utf8"));

async function post(query, variables) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const introspection = (await post(getIntrospectionQuery())).data;
const possibleTypes = {};
for (const type of introspection.__schema.types) {
  if (type.possibleTypes) {
    possibleTypes[type.name] = type.possibleTypes.map((possible) => possible.name);
  }
}

function apolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: endpoint }),
    cache: new InMemoryCache({ possibleTypes }),
  });
}

function urqlClient() {
  return new Client({
    url: endpoint,
    exchanges: [cacheExchange({ schema: introspection }), fetchExchange],
    preferGetMethod: false,
  });
}

async function apolloAnswers(client, query, variables) {
  const document = gql(query);
  const network = await client.query({ query: document, variables, fetchPolicy: "network-only" });
  const cached = client.readQuery({ query: document, variables });
  return { network: network.data, cached };
}

async function urqlAnswers(client, query, variables) {
  const network = await client.query(query, variables, { requestPolicy: "network-only" }).toPromise();
  if (network.error) {
    throw new Error(`urql: ${network.error.message}`);
  }

  const cached = await client.query(query, variables, { requestPolicy: "cache-only" }).toPromise();
  return { network: network.data, cached: cached.data };
}

/** Differences between a cache's answer and the raw one; a cache may add __typename. */
function differences(raw, cached, path = "data") {
  if (raw === null || typeof raw !== "object") {
    return Object.is(raw, cached) ? [] : [`${path}: server ${JSON.stringify(raw)}, cache ${JSON.stringify(cached)}`];
  }

  if (cached === null || typeof cached !== "object" || Array.isArray(raw) !== Array.isArray(cached)) {
    return [`${path}: server ${JSON.stringify(raw)}, cache ${JSON.stringify(cached)}`];
  }

  if (Array.isArray(raw)) {
    if (raw.length !== cached.length) {
      return [`${path}: server has ${raw.length} items, cache ${cached.length}`];
    }

    return raw.flatMap((item, index) => differences(item, cached[index], `${path}[${index}]`));
  }

  const found = [];
  for (const key of Object.keys(raw)) {
    found.push(...differences(raw[key], cached[key], `${path}.${key}`));
  }

  for (const key of Object.keys(cached)) {
    if (!(key in raw) && key !== "__typename") {
      found.push(`${path}.${key}: only in the cache`);
    }
  }

  return found;
}

/** Adds __typename to every selection set, as Apollo does before sending. */
function withTypenames(query) {
  return print(visit(parse(query), {
    SelectionSet(node, _key, parent) {
      if (parent && parent.kind === Kind.OPERATION_DEFINITION) {
        return undefined;
      }

      const hasTypename = node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === "__typename");
      return hasTypename ? undefined : {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }],
      };
    },
  }));
}

/** Objects sharing __typename and id whose scalar fields disagree: what would make any normalized cache wrong. */
function identityConflicts(data) {
  const seen = new Map();
  const conflicts = [];
  const isScalar = (value) => value === null || typeof value !== "object" || (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object"));
  (function walk(value, path) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
      return;
    }

    if (value === null || typeof value !== "object") {
      return;
    }

    if (typeof value.__typename === "string" && value.id != null) {
      const key = `${value.__typename}:${value.id}`;
      const earlier = seen.get(key);
      if (earlier) {
        for (const [field, fieldValue] of Object.entries(value)) {
          if (isScalar(fieldValue) && field in earlier.value && isScalar(earlier.value[field])
            && JSON.stringify(fieldValue) !== JSON.stringify(earlier.value[field])) {
            conflicts.push(`${key}.${field}: ${JSON.stringify(earlier.value[field])} at ${earlier.path}, ${JSON.stringify(fieldValue)} at ${path}`);
          }
        }
      } else {
        seen.set(key, { value, path });
      }
    }

    for (const [field, fieldValue] of Object.entries(value)) {
      walk(fieldValue, `${path}.${field}`);
    }
  })(data, "data");
  return conflicts;
}

let failures = 0;
function report(caseName, check, found) {
  console.log(`${found.length === 0 ? "ok  " : "FAIL"} ${caseName} — ${check}`);
  for (const line of found.slice(0, 20)) {
    console.log(`       ${line}`);
  }

  failures += found.length === 0 ? 0 : 1;
}

const sharedApollo = apolloClient();
const sharedUrql = urqlClient();
for (const { name, query, variables } of cases) {
  const raw = await post(query, variables);
  if (raw.errors || !raw.data) {
    report(name, "raw answer", [`the server answered with errors: ${JSON.stringify(raw.errors)}`]);
    continue;
  }

  const typed = await post(withTypenames(query), variables);
  report(name, "no two objects with one __typename and id differ", typed.errors ? [JSON.stringify(typed.errors)] : identityConflicts(typed.data));

  const apollo = await apolloAnswers(apolloClient(), query, variables);
  report(name, "Apollo InMemoryCache, network result", differences(raw.data, apollo.network));
  report(name, "Apollo InMemoryCache, read from the cache", differences(raw.data, apollo.cached));
  const urql = await urqlAnswers(urqlClient(), query, variables);
  report(name, "urql Graphcache, network result", differences(raw.data, urql.network));
  report(name, "urql Graphcache, read from the cache", differences(raw.data, urql.cached));

  const apolloShared = await apolloAnswers(sharedApollo, query, variables);
  report(name, "Apollo InMemoryCache shared with the earlier cases", differences(raw.data, apolloShared.cached));
  const urqlShared = await urqlAnswers(sharedUrql, query, variables);
  report(name, "urql Graphcache shared with the earlier cases", differences(raw.data, urqlShared.cached));
}

console.log(failures === 0 ? `All ${cases.length} cases agree with the server in both caches.` : `${failures} checks failed.`);
process.exit(failures === 0 ? 0 : 1);
