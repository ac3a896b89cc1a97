// Write load for scripts/outage: CLIENTS clients send createIdea mutations one after the other until the
// file STOP exists, then finish the write they are on. Four in five writes carry an Idempotency-Key and are
// retried with the same key and body until they get a definite answer; every fifth has no key and is sent
// once. Each idea's title is its key (or its own name), so the database shows how often a write landed.
//
//   node tests/outage/load.mjs URL TOKEN DIALOGUE_ID CLIENTS STOP OUT_DIR
//
// Writes OUT_DIR/requests.jsonl (one line per HTTP request: client, title, keyed, attempt, start, end (ms since
// the epoch), status, codes, retryAfter, replayed, ok) and OUT_DIR/writes.jsonl (one line per write: title,
// keyed, outcome acknowledged | committed | failed, attempts). Node 18+ (fetch), no packages.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [url, token, dialogue, clientsArg, stopFile, outDir] = process.argv.slice(2);
const clients = Number(clientsArg);
const retryPause = 250;          // ms between attempts of a write (a load generator, not a polite client)
const answerLimit = 45_000;      // ms: longer than the API's request timeout; a request past it counts as no answer
const settleLimit = 60_000;      // ms a write may keep retrying after STOP
const mutation = 'mutation($d: ID!, $t: String!) { createIdea(input: { dialogueId: $d, title: $t, source: ONLINE }) { idea { id title } errors { __typename } } }';
const requests = join(outDir, 'requests.jsonl');
const writes = join(outDir, 'writes.jsonl');
writeFileSync(requests, '');
writeFileSync(writes, '');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(client, title, keyed, attempt, body, accept) {
  const headers = { 'Content-Type': 'application/json', Accept: accept, Authorization: `Bearer ${token}` };
  if (keyed) headers['Idempotency-Key'] = `"${title}"`;
  const start = Date.now();
  const line = { client, title, keyed, attempt, start, accept };
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(answerLimit) });
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    const codes = [...new Set((json?.errors ?? []).map((e) => e?.extensions?.code ?? 'NO_CODE'))];
    const payload = json?.data?.createIdea;
    Object.assign(line, {
      end: Date.now(), status: response.status, codes,
      retryAfter: response.headers.get('retry-after'), replayed: response.headers.get('idempotent-replayed') === 'true',
      ok: response.status === 200 && codes.length === 0 && payload?.idea?.title === title && (payload?.errors ?? []).length === 0,
      payloadErrors: (payload?.errors ?? []).map((e) => e.__typename),
    });
  } catch (error) {
    Object.assign(line, { end: Date.now(), status: 0, codes: [], error: String(error?.name ?? error), ok: false });
  }
  appendFileSync(requests, JSON.stringify(line) + '\n');
  return line;
}

async function client(index) {
  const accept = index % 2 === 0 ? 'application/graphql-response+json' : 'application/json';
  for (let n = 1; !existsSync(stopFile); n++) {
    const keyed = n % 5 !== 0;
    const title = `outage-c${index}-${n}${keyed ? '' : '-nokey'}`;
    const body = JSON.stringify({ query: mutation, variables: { d: dialogue, t: title } });
    let outcome = 'failed';
    let attempt = 0;
    let settleBy = null;
    for (;;) {
      attempt++;
      const line = await send(index, title, keyed, attempt, body, accept);
      if (line.ok) { outcome = 'acknowledged'; break; }
      if (line.status === 409 && line.codes.includes('IDEMPOTENCY_KEY_COMMITTED')) { outcome = 'committed'; break; }
      if (!keyed) break;                                     // no key: a failure is final, never retried
      if (line.status === 422 || (line.status === 200 && line.payloadErrors?.length)) break;   // definite, and wrong
      if (existsSync(stopFile)) {
        settleBy ??= Date.now() + settleLimit;
        if (Date.now() > settleBy) break;
      }
      await sleep(retryPause);
    }
    appendFileSync(writes, JSON.stringify({ client: index, title, keyed, outcome, attempts: attempt }) + '\n');
  }
}

await Promise.all(Array.from({ length: clients }, (_, i) => client(i + 1)));
