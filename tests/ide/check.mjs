// Opens the Banana Cake Pop IDE that the API serves, in headless Debian Chromium, and runs a query in it.
//
// Usage: node tests/ide/check.mjs URL [QUERY]
//   URL    the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql (a browser there is sent to the IDE)
//   QUERY  the operation to run, default "{ __typename }"; it must succeed without errors
// Environment: IDE_SCREENSHOT (default /tmp/ide.png), CHROMIUM (default /usr/bin/chromium).
// Requests to any other origin are blocked (and listed): the IDE must work offline, telemetry off.
// Exits 0 when the result appears in the IDE, 1 otherwise (2 on a usage error).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, query = '{ __typename }'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node tests/ide/check.mjs URL [QUERY]   (URL: the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql)');
  process.exit(2);
}
const screenshot = process.env.IDE_SCREENSHOT || '/tmp/ide.png';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const timeout = 30_000;

const profile = mkdtempSync(join(tmpdir(), 'ide-check-'));
const blocked = [];
let context;
let page;
let step = 'launching Chromium';
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: flags, viewport: { width: 1400, height: 900 },
  });
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    blocked.push(target);
    return route.abort();
  });
  page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);

  step = `opening ${url}`;
  const opened = await page.goto(url);
  if (!opened?.ok()) throw new Error(`${url} answered ${opened?.status()} ${await opened?.text()}`);
  await page.waitForFunction(() => document.title === 'Banana Cake Pop', null, { timeout });

  step = 'opening a new document';
  const create = page.getByRole('button', { name: 'Create Document' });
  await create.waitFor();
  await page.keyboard.press('Escape'); // closes a first-run dialog, if one is shown
  await create.click();

  step = 'waiting for the IDE to load the schema';
  await page.getByText('Schema available', { exact: true }).waitFor();

  step = 'typing the query';
  const requestEditor = page.locator('.monaco-editor').first();
  await requestEditor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  const typed = (text) => text.replace(/\s+/g, ' ').trim() === query.replace(/\s+/g, ' ').trim();
  await waitUntil(async () => typed(await requestEditor.locator('.view-lines').innerText()), 'the query to show in the editor');
  await page.waitForTimeout(1_000); // the IDE takes the editor's text into its document after a short delay

  step = 'running the query';
  // The IDE may still be taking the typed text into its document on a slow machine, and now and
  // then it drops the answer of a run it started while busy: click Run again (up to four times)
  // until the query goes out and its answer shows in the response panel.
  const isOurs = (response) => response.request().method() === 'POST'
    && response.request().postData()?.includes(JSON.stringify(query).slice(1, -1));
  const shown = async (firstKey) => {
    for (const lines of await page.locator('.monaco-editor .view-lines').all()) {
      const text = await lines.innerText();
      if (text.includes('"data"') && text.includes(`"${firstKey}"`)) return true;
    }
    return false;
  };
  let result;
  for (let attempt = 1; ; attempt++) {
    step = 'running the query';
    const answered = page.waitForResponse(isOurs, { timeout: 10_000 });
    await page.locator('button', { hasText: /^Run$/ }).click();
    const response = await answered.catch((error) => {
      if (attempt >= 4) throw error;
      return undefined;
    });
    if (!response) {
      await page.waitForTimeout(1_500);
      continue;
    }
    // The body may be gone once the IDE has read it ("Response body is unavailable"): then the
    // result is checked in the response panel alone.
    result = await response.json().catch(() => null);
    if (!response.ok() || (result && (result.errors || !result.data))) {
      throw new Error(`the query failed: ${response.status()} ${JSON.stringify(result)}`);
    }

    step = 'waiting for the result in the IDE';
    const firstKey = result ? Object.keys(result.data)[0] : query.match(/\{\s*(\w+)/)[1];
    const deadline = Date.now() + 10_000;
    let visible = await shown(firstKey);
    while (!visible && Date.now() < deadline) {
      await page.waitForTimeout(200);
      visible = await shown(firstKey);
    }
    if (visible) break;
    if (attempt >= 4) throw new Error('timed out waiting for the response panel to show the data');
  }

  // For the screenshot: let the editors settle (they repaint after a run).
  await waitUntil(async () => typed(await requestEditor.locator('.view-lines').innerText()), 'the editor to repaint')
    .catch(() => {});
  await page.screenshot({ path: screenshot });
  console.log(`ok: the IDE at ${page.url()} loaded the schema and ran ${query}: ${JSON.stringify(result?.data ?? '(shown in the IDE)')}`);
  if (blocked.length) console.log(`note: blocked requests to other origins:\n  ${blocked.join('\n  ')}`);
  console.log(`screenshot: ${screenshot}`);
  await finish(0);
} catch (error) {
  console.error(`FAILED while ${step}: ${error.message}`);
  if (blocked.length) console.error(`blocked requests to other origins:\n  ${blocked.join('\n  ')}`);
  if (page) await page.screenshot({ path: screenshot }).then(() => console.error(`screenshot: ${screenshot}`), () => {});
  await finish(1);
}

async function waitUntil(condition, what) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function finish(code) {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
