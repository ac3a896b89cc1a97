// GraphQL-over-HTTP conformance audit of a running endpoint, with graphql-http's auditServer.
//
// Usage: node tests/http-audit/audit.mjs URL        e.g. http://127.0.0.1:5000/graphql
// Prints every audit (id, status, name), the details of each one that is not ok, and the counts.
// Exits 0 when every audit is ok, 1 otherwise (2 on a usage error).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/http-audit/audit.mjs URL   (the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql)');
  process.exit(2);
}

const results = await auditServer({ url });
const failures = results.filter((result) => result.status !== 'ok');

for (const result of results) {
  console.log(`${result.status.padEnd(6)} ${result.id}  ${result.name}`);
}
for (const failure of failures) {
  console.log(`\n${failure.status.toUpperCase()} ${failure.id}: ${failure.name}\n  ${failure.reason}`);
  if (failure.response) {
    const body = await failure.response.text().catch((error) => `(body unreadable: ${error.message})`);
    console.log(`  response: ${failure.response.status} ${failure.response.headers.get('content-type') ?? '(no content-type)'}`);
    console.log(`  body: ${body.slice(0, 500)}`);
  }
}

const counts = Object.entries(
  results.reduce((byStatus, { status }) => ({ ...byStatus, [status]: (byStatus[status] ?? 0) + 1 }), {}),
).map(([status, count]) => `${count} ${status}`);
console.log(`\n${url}: ${results.length - failures.length} ok of ${results.length} audits (${counts.join(', ')})`);
process.exit(failures.length === 0 ? 0 : 1);
