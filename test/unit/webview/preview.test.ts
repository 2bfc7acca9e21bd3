// The preview webview in a real browser (Debian chromium driven by playwright-core): the bundle loads under the
// same CSP the extension uses, charts paint, tables show numbers, state is saved, and "Apply to file" posts the
// right message. Requires chromium (apt-get install chromium; CHROMIUM=/path overrides).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPreviewHtml } from '../../../client/src/preview/html';

const ORIGIN = 'https://kpc-webview.test';
const CANDIDATES = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => !!p);
const executablePath = CANDIDATES.find((p) => existsSync(p));

let browser: Browser | undefined;
let dir = '';
let js = '';
let css = '';

before(async () => {
  assert.ok(executablePath, `chromium is not installed (looked in ${CANDIDATES.join(', ')}); install it with: apt-get install -y chromium`);
  dir = mkdtempSync(join(tmpdir(), 'kpc-webview-'));
  await esbuild.build({ entryPoints: { webview: 'webview/src/main.ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'es2022', outdir: dir, logLevel: 'silent' });
  js = readFileSync(join(dir, 'webview.js'), 'utf8');
  css = readFileSync(join(dir, 'webview.css'), 'utf8');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const CONFIG = {
  type: 'config', uri: 'file:///work/producer.config', fileName: 'producer.config', kafkaVersion: '3.9', client: 'java', source: 'server',
  values: { 'linger.ms': '0', acks: 'all', 'batch.size': '16384' },
};

async function openPage(savedState?: unknown, lang?: string): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1000, height: 1400 } });
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.exposeFunction('__kpcViolation', (s: string) => violations.push(s));
  // a string, not a function: the test file is transpiled with helpers that do not exist in the page
  await page.addInitScript(`
    window.__posted = [];
    window.__state = ${JSON.stringify(savedState ?? null)};
    document.addEventListener('securitypolicyviolation', function (e) { window.__kpcViolation(e.violatedDirective + ' ' + e.blockedURI); });
    window.acquireVsCodeApi = function () {
      return {
        postMessage: function (m) { window.__posted.push(m); },
        getState: function () { return window.__state; },
        setState: function (s) { window.__state = s; },
      };
    };
  `);
  const html = buildPreviewHtml({ cspSource: ORIGIN, nonce: 'testnonce0123456789abcdef', scriptUri: `${ORIGIN}/dist/webview.js`, styleUri: `${ORIGIN}/dist/webview.css`, ...(lang ? { lang } : {}) });
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith('/index.html')) return route.fulfill({ contentType: 'text/html', body: html });
    if (url.endsWith('/dist/webview.js')) return route.fulfill({ contentType: 'text/javascript', body: js });
    if (url.endsWith('/dist/webview.css')) return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return { page, violations, errors };
}

async function paintedCanvases(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const c of Array.from(document.querySelectorAll('canvas'))) {
      const ctx = c.getContext('2d');
      if (!ctx || !c.width || !c.height) continue;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
      if (painted > 100) n++;
    }
    return n;
  });
}

test('the preview renders charts and tables for a config, under the strict CSP', async () => {
  const { page, violations, errors } = await openPage();
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted), [{ type: 'ready' }]);
  await page.evaluate((m) => window.postMessage(m, '*'), CONFIG);
  await page.waitForSelector('table.compare tbody tr');
  const header = await page.textContent('.header');
  assert.match(header ?? '', /producer\.config · Kafka 3\.9 · built-in uniform sticky/);
  // the summary table shows numbers: 25,000 records delivered by default
  const delivered = await page.textContent('table.compare tbody tr:first-child td:nth-child(2)');
  assert.equal(delivered, '25,000');
  const timing = (await page.textContent('.timing')) ?? '';
  assert.match(timing, /simulated 2 × 25,000 records in \d+ ms/);
  const p99 = await page.textContent('table.compare tbody tr:nth-child(11) td:nth-child(2)');
  assert.match(p99 ?? '', /^\d+(\.\d+)? ms$/);
  assert.equal(await page.locator('.charts canvas').count(), 3);
  assert.ok((await paintedCanvases(page)) >= 3, 'three charts have pixels');
  // text alternative
  await page.click('button:has-text("Show as tables")');
  assert.equal(await page.isVisible('.charts'), false);
  const rows = await page.locator('.tables table:first-of-type tbody tr').count();
  assert.equal(rows, 6, 'one row per partition');
  const sum = await page.evaluate(() => Array.from(document.querySelectorAll('.tables table:first-of-type tbody tr td:nth-child(3)')).reduce((a, td) => a + Number((td.textContent ?? '').replace(/,/g, '')), 0));
  assert.equal(sum, 25_000);
  if (process.env.KPC_WEBVIEW_SHOT) {
    await page.click('button:has-text("Show as charts")');
    await page.screenshot({ path: process.env.KPC_WEBVIEW_SHOT, fullPage: true });
  }
  assert.deepEqual(violations, [], 'no CSP violations');
  assert.deepEqual(errors, []);
  await page.close();
});

test('what-if Apply posts the variant changes for the shown file, and state is saved', async () => {
  const { page } = await openPage();
  await page.evaluate((m) => window.postMessage(m, '*'), CONFIG);
  await page.waitForSelector('table.compare tbody tr');
  // keyboard: focus the Apply button and press Enter
  await page.focus('#apply');
  await page.keyboard.press('Enter');
  const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
  assert.deepEqual(posted[posted.length - 1], { type: 'apply', uri: CONFIG.uri, changes: [{ key: 'linger.ms', value: '10' }, { key: 'compression.type', value: 'lz4' }] });
  // another preset, chosen with the keyboard
  await page.selectOption('#whatif', 'idempotence');
  await page.waitForFunction(() => document.querySelector('#apply-note')?.textContent?.includes('enable.idempotence=true'));
  await page.click('#apply');
  const posted2 = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
  assert.deepEqual(posted2[posted2.length - 1], { type: 'apply', uri: CONFIG.uri, changes: [{ key: 'enable.idempotence', value: 'true' }, { key: 'max.in.flight.requests.per.connection', value: '5' }] });
  // scenario controls recompute and persist
  await page.fill('#f-records', '10000');
  await page.waitForFunction(() => document.querySelector('table.compare tbody tr:first-child td:nth-child(2)')?.textContent === '10,000');
  const state = await page.evaluate(() => (window as unknown as { __state: { form: { records: number }; whatIf: string; config?: { uri: string } } }).__state);
  assert.equal(state.form.records, 10000);
  assert.equal(state.whatIf, 'idempotence');
  assert.equal(state.config?.uri, CONFIG.uri);
  await page.close();

  // a reload restores from the saved state before the host says anything
  const { page: again } = await openPage(state);
  await again.waitForSelector('table.compare tbody tr');
  assert.equal(await again.textContent('table.compare tbody tr:first-child td:nth-child(2)'), '10,000');
  assert.equal(await again.inputValue('#whatif'), 'idempotence');
  await again.close();
});

test('faults in the scenario show losses for acks=0 and none for the idempotent variant', async () => {
  const { page } = await openPage();
  await page.evaluate((m) => window.postMessage(m, '*'), { ...CONFIG, values: { acks: '0', 'enable.idempotence': 'false' } });
  await page.waitForSelector('table.compare tbody tr');
  await page.selectOption('#whatif', 'idempotence');
  await page.fill('#f-requestFailurePct', '5');
  await page.waitForFunction(() => document.querySelector('table.compare tbody tr:nth-child(2) td:nth-child(2)')?.textContent !== '0');
  const lost = Number((await page.textContent('table.compare tbody tr:nth-child(2) td:nth-child(2)'))!.replace(/,/g, ''));
  const lostVariant = (await page.textContent('table.compare tbody tr:nth-child(2) td:nth-child(3)'))!;
  assert.ok(lost > 0, `acks=0 loses records (${lost})`);
  assert.equal(lostVariant, '0');
  await page.close();
});

test('messages that are not a config are ignored', async () => {
  const { page, errors } = await openPage();
  await page.evaluate(() => {
    window.postMessage({ type: 'config' }, '*');
    window.postMessage('nonsense', '*');
    window.postMessage({ type: 'config', uri: 'file:///x', values: null }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await page.locator('table.compare').count(), 0);
  assert.match((await page.textContent('.header')) ?? '', /Open a producer config/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('with VS Code in Korean the preview speaks Korean: labels, buttons, tables, the partitioner line', async () => {
  const { page, errors } = await openPage(undefined, 'ko');
  assert.equal(await page.textContent('h1'), 'Kafka 프로듀서 시뮬레이터');
  await page.evaluate((m) => window.postMessage(m, '*'), CONFIG);
  await page.waitForSelector('table.compare tbody tr');
  assert.match((await page.textContent('.header')) ?? '', /producer\.config · Kafka 3\.9 · 내장 균등 스티키 파티셔너 \(KIP-794\), 적응형$/);
  assert.equal(await page.textContent('#apply'), '파일에 적용');
  assert.equal(await page.textContent('table.compare thead th:first-child'), '지표');
  assert.equal(await page.textContent('table.compare tbody tr:first-child th'), '전달됨');
  assert.match((await page.textContent('#apply-note')) ?? '', /^바꿀 값: /);
  assert.match((await page.textContent('.timing')) ?? '', /^레코드 25,000개씩 2번 시뮬레이션 \(\d+ ms\)$/);
  // the simulator's notes too: a config Kafka refuses
  await page.evaluate((m) => window.postMessage(m, '*'), { ...CONFIG, values: { ...CONFIG.values, 'enable.idempotence': 'true', acks: '1' } });
  await page.waitForFunction(() => /프로듀서가 시작되지 않습니다/.test(document.querySelector('.notes')?.textContent ?? ''));
  assert.match((await page.textContent('.summary .error')) ?? '', /^프로듀서가 시작되지 않습니다: enable\.idempotence=true인데 acks가 all이 아님 \(ConfigException\)\.$/);
  // no English left in the chrome the webview draws itself (the simulator's own warnings stay English, as in the CLI)
  const chrome = await page.evaluate(() => Array.from(document.querySelectorAll('label, button, summary, caption, th, figcaption, option, h1')).map((e) => e.textContent ?? '').join(' | '));
  for (const en of ['Records', 'Apply', 'Scenario', 'Metric', 'This file', 'What if', 'Partition', 'Show as', 'Latency', 'Throughput', 'Keys']) {
    assert.ok(!new RegExp(`\\b${en}\\b`).test(chrome), `no '${en}' in: ${chrome}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a rack-aware 4.4 config: racks in the scenario, cross-rack traffic beside the throughput, the what-if shows the saving', async () => {
  const { page, errors } = await openPage();
  const rackConfig = { ...CONFIG, kafkaVersion: '4.4', values: { ...CONFIG.values, 'client.rack': 'use1-az1' } };
  await page.evaluate((m) => window.postMessage(m, '*'), rackConfig);
  await page.waitForSelector('table.compare tbody tr');
  assert.equal(await page.inputValue('#f-racks'), '3');
  assert.equal(await page.inputValue('#f-clientRack'), '0');
  // this file is not rack-aware: about two thirds of the bytes cross racks; the what-if turns it on and sends none
  await page.selectOption('#whatif', 'rack-aware');
  await page.waitForFunction(() => document.querySelector('#apply-note')?.textContent?.includes('partitioner.rack.aware=true'));
  const row = page.locator('table.compare tbody tr', { hasText: 'Cross-rack share of bytes sent' });
  const [mine, variant] = [await row.locator('td').nth(0).textContent(), await row.locator('td').nth(1).textContent()];
  assert.ok(Number((mine ?? '').replace(/[ %]/g, '')) > 50, `this file: ${mine}`);
  assert.equal(variant, '0.0 %');
  assert.equal(await row.locator('td').nth(1).getAttribute('class'), 'better');
  assert.ok(await page.locator('table.compare tbody tr', { hasText: 'Cross-rack traffic (MB/s on the wire)' }).count());
  assert.match((await page.textContent('.summary .muted:last-child')) ?? '', /broker b in rack b % 3, the producer in rack 0/);
  await page.click('#apply');
  const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
  assert.deepEqual(posted[posted.length - 1], { type: 'apply', uri: CONFIG.uri, changes: [{ key: 'partitioner.rack.aware', value: 'true' }] });
  // one rack: nothing about racks is shown
  await page.fill('#f-racks', '1');
  await page.waitForFunction(() => !document.querySelector('table.compare')?.textContent?.includes('Cross-rack'));
  assert.deepEqual(errors, []);
  await page.close();
});
