// The checks of scripts/outage over what tests/outage/load.mjs recorded and what the database holds.
//
//   node tests/outage/check.mjs OUT_DIR REQUEST_TIMEOUT_SECONDS
//
// Reads OUT_DIR/requests.jsonl, OUT_DIR/writes.jsonl, OUT_DIR/database.tsv (title TAB count of the ideas whose
// title starts with "outage-") and OUT_DIR/events.txt (NAME EPOCH_MS per line: the database's restarts). Prints
// what it saw and one "PASS: …" or "FAIL: …" line per check; exits 1 when a check failed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir, timeoutArg] = process.argv.slice(2);
const timeoutMs = Number(timeoutArg) * 1000;
const lines = (file) => readFileSync(join(outDir, file), 'utf8').split('\n').filter(Boolean);
const requests = lines('requests.jsonl').map((l) => JSON.parse(l));
const writes = lines('writes.jsonl').map((l) => JSON.parse(l));
const stored = new Map(lines('database.tsv').map((l) => { const [title, count] = l.split('\t'); return [title, Number(count)]; }));
const events = Object.fromEntries(lines('events.txt').map((l) => { const [name, at] = l.split(' '); return [name, Number(at)]; }));
const inDatabase = (title) => stored.get(title) ?? 0;

let failed = 0;
const check = (passed, text) => { console.log(`${passed ? 'PASS' : 'FAIL'}: ${text}`); if (!passed) failed++; };
const count = (items, predicate) => items.filter(predicate).length;
const seconds = (ms) => (ms / 1000).toFixed(2);

// --- What happened
const first = Math.min(...requests.map((r) => r.start));
const last = Math.max(...requests.map((r) => r.end));
console.log(`requests: ${requests.length} in ${seconds(last - first)} s from ${new Set(requests.map((r) => r.client)).size} clients; ` +
  `writes: ${writes.length} (${count(writes, (w) => w.keyed)} with an Idempotency-Key)`);
console.log(`database events (s after the first request): ${Object.entries(events).map(([n, t]) => `${n} ${seconds(t - first)}`).join(', ')}`);
const answers = new Map();
for (const r of requests) {
  const key = r.status === 0 ? `no answer (${r.error})` : `${r.status} ${r.ok ? 'ok' : (r.codes.join(',') || (r.payloadErrors?.join(',') ?? '') || 'no error code')}` + (r.replayed ? ' replayed' : '');
  answers.set(key, (answers.get(key) ?? 0) + 1);
}
console.log('answers: ' + [...answers].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`).join('; '));

// --- 1. Acknowledged writes are in the database exactly once; nothing is in it twice.
const definite = writes.filter((w) => w.outcome === 'acknowledged' || w.outcome === 'committed');
const retried = count(definite, (w) => w.attempts > 1);
const wrong = definite.filter((w) => inDatabase(w.title) !== 1);
check(wrong.length === 0, `every acknowledged write is in the database exactly once: ${definite.length} acknowledged ` +
  `(${count(definite, (w) => w.outcome === 'committed')} learnt from IDEMPOTENCY_KEY_COMMITTED), ${retried} of them after retries` +
  (wrong.length ? `; wrong: ${wrong.slice(0, 5).map((w) => `${w.title}×${inDatabase(w.title)}`).join(', ')}` : ''));
const twice = [...stored].filter(([, n]) => n > 1);
check(twice.length === 0, `no write is in the database twice (${stored.size} titles stored)` +
  (twice.length ? `; twice: ${twice.slice(0, 5).map(([t, n]) => `${t}×${n}`).join(', ')}` : ''));

// --- 2. A write reported failed (without a key, so not retried) has not committed; keyed writes all got an answer.
const failedPlain = writes.filter((w) => !w.keyed && w.outcome === 'failed');
const landed = failedPlain.filter((w) => inDatabase(w.title) > 0);
check(landed.length === 0, `no write reported failed (no key, not retried) is in the database: ${failedPlain.length} failed, ` +
  `${landed.length} stored` + (landed.length ? ` (${landed.slice(0, 5).map((w) => w.title).join(', ')})` : ''));
const unanswered = writes.filter((w) => w.keyed && w.outcome === 'failed');
check(unanswered.length === 0, `every write with a key got a definite answer by retrying with the same key (${unanswered.length} without)`);

// --- 3. Error answers: 503 DATABASE_UNAVAILABLE with Retry-After, or the key's 409s; never 500, never none.
const allowed = (r) => r.ok
  || (r.status === 503 && r.codes.length > 0 && r.codes.every((c) => c === 'DATABASE_UNAVAILABLE') && r.retryAfter)
  || (r.status === 409 && r.codes.every((c) => c === 'IDEMPOTENCY_KEY_IN_PROGRESS') && r.retryAfter)
  || (r.status === 409 && r.codes.every((c) => c === 'IDEMPOTENCY_KEY_COMMITTED'));
const unavailable = count(requests, (r) => r.status === 503 && r.codes.includes('DATABASE_UNAVAILABLE'));
check(unavailable > 0, `the outage was seen: ${unavailable} answers 503 DATABASE_UNAVAILABLE`);
const others = requests.filter((r) => !allowed(r));
check(others.length === 0, `every failed request was 503 with Retry-After and DATABASE_UNAVAILABLE (or a key's 409): ` +
  `${others.length} others, ${count(requests, (r) => r.status >= 500 && r.status !== 503)} of them 5xx but 503` +
  (others.length ? ` (${others.slice(0, 5).map((r) => `${r.status} ${r.codes.join(',') || r.error || ''}`).join('; ')})` : ''));

// --- 4. No request took longer than the request timeout.
const durations = requests.map((r) => r.end - r.start).sort((a, b) => a - b);
const pct = (p) => durations[Math.min(durations.length - 1, Math.ceil((durations.length * p) / 100) - 1)];
const slowest = durations[durations.length - 1];
const failedDurations = requests.filter((r) => !r.ok).map((r) => r.end - r.start);
check(slowest <= timeoutMs + 1000, `no request took longer than the request timeout (${seconds(timeoutMs)} s + 1 s grace): ` +
  `p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${slowest} ms; failed requests max ${Math.max(0, ...failedDurations)} ms`);

// --- 5. Recovery: from the database back to the first successful request.
for (const [back, label, until] of [['restart_back', 'pg_ctl restart', 'stop_begin'], ['start_back', 'pg_ctl stop, then start', null]]) {
  if (!events[back]) { check(false, `recovery after ${label}: no event ${back}`); continue; }
  const next = requests.filter((r) => r.ok && r.end >= events[back]).sort((a, b) => a.end - b.end)[0];
  const wait = next ? next.end - events[back] : Infinity;
  const failedAfter = count(requests, (r) => !r.ok && r.start >= events[back] && (!until || r.start < events[until]));
  check(wait <= 5000, `recovery after ${label}: first successful request ${next ? seconds(wait) + ' s' : 'never'} after the database was back ` +
    `(target ≤ 5 s; ${failedAfter} requests failed after it was back)`);
}

process.exit(failed ? 1 : 0);
