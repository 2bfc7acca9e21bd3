/**
 * Editor-latency benchmark: our server on the producer config versus yaml-language-server on the
 * YAML twin and vscode-json-language-server on the JSONC twin (same schema), same client code,
 * interleaved sessions (A, B, C, A, B, C, …).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { editValues, generateItems, toJsonc, toProperties, toYaml, type ContentMode, type Item, type Twin } from './generate';
import { LspSession, TimeoutError, type ServerSpec } from './lsp-client';
import { chooseSchema, typeOfFromSchema, type JsonSchema } from './schema';
import { median, quantile, round } from './stats';

export type ServerId = 'ours' | 'yaml-ls' | 'json-ls' | 'floor';
export const SERVER_IDS: ServerId[] = ['ours', 'yaml-ls', 'json-ls', 'floor'];
/** The peers a user would otherwise use; `floor` (bench/floor-server.ts) is a reference point, not a peer. */
export const PEERS: ServerId[] = ['yaml-ls', 'json-ls'];

export interface Dist {
  median?: number;
  p95?: number;
  min?: number;
  max?: number;
  n: number;
}

export interface ServerResult {
  server: ServerId;
  /** Requested size: physical lines of the .config file (the YAML twin has the same, the JSONC twin fewer). */
  size: number;
  file: string;
  lines: number;
  entries: number;
  sessions: number;
  pullDiagnostics: boolean;
  coldStartMs: Dist;
  /** Part of the cold start: spawn → initialize answered. */
  initializeMs: Dist;
  /** Warm edits: after `warmupEdits` uncounted edits in the same session. */
  editMs: Dist;
  /** The first edit after the file was opened, one per session: what the first keystroke costs before the JIT has warmed up. */
  firstEditMs: Dist;
  warmupEdits: number;
  /** Server CPU time (user + system) per counted edit, ms: less sensitive to other load than wall time, and free of debounce waits. */
  editCpuMs?: number;
  /** Set when a time budget stopped the edits early. */
  editsStopped?: string;
  requestsStopped?: string;
  /** Sessions not run because the run's time limit was near. */
  sessionsSkipped?: number;
  hoverMs: Dist;
  completionMs: Dist;
  peakRssMb?: number;
  /** Diagnostics on open, and after the edit script's two alternating values (valid / out of range). */
  diagnostics: { onOpen?: number; afterInvalidEdit?: number; afterValidEdit?: number };
  hoverChars?: number;
  completionItems?: number;
  errors: string[];
}

export interface LspBenchOptions {
  root: string;
  workDir: string;
  sizes: number[];
  /** Total counted edits per server and size (≥ 30 by the issue). */
  edits: number;
  /** Uncounted edits at the start of each session before the counted ones (the first one is reported as `firstEditMs`). */
  warmupEdits?: number;
  /** Time budget for one server's edits at one size, in ms. */
  editBudgetMs: number;
  log: (s: string) => void;
  servers?: ServerId[];
  /** `unique` (default, realistic) or `repeat` (duplicate-key stress); see bench/generate.ts. */
  mode?: ContentMode;
  /** performance.now() after which no new session starts (keeps `npm run bench` under its time limit). */
  deadline?: number;
  /** The content per size instead of `generateItems(size, 42, mode)` (the dense case, bench/dense.ts). */
  items?: (size: number) => Item[];
  /** Changes the peers' schema (the dense case declares its custom keys). */
  patchSchema?: (schema: JsonSchema) => void;
  /** How long the first diagnostics after opening may take (default 120 s). */
  openTimeoutMs?: number;
  /** Sessions per size (default 5 up to 1k lines, else 3). */
  sessions?: (size: number) => number;
}

function dist(xs: number[]): Dist {
  return {
    median: round(median(xs), 3),
    p95: round(quantile(xs, 0.95), 3),
    min: round(xs.length ? Math.min(...xs) : undefined, 3),
    max: round(xs.length ? Math.max(...xs) : undefined, 3),
    n: xs.length,
  };
}

/** How each server is started and configured (bench/lsp-profile.ts starts ours the same way). */
export function serverSpecs(root: string, schemaUri: string, floorScript: string): Record<ServerId, ServerSpec> {
  const nodeArgs = ['--max-old-space-size=4096'];
  return {
    ours: {
      id: 'ours',
      command: process.execPath,
      args: [...nodeArgs, ...(process.env.KPC_BENCH_OURS_FLAGS ? process.env.KPC_BENCH_OURS_FLAGS.split(' ') : []), join(root, 'dist', 'server.js'), '--stdio'],
      languageId: 'kafka-producer-config',
      settings: { kafkaProducerConfig: { kafkaVersion: 'latest', client: 'java', severity: {}, allowedKeys: [] } },
    },
    'yaml-ls': {
      id: 'yaml-ls',
      command: process.execPath,
      args: [...nodeArgs, join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      languageId: 'yaml',
      settings: {
        yaml: {
          schemas: { [schemaUri]: ['*.yaml'] },
          validate: true,
          hover: true,
          completion: true,
          format: { enable: false },
          schemaStore: { enable: false },
          kubernetesCRDStore: { enable: false },
        },
        http: { proxy: '', proxyStrictSSL: false },
        '[yaml]': {},
        editor: {},
        redhat: { telemetry: { enabled: false } },
      },
    },
    floor: {
      id: 'floor',
      command: process.execPath,
      args: [...nodeArgs, floorScript, '--stdio'],
      languageId: 'properties',
      settings: {},
    },
    'json-ls': {
      id: 'json-ls',
      command: process.execPath,
      args: [...nodeArgs, join(root, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-json-language-server'), '--stdio'],
      languageId: 'jsonc',
      initializationOptions: { handledSchemaProtocols: ['file'], provideFormatter: false },
      settings: {
        json: { schemas: [{ fileMatch: ['*.jsonc', '*.json'], url: schemaUri }], validate: { enable: true } },
        http: { proxy: '', proxyStrictSSL: false },
      },
    },
  };
}

interface Acc {
  cold: number[];
  init: number[];
  edits: number[];
  firstEdits: number[];
  hovers: number[];
  completions: number[];
  rss: number[];
  pull: boolean;
  onOpen?: number;
  afterInvalid?: number;
  afterValid?: number;
  hoverChars?: number;
  completionItems?: number;
  errors: string[];
  stopped?: string;
  requestsStopped?: string;
  cpuTotal: number;
  cpuEdits: number;
  skipped?: number;
  sessions: number;
  editTimeMs: number;
}

/** Hover and completion requests per session that are not counted (the first ones run cold). */
const REQUEST_WARMUP = 3;

async function session(spec: ServerSpec, twin: Twin, uri: string, rootUri: string, acc: Acc, editsWanted: number, budgetMs: number, requestsWanted: number, warmup: number, openTimeoutMs = 120_000): Promise<void> {
  const s = new LspSession(spec);
  try {
    await s.start(rootUri);
    const cold = await s.open(uri, twin.text, openTimeoutMs);
    acc.cold.push(cold.ms);
    acc.init.push(s.initializedMs);
    acc.pull = s.pull;
    acc.onOpen = cold.count;
    acc.sessions++;
    const verbose = process.env.KPC_BENCH_VERBOSE === '1';
    if (verbose) console.log(`    ${spec.id}: cold start ${cold.ms.toFixed(0)} ms, ${cold.count} diagnostics`);
    const { line, start, value } = twin.sites.edit;
    const [invalid, valid] = editValues(value);
    let current = value;
    let i = 0;
    const t0 = performance.now();
    let cpu0: number | undefined;
    let counted0 = acc.edits.length;
    const cpuDone = (): void => {
      const c1 = s.cpuMs();
      if (cpu0 !== undefined && c1 !== undefined && acc.edits.length > counted0) {
        acc.cpuTotal += c1 - cpu0;
        acc.cpuEdits += acc.edits.length - counted0;
      }
      cpu0 = undefined;
    };
    while (acc.edits.length < editsWanted) {
      if (i === warmup) {
        cpu0 = s.cpuMs();
        counted0 = acc.edits.length;
      }
      const next = current === valid ? invalid : valid;
      let r: { ms: number; count: number };
      try {
        r = await s.edit(line, start, start + current.length, next, Math.max(5000, budgetMs - acc.editTimeMs));
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        const spent = i > 0 ? ` after ${i} edit(s) took ${(acc.editTimeMs / 1000).toFixed(1)} s` : '';
        acc.stopped = `an edit took > ${(Math.max(5000, budgetMs - acc.editTimeMs) / 1000).toFixed(0)} s${spent}; stopped after ${acc.edits.length} counted edits`;
        cpuDone();
        return;
      }
      current = next;
      if (next === invalid) acc.afterInvalid = r.count;
      else acc.afterValid = r.count;
      if (i === 0) acc.firstEdits.push(r.ms);
      if (i++ >= warmup) acc.edits.push(r.ms);
      acc.editTimeMs += r.ms;
      if (acc.editTimeMs > budgetMs && acc.edits.length < editsWanted) {
        acc.stopped = `> ${(budgetMs / 1000).toFixed(0)} s budget, stopped after ${acc.edits.length} edits`;
        break;
      }
      if (performance.now() - t0 > budgetMs * 2) break;
    }
    cpuDone();
    if (verbose) console.log(`    ${spec.id}: ${i} edits in ${(performance.now() - t0).toFixed(0)} ms`);
    // Leave the document valid again before the read-only requests.
    if (current !== valid) {
      await s.edit(line, start, start + current.length, valid, Math.max(10_000, budgetMs));
    }
    const tr = performance.now();
    const reqBudget = budgetMs / 3;
    for (let k = 0; k < requestsWanted + REQUEST_WARMUP; k++) {
      const left = (): number => Math.max(1000, reqBudget - (performance.now() - tr));
      try {
        const h = await s.request('textDocument/hover', twin.sites.hover.line, twin.sites.hover.character, left());
        if (k >= REQUEST_WARMUP) acc.hovers.push(h.ms);
        acc.hoverChars = h.size;
        const c = await s.request('textDocument/completion', twin.sites.completion.line, twin.sites.completion.character, left());
        if (k >= REQUEST_WARMUP) acc.completions.push(c.ms);
        acc.completionItems = c.size;
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        acc.requestsStopped = `a request took > ${(reqBudget / 1000).toFixed(0)} s; stopped after ${acc.hovers.length} hovers, ${acc.completions.length} completions`;
        break;
      }
      if (performance.now() - tr > reqBudget && k >= 1) {
        acc.requestsStopped = `time budget: stopped after ${acc.hovers.length} hovers / completions`;
        break;
      }
    }
    if (verbose) console.log(`    ${spec.id}: hover/completion in ${(performance.now() - tr).toFixed(0)} ms`);
  } catch (e) {
    acc.errors.push(`${(e as Error).message}${s.stderr ? ` | stderr: ${s.stderr.slice(-300).trim()}` : ''}`);
  } finally {
    const rss = s.rssMb();
    if (rss !== undefined) acc.rss.push(rss);
    await s.dispose();
  }
}

export async function runLspBench(o: LspBenchOptions): Promise<{ schemaSource: string; results: ServerResult[] }> {
  mkdirSync(o.workDir, { recursive: true });
  const { schema, source } = await chooseSchema(o.root);
  o.patchSchema?.(schema);
  const schemaPath = join(o.workDir, 'producer.schema.json');
  writeFileSync(schemaPath, JSON.stringify(schema, null, 2));
  const schemaUri = pathToFileURL(schemaPath).href;
  const rootUri = pathToFileURL(o.workDir).href;
  const typeOf = typeOfFromSchema(schema);
  // The floor server is bundled like ours (esbuild, one file) into the work directory.
  const floorScript = join(o.workDir, 'floor-server.js');
  buildSync({ entryPoints: [join(o.root, 'bench', 'floor-server.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, outfile: floorScript, logLevel: 'error' });
  const all = serverSpecs(o.root, schemaUri, floorScript);
  const warmup = o.warmupEdits ?? 20;
  // A server whose script is missing (not built, not installed) is left out, with a note, rather than timing out.
  const servers = (o.servers ?? SERVER_IDS).filter((id) => {
    const script = all[id].args.find((a) => a.endsWith('.js') || a.includes(`${join('node_modules', '')}`));
    const ok = script === undefined || existsSync(script);
    if (!ok) o.log(`  ${id}: ${script} is missing, left out`);
    return ok;
  });
  o.log(`schema: ${source}`);
  const results: ServerResult[] = [];

  // One discarded session per server first, so no measured cold start pays for a cold disk cache.
  {
    const dir = join(o.workDir, 'warmup');
    mkdirSync(dir, { recursive: true });
    const items = generateItems(10, 42, 'unique');
    const warm: Record<ServerId, { twin: Twin; file: string }> = {
      ours: { twin: toProperties(items), file: 'producer.config' },
      'yaml-ls': { twin: toYaml(items, typeOf), file: 'producer.yaml' },
      'json-ls': { twin: toJsonc(items, typeOf), file: 'producer.jsonc' },
      floor: { twin: toProperties(items), file: 'floor.properties' },
    };
    for (const id of servers) {
      const s = new LspSession(all[id]);
      try {
        await s.start(rootUri);
        await s.open(pathToFileURL(join(dir, warm[id].file)).href, warm[id].twin.text, 30_000);
      } catch (e) {
        o.log(`  warm-up of ${id} failed: ${(e as Error).message}`);
      } finally {
        await s.dispose();
      }
    }
  }

  for (const size of o.sizes) {
    const dir = join(o.workDir, String(size));
    mkdirSync(dir, { recursive: true });
    const items = o.items ? o.items(size) : generateItems(size, 42, o.mode ?? 'unique');
    const twins: Record<ServerId, { twin: Twin; file: string }> = {
      ours: { twin: toProperties(items), file: 'producer.config' },
      'yaml-ls': { twin: toYaml(items, typeOf), file: 'producer.yaml' },
      'json-ls': { twin: toJsonc(items, typeOf), file: 'producer.jsonc' },
      floor: { twin: toProperties(items), file: 'floor.properties' },
    };
    for (const id of SERVER_IDS) writeFileSync(join(dir, twins[id].file), twins[id].twin.text);
    // Sessions per size: more cold starts where they are cheap; `o.edits` counted edits and as many hovers and completions in total.
    const sessions = o.sessions ? o.sessions(size) : size <= 1000 ? 5 : 3;
    const editsPerSession = Math.ceil(o.edits / sessions);
    const requestsPerSession = Math.ceil(o.edits / sessions);
    const accs = Object.fromEntries(
      servers.map((id) => [id, { cpuTotal: 0, cpuEdits: 0, cold: [], init: [], edits: [], firstEdits: [], hovers: [], completions: [], rss: [], pull: false, errors: [], sessions: 0, editTimeMs: 0 } as Acc]),
    ) as Record<ServerId, Acc>;
    for (let rep = 0; rep < sessions; rep++) {
      for (const id of servers) {
        const acc = accs[id];
        if (acc.stopped) continue;
        if (acc.errors.length >= 2) continue;
        if (o.deadline !== undefined && performance.now() > o.deadline && acc.sessions > 0) {
          acc.skipped = (acc.skipped ?? 0) + 1;
          continue;
        }
        const uri = pathToFileURL(join(dir, twins[id].file)).href;
        const before = acc.edits.length;
        const t = performance.now();
        await session(all[id], twins[id].twin, uri, rootUri, acc, Math.min(o.edits, before + editsPerSession), o.editBudgetMs, requestsPerSession, warmup, o.openTimeoutMs);
        o.log(`  ${String(size).padStart(6)} lines  ${id.padEnd(7)} session ${rep + 1}/${sessions}: ${(performance.now() - t).toFixed(0)} ms${acc.errors.length ? `  errors: ${acc.errors.at(-1)}` : ''}`);
      }
    }
    for (const id of servers) {
      const a = accs[id];
      results.push({
        server: id,
        size,
        file: twins[id].file,
        lines: twins[id].twin.lines,
        entries: twins[id].twin.entries,
        sessions: a.sessions,
        pullDiagnostics: a.pull,
        coldStartMs: dist(a.cold),
        initializeMs: dist(a.init),
        editMs: dist(a.edits),
        firstEditMs: dist(a.firstEdits),
        warmupEdits: warmup,
        editCpuMs: a.cpuEdits > 0 ? round(a.cpuTotal / a.cpuEdits, 2) : undefined,
        ...(a.stopped ? { editsStopped: a.stopped } : {}),
        ...(a.requestsStopped ? { requestsStopped: a.requestsStopped } : {}),
        ...(a.skipped ? { sessionsSkipped: a.skipped } : {}),
        hoverMs: dist(a.hovers),
        completionMs: dist(a.completions),
        peakRssMb: round(a.rss.length ? Math.max(...a.rss) : undefined, 1),
        diagnostics: { onOpen: a.onOpen, afterInvalidEdit: a.afterInvalid, afterValidEdit: a.afterValid },
        hoverChars: a.hoverChars,
        completionItems: a.completionItems,
        errors: a.errors,
      });
    }
  }
  return { schemaSource: source, results };
}
