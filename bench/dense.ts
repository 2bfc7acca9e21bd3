/**
 * The dense case (issue 20): every line a live entry, as in a generated or merged config: the real
 * keys once each, thousands of custom keys (some continued over three lines), the same few typos and
 * refused values as the realistic content. Two forms:
 *
 * - **equal work**: the custom keys are allowed (`# kpc: allow app.* …` on line 0) and declared in the
 *   peers' schema (`patternProperties`), so every server reports the same few findings;
 * - **many findings**: no allow line, so every custom key is an `unknown-key` finding for us (~6,000 at
 *   10k lines); the peers keep the schema that declares them, so they report their few. This is the
 *   issue's comparison: us with thousands of findings against the JSON server with its few.
 *
 * Plus the 10 MB file (many-findings form, our server only): the time of an edit and the server's peak
 * RSS, and in-process the heap a 10 MB analysis keeps.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString, getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeIncremental, analyze, type Analysis } from '../server/src/service/analyze';
import { runEngineBench, type EngineResult } from './engine-bench';
import { CUSTOM_PREFIXES, generateDense, toProperties } from './generate';
import { runLspBench, type ServerResult } from './lsp-bench';
import type { JsonSchema } from './schema';
import { median, round } from './stats';

export interface BigFileResult {
  bytes: number;
  lines: number;
  findings?: number;
  /** In-process: heap in use after a full analysis of the 10 MB text and after a garbage collection. */
  heapAfterOpenMb?: number;
  /** In-process: the same after 6 edits (incremental). */
  heapAfterEditsMb?: number;
  /** In-process: full analysis and incremental edit times. */
  analyzeMs?: number;
  incrementalMs?: number;
  error?: string;
}

export interface DenseResults {
  equal: ServerResult[];
  many: ServerResult[];
  big: ServerResult[];
  engineEqual: EngineResult[];
  engineMany: EngineResult[];
  bigInProcess?: BigFileResult;
}

/** The peers' schema declares the custom keys, as a user would for their own settings. */
export function declareCustomKeys(schema: JsonSchema): void {
  schema.patternProperties = { [`^(${CUSTOM_PREFIXES.join('|')})\\.`]: { type: 'string' } };
}

/** Lines of a dense file of about `bytes` (the generator's lines average ~29.6 characters). */
export function linesFor(bytes: number): number {
  const sample = toProperties(generateDense(10_000, false)).text.length / 10_000;
  return Math.round(bytes / sample);
}

function gcHeapMb(): number | undefined {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    return round(getHeapStatistics().used_heap_size / 2 ** 20, 1);
  } catch {
    return undefined;
  }
}

/** The 10 MB file in this process: one full analysis, then edits through the incremental path; heap after each. */
export function bigInProcess(bytes: number): BigFileResult {
  const lines = linesFor(bytes);
  const twin = toProperties(generateDense(lines, false));
  const out: BigFileResult = { bytes: twin.text.length, lines: twin.lines };
  try {
    let t = performance.now();
    let a: Analysis | undefined = analyze(twin.text);
    out.analyzeMs = round(performance.now() - t, 1);
    out.findings = a.findings.length;
    out.heapAfterOpenMb = gcHeapMb();
    const { line, start, value } = twin.sites.edit;
    const lineStart = a.parsed.lineStarts[line]!;
    let text = twin.text;
    let current = value;
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const next = current === '5' ? '-5' : '5';
      const change = { start: lineStart + start, end: lineStart + start + current.length, text: next };
      text = text.slice(0, change.start) + next + text.slice(change.end);
      t = performance.now();
      a = analyzeIncremental(a, [change], text);
      times.push(performance.now() - t);
      current = next;
    }
    out.incrementalMs = round(median(times.slice(2)), 1);
    out.heapAfterEditsMb = gcHeapMb();
    a = undefined;
  } catch (e) {
    out.error = (e as Error).message;
  }
  return out;
}

export interface DenseOptions {
  root: string;
  workDir: string;
  sizes: number[];
  bigBytes: number;
  quick: boolean;
  log: (s: string) => void;
  deadline?: number;
}

function baseOptions(o: DenseOptions) {
  return { root: o.root, log: o.log, deadline: o.deadline, patchSchema: declareCustomKeys, warmupEdits: o.quick ? 5 : 10, sessions: () => 2 };
}

/** The 10 MB file through our server alone (bench/big.ts runs only this case). */
export async function runBigLsp(o: DenseOptions): Promise<ServerResult[]> {
  o.log(`bench: dense content, ${(o.bigBytes / 2 ** 20).toFixed(0)} MB file (many findings, our server only)`);
  const lines = linesFor(o.bigBytes);
  const opts = { ...baseOptions(o), workDir: `${o.workDir}/big`, sizes: [lines], edits: 5, warmupEdits: 1, sessions: () => 1, editBudgetMs: 120_000, openTimeoutMs: 300_000 };
  return (await runLspBench({ ...opts, items: (n) => generateDense(n, false), servers: ['ours'] })).results;
}

export async function runDense(o: DenseOptions): Promise<DenseResults> {
  const base = baseOptions(o);
  o.log('bench: dense content, equal work (custom keys allowed and declared)');
  const equal = (await runLspBench({ ...base, workDir: `${o.workDir}/equal`, sizes: o.sizes, edits: o.quick ? 20 : 40, editBudgetMs: 30_000, items: (n) => generateDense(n, true) })).results;
  o.log('bench: dense content, many findings (custom keys not allowed; the peers still declare them)');
  const many = (
    await runLspBench({ ...base, workDir: `${o.workDir}/many`, sizes: o.sizes, edits: o.quick ? 20 : 40, editBudgetMs: 30_000, items: (n) => generateDense(n, false), servers: ['ours', 'json-ls', 'floor'] })
  ).results;
  const big = o.bigBytes > 0 ? await runBigLsp(o) : [];
  o.log('bench: dense content in-process');
  const engineEqual = runEngineBench(o.sizes, 20_000, (n) => generateDense(n, true));
  const engineMany = runEngineBench(o.sizes, 30_000, (n) => generateDense(n, false));
  const bigIn = o.bigBytes > 0 ? bigInProcess(o.bigBytes) : undefined;
  return { equal, many, big, engineEqual, engineMany, ...(bigIn ? { bigInProcess: bigIn } : {}) };
}
