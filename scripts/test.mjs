#!/usr/bin/env node
// Runs every check and test of the project, in order, and ends with one summary line
// "tests: N passed, N failed, N skipped" (skipped: tests that did not run, e.g. a JDK missing on a
// developer machine; under CI such tests fail instead, see test/needs.ts).
// Usage: node scripts/test.mjs [--only unit|e2e] [--skip-e2e]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const skipE2e = args.includes('--skip-e2e') || process.env.KPC_SKIP_E2E === '1';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(name, cmd, cmdArgs, opts = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...(opts.env ?? {}) } });
  if (opts.capture && r.stdout) process.stdout.write(r.stdout);
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return { ok, stdout: r.stdout ?? '' };
}

function step(name, cmd, cmdArgs) {
  const { ok } = run(name, cmd, cmdArgs);
  if (ok) passed++;
  else { failed++; failures.push(name); }
  return ok;
}

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

function nodeTests(name, dirs) {
  const files = dirs.flatMap(findTests);
  if (files.length === 0) { console.log(`=== ${name}: no test files`); return; }
  mkdirSync('test-results', { recursive: true });
  const tap = join('test-results', `${name}.tap`);
  const { ok } = run(name, process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const p = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const f = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  // "# pass" leaves out skipped and todo tests; both count as skipped here (a todo's outcome is not asserted)
  const sk = Number(/^# skipped (\d+)/m.exec(text)?.[1] ?? 0);
  const todo = Number(/^# todo (\d+)/m.exec(text)?.[1] ?? 0);
  passed += p;
  failed += f;
  skipped += sk + todo;
  if (f > 0 || !ok) failures.push(name);
  if (!ok && f === 0) failed++; // crashed runner, count it
}

if (!only || only === 'unit') {
  step('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']);
  step('lint', 'npx', ['eslint', '.']);
  step('build', process.execPath, ['esbuild.mjs']);
  // test/unit/webview drives Debian chromium; a fresh machine gets it from the (idempotent) e2e installer first.
  if (!existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium') && existsSync('test/e2e/install.sh')) step('install chromium', 'bash', ['test/e2e/install.sh']);
  nodeTests('unit', ['test/unit', 'schemas', 'server', 'test/lsp']);
}

if ((!only || only === 'e2e') && !skipE2e) {
  if (existsSync('test/e2e/run.sh')) {
    const { ok, stdout } = run('e2e', 'bash', ['test/e2e/run.sh'], { capture: true });
    const m = [...stdout.matchAll(/^(?:\S+:\s)?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)].pop();
    if (m) { passed += Number(m[1]); failed += Number(m[2]); skipped += Number(m[3] ?? 0); }
    if (!ok) { failures.push('e2e'); if (!m || Number(m[2]) === 0) failed++; }
  } else {
    console.log('=== e2e: test/e2e/run.sh not present yet');
  }
}

if (failures.length) console.log(`\nfailed stages: ${failures.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || failures.length ? 1 : 0;
