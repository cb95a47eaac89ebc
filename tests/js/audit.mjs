// Runs graphql-http's GraphQL-over-HTTP server audit against a running endpoint and prints every
// result, one per line: "<status> <id> <name>" and, for anything not ok, the reason and the
// response that caused it. Exits 0 only when every audit is ok (no notice, warning or error), so
// the C# test that starts the server can simply assert on the exit code and show the output.
//
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql

import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });

let notOk = 0;
for (const result of results) {
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}`);
  if (result.status !== 'ok') {
    notOk++;
    console.log(`       reason: ${result.reason}`);
    const body = await result.response.text().catch(() => '<unreadable body>');
    const contentType = result.response.headers.get('content-type');
    console.log(`       response: ${result.response.status} ${contentType ?? '<no content-type>'} ${body}`);
  }
}

const ok = results.length - notOk;
console.log(`audit: ${ok} ok, ${notOk} not ok, ${results.length} in all`);
process.exit(notOk === 0 ? 0 : 1);
