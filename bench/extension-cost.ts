/**
 * Extension cost: bundle sizes, `.vsix` size, and the client's load time.
 *
 * Activation in a real VS Code needs a full extension host; instead this loads `dist/client.js`
 * in a fresh Node process with a stub `vscode` module (every property is a callable no-op) and
 * times the `require` (parse + top-level evaluation of the bundle, the part of activation the
 * bundle controls). The rest of activation is starting the server, which the LSP benchmark
 * measures as our cold start (spawn → first diagnostics); the report adds the two as a proxy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, round } from './stats';

export interface ExtensionCost {
  bundles: Record<string, number | undefined>;
  vsixBytes?: number;
  vsixError?: string;
  clientLoadMs?: { median?: number; runs: number[] };
  clientLoadError?: string;
}

const LOAD_SCRIPT = `
const Module = require('module');
const origLoad = Module._load;
function stub() {
  const fn = function () { return proxy; };
  const proxy = new Proxy(fn, {
    get(_t, p) { if (p === 'then') return undefined; if (p === Symbol.toPrimitive) return () => ''; return proxy; },
    apply() { return proxy; },
    construct() { return proxy; },
  });
  return proxy;
}
const vscode = stub();
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return origLoad.call(this, request, parent, isMain);
};
const t0 = process.hrtime.bigint();
const m = require(process.argv[1]);
const t1 = process.hrtime.bigint();
if (typeof m.activate !== 'function') { console.log(JSON.stringify({ error: 'no activate export' })); process.exit(0); }
console.log(JSON.stringify({ ms: Number(t1 - t0) / 1e6 }));
`;

export function measureClientLoad(root: string, runs = 7): { median?: number; runs: number[] } | { error: string } {
  const client = join(root, 'dist', 'client.js');
  if (!existsSync(client)) return { error: 'dist/client.js missing' };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['-e', LOAD_SCRIPT, client], { encoding: 'utf8', timeout: 20_000 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      const j = JSON.parse(line) as { ms?: number; error?: string };
      if (j.error) return { error: j.error };
      if (typeof j.ms === 'number') times.push(j.ms);
    } catch {
      return { error: `load failed: ${(r.stderr || r.stdout).slice(0, 300)}` };
    }
  }
  return { median: round(median(times), 2), runs: times.map((t) => round(t, 2) as number) };
}

export function bundleSizes(root: string): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const f of ['client.js', 'server.js', 'webview.js', 'webview.css', 'cli.js']) {
    const p = join(root, 'dist', f);
    out[f] = existsSync(p) ? statSync(p).size : undefined;
  }
  return out;
}

export function vsixSize(root: string): number | undefined {
  const p = join(root, 'kafka-producer-config.vsix');
  return existsSync(p) ? statSync(p).size : undefined;
}
