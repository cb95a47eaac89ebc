// Lints Cypher as Neo4j 5 would read it, offline, with Neo4j's own linter (@neo4j-cypher/language-support).
// Usage: node lint-cypher.mjs <statements.json>
//   statements.json: [{"source": "where it came from", "text": "MATCH ...", "parameters": {"name": value}}]
//   Parameters not given are taken from the $names in the text (analyst queries document theirs in comments).
// Prints every diagnostic and exits 1 if any, except the warnings ALLOWED below (each says why).
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

// Warnings accepted, on purpose. Errors are never accepted.
const ALLOWED = [
  // A performance hint, not a change of meaning: two independent lookups (the analyst questions' "first" and
  // "second" entity) are meant to be combined.
  { reason: 'independent lookups', pattern: /build a cartesian product/ },
  // id() is deprecated (not removed) in Neo4j 5; the compiler uses it as the last, stable order key. Its 5.x form
  // (elementId) belongs in the compiler's version-specific place (issue 10, part 3); remove this entry then.
  { reason: 'id() as order key until the 5.x form', pattern: /deprecated function\. \('id' has been replaced/ },
];

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node lint-cypher.mjs <statements.json>');
  process.exit(2);
}

const statements = JSON.parse(readFileSync(file, 'utf8'));
let dirty = 0;
for (const { source, text, parameters } of statements) {
  const declared = parameters ?? Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map(match => [match[1], '']));
  const diagnostics = lintCypherQuery(text, { parameters: declared }).diagnostics
    .filter(diagnostic => diagnostic.severity === 1 || !ALLOWED.some(allowed => allowed.pattern.test(diagnostic.message)));
  if (diagnostics.length > 0) {
    dirty++;
    console.log(`--- ${source}\n${text}`);
    for (const diagnostic of diagnostics) {
      const excerpt = text.slice(diagnostic.offsets.start, Math.min(diagnostic.offsets.end, diagnostic.offsets.start + 80));
      console.log(`  [${diagnostic.severity === 1 ? 'error' : 'warning'}] at ${diagnostic.offsets.start} "${excerpt}": ${diagnostic.message}`);
    }
  }
}

console.log(`${statements.length} statements linted as Cypher 5; ${dirty} with diagnostics.`);
process.exit(dirty === 0 ? 0 : 1);
