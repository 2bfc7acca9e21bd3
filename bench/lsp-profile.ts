/**
 * Our server alone on one dense file (bench/dense.ts), many warm edits, then hover and completion: the
 * server's CPU per edit and per request, and optionally a V8 CPU profile of the server process restricted
 * to the counted edits (or to the counted requests), summarised by function (self and total time).
 * It measures the LSP side of an edit next to the analysis (issue 20): what the server does per edit
 * besides `analyzeIncremental`.
 *
 *   npx tsx bench/lsp-profile.ts [--size 10000] [--form equal|many] [--edits 200] [--warmup 30]
 *     [--requests 200] [--server dist/server.js] [--profile edits|requests] [--interval-us 200] [--top 30]
 *     [--editor]
 *
 * `--editor`: after each edit's diagnostics, also the requests VS Code sends after a change (semantic tokens,
 * outline, folding, links, code lens, inlay hints of the 60 lines around the edit), counted in the edit's CPU.
 *
 * Profile with the development build (`node esbuild.mjs`: not minified, with a source map, so functions keep
 * their names and map back to their source lines); measure CPU with the production build (`--production`).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editValues, generateDense, toProperties } from './generate';
import { serverSpecs } from './lsp-bench';
import { LspSession } from './lsp-client';
import { median, quantile, round } from './stats';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? dflt) : dflt);
const size = Number(opt('--size', '10000'));
const form = opt('--form', 'equal');
const edits = Number(opt('--edits', '200'));
const warmup = Number(opt('--warmup', '30'));
const requests = Number(opt('--requests', '200'));
const serverJs = resolve(root, opt('--server', 'dist/server.js'));
const profile = opt('--profile', '');
const intervalUs = Number(opt('--interval-us', '200'));
const top = Number(opt('--top', '30'));
/** `--focus NAME`: also the time below each frame whose function is NAME, by the function it called. */
const focus = opt('--focus', '');
const editor = args.includes('--editor');
/** What VS Code asks for after a change besides diagnostics (debounced there; here once per edit). */
const EDITOR_REQUESTS = ['textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentLink', 'textDocument/codeLens'];
/** `--outside NAME` (default analysisOf, the analysis of the edit): also the time outside every frame of NAME, by function. */
const outside = opt('--outside', 'analysisOf');

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame of the bundle comes from, through the bundle's source map (when there is one). */
function locator(bundle: string): (url: string, line: number, col: number) => string {
  let map: SourceMap | undefined;
  try {
    const m = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(bundle, 'utf8').slice(-300));
    if (m) map = new SourceMap(JSON.parse(readFileSync(resolve(bundle, '..', m[1] as string), 'utf8')) as never);
  } catch {
    map = undefined;
  }
  return (url, line, col) => {
    if (!url) return '';
    if (map && url.endsWith(bundle.replace(/\\/g, '/'))) {
      const e = map.findEntry(line, col) as { originalSource?: string; originalLine?: number };
      if (e.originalSource) return `${relative(root, e.originalSource.replace(/^file:\/\//, '')).replace(/^(\.\.\/)+/, '')}:${(e.originalLine ?? 0) + 1}`;
    }
    return `${url.replace(/^.*node_modules\//, '').replace(/^node:/, 'node:')}:${line + 1}`;
  };
}

/** Self and total time per function over the samples taken between `fromUs` and `toUs` (CLOCK_MONOTONIC, as V8's). */
function summarise(p: CpuProfile, fromUs: number, toUs: number, where: (url: string, line: number, col: number) => string, perUnit: number, label: string): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode): string => {
    const f = n.callFrame;
    return `${f.functionName || '(anonymous)'} ${where(f.url, f.lineNumber, f.columnNumber)}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const below = new Map<string, number>();
  const outSelf = new Map<string, number>();
  let outAll = 0;
  let t = p.startTime;
  let all = 0;
  let idle = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    const dt = p.timeDeltas[i + 1] ?? 0;
    if (t < fromUs || t > toUs) continue;
    const leaf = byId.get(p.samples[i] as number);
    if (!leaf) continue;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    all += dt;
    const k = keyOf(leaf);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    let child = '(self)';
    let focused = false;
    let inside = false;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id);
      if (!n) break;
      const key = keyOf(n);
      if (n.callFrame.functionName === outside) inside = true;
      if (focus && !focused && n.callFrame.functionName === focus) {
        focused = true;
        below.set(child, (below.get(child) ?? 0) + dt);
      }
      child = key;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
    if (!inside) {
      outAll += dt;
      outSelf.set(k, (outSelf.get(k) ?? 0) + dt);
    }
  }
  const fmt = (m: Map<string, number>): string =>
    [...m.entries()]
      .filter(([k]) => !k.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `  ${(us / 1000 / perUnit).toFixed(3).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return [
    `profile of the ${label}: ${(all / 1000 / perUnit).toFixed(3)} ms busy per ${label.replace(/s$/, '')} (${(idle / 1000 / perUnit).toFixed(3)} ms idle), ${perUnit} counted`,
    `self (per ${label.replace(/s$/, '')}):`,
    fmt(self),
    `total (per ${label.replace(/s$/, '')}):`,
    fmt(total),
    ...(focus ? [`below ${focus} (per ${label.replace(/s$/, '')}):`, fmt(below)] : []),
    `outside ${outside}: ${(outAll / 1000 / perUnit).toFixed(3)} ms per ${label.replace(/s$/, '')}; self:`,
    fmt(outSelf),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(serverJs)) throw new Error(`${serverJs} is missing: run node esbuild.mjs first`);
  const work = mkdtempSync(join(tmpdir(), 'kpc-lsp-profile-'));
  const profDir = join(work, 'prof');
  try {
    const twin = toProperties(generateDense(size, form !== 'many'));
    const file = join(work, 'producer.config');
    writeFileSync(file, twin.text);
    const spec = serverSpecs(root, pathToFileURL(join(work, 'none.json')).href, '').ours;
    spec.args = spec.args.map((a) => (a.endsWith('server.js') ? serverJs : a));
    if (profile) spec.args.unshift('--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-interval=${intervalUs}`);
    console.log(`lsp-profile: ${relative(root, serverJs)}, dense ${form} ${size} lines (${twin.entries} entries, ${twin.text.length} chars); load ${load()}`);
    const s = new LspSession(spec);
    const window = { from: 0, to: 0 };
    try {
      await s.start(pathToFileURL(work).href);
      const open = await s.open(pathToFileURL(file).href, twin.text, 120_000);
      console.log(`  open: ${open.ms.toFixed(0)} ms, ${open.count} diagnostics`);
      const { line, start, value } = twin.sites.edit;
      const [invalid, valid] = editValues(value);
      let current = value;
      const times: number[] = [];
      let cpu0 = 0;
      for (let i = 0; i < warmup + edits; i++) {
        if (i === warmup) {
          cpu0 = s.cpuMs() ?? 0;
          window.from = nowUs();
        }
        const next = current === valid ? invalid : valid;
        const r = await s.edit(line, start, start + current.length, next, 30_000);
        current = next;
        if (editor) {
          for (const m of EDITOR_REQUESTS) await s.call(m, {}, 30_000);
          await s.call('textDocument/inlayHint', { range: { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } } }, 30_000);
        }
        if (i >= warmup) times.push(r.ms);
      }
      if (profile === 'edits') window.to = nowUs();
      const editCpu = ((s.cpuMs() ?? 0) - cpu0) / edits;
      if (current !== valid) await s.edit(line, start, start + current.length, valid, 30_000);
      console.log(`  ${edits} warm edits: median ${round(median(times), 3)} ms, p95 ${round(quantile(times, 0.95), 3)} ms, server CPU ${editCpu.toFixed(2)} ms per edit; load ${load()}`);
      const hovers: number[] = [];
      const completions: number[] = [];
      let rcpu0 = 0;
      for (let k = 0; k < requests + 5; k++) {
        if (k === 5) {
          rcpu0 = s.cpuMs() ?? 0;
          if (profile === 'requests') window.from = nowUs();
        }
        const h = await s.request('textDocument/hover', twin.sites.hover.line, twin.sites.hover.character, 30_000);
        const c = await s.request('textDocument/completion', twin.sites.completion.line, twin.sites.completion.character, 30_000);
        if (k >= 5) {
          hovers.push(h.ms);
          completions.push(c.ms);
        }
      }
      if (profile === 'requests') window.to = nowUs();
      const reqCpu = ((s.cpuMs() ?? 0) - rcpu0) / requests;
      console.log(
        `  ${requests} hovers: median ${round(median(hovers), 3)} ms, p95 ${round(quantile(hovers, 0.95), 3)} ms; completions: median ${round(median(completions), 3)} ms, p95 ${round(quantile(completions, 0.95), 3)} ms; server CPU ${reqCpu.toFixed(2)} ms per hover + completion; load ${load()}`,
      );
    } finally {
      await s.dispose();
    }
    if (profile) {
      const f = existsSync(profDir) ? readdirSync(profDir).find((n) => n.endsWith('.cpuprofile')) : undefined;
      if (!f) throw new Error('no profile written (did the server exit normally?)');
      const p = JSON.parse(readFileSync(join(profDir, f), 'utf8')) as CpuProfile;
      if (p.startTime > window.from || p.endTime < window.to) console.log('  (the profile does not cover the window: clocks differ?)');
      console.log(summarise(p, window.from, window.to, locator(serverJs), profile === 'edits' ? edits : requests, profile === 'edits' ? 'edits' : 'requests'));
      const keep = opt('--keep', '');
      if (keep) writeFileSync(keep, readFileSync(join(profDir, f)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`lsp-profile: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
