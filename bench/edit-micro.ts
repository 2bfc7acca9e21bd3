/**
 * In-process micro-harness for the analysis of one edit (issue 20): many one-line edits at random lines of
 * the dense files, each analysed by `analyzeIncremental` (what the server does on didChange), timed one by
 * one. Prints median, p95 and mean wall time per form, the median and mean CPU time of the process per edit (all
 * threads, so concurrent garbage collection counts), and the load average before and after.
 *
 *   npx esbuild bench/edit-micro.ts --bundle --platform=node --format=esm --outfile=/tmp/edit-micro.mjs
 *   node /tmp/edit-micro.mjs [--lines 10000] [--edits 2000] [--forms equal,many] [--seed 1] [--newlines] [--cons]
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/edit-micro.mjs --forms equal        # a CPU profile
 *
 * Bundled as the server is (under tsx every import goes through a getter and an edit takes ~2× as long).
 *
 * The edits keep the line count (one character typed or deleted at the end of a single-line entry's value,
 * or a value replaced by another of the same length), as a user typing in a big file does; `--newlines`
 * adds, every tenth edit, a line break typed at the end of a line and removed again (the full-parse path).
 * The text handed to the analysis is flat, as the server's is (see `--cons` below).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analyze, analyzeIncremental, type Analysis } from '../server/src/service/analyze';
import type { TextChange } from '../server/src/service/incremental';
import { mulberry32 } from '../server/src/simulator/random';
import { generateDense, toProperties } from './generate';
import { median, quantile, round } from './stats';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const LINES = Number(arg('lines', '10000'));
const EDITS = Number(arg('edits', '2000'));
const FORMS = arg('forms', 'equal,many').split(',');
const SEED = Number(arg('seed', '1'));
const NEWLINES = process.argv.includes('--newlines');
const CONS = process.argv.includes('--cons');

/** The lines that hold a whole entry on their own (no continuation on it or before it), with where its value starts. */
function editableLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  let prevCont = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const cont = end > start && text.charCodeAt(end - 1) === 0x5c;
    const eq = text.indexOf('=', start);
    if (!prevCont && !cont && eq >= 0 && eq < end && text.charCodeAt(start) !== 0x23) out.push({ start, end });
    prevCont = cont;
    start = end + 1;
  }
  return out;
}

function runForm(allow: boolean): { median?: number; p95?: number; mean: number; cpuMedian?: number; cpuMean: number; findings: number } {
  const rand = mulberry32(SEED);
  let text = toProperties(generateDense(LINES, allow)).text;
  let a: Analysis = analyze(text);
  const times: number[] = [];
  /** CPU time of the process (every thread: user + system) per edit, less sensitive to other processes than wall time. */
  const cpu: number[] = [];
  const WARMUP = Math.min(200, Math.floor(EDITS / 10));
  const apply = (c: TextChange): void => {
    text = text.slice(0, c.start) + c.text + text.slice(c.end);
    // The server's document (TextDocument.update) reads characters of the new text right after building it, which
    // makes V8 copy the concatenation into one flat string: the analysis gets a flat string. So does it here, untimed,
    // unless --cons asks to time that copy (~0.3 ms at 10k lines) as part of the edit.
    if (!CONS) text.charCodeAt(0);
    const c0 = process.cpuUsage();
    const t = performance.now();
    a = analyzeIncremental(a, [c], text);
    times.push(performance.now() - t);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
  };
  let lines = editableLines(text);
  let pendingNewline: number | undefined;
  for (let i = 0; i < EDITS + WARMUP; i++) {
    if (pendingNewline !== undefined) {
      apply({ start: pendingNewline, end: pendingNewline + 1, text: '' });
      pendingNewline = undefined;
      continue;
    }
    const l = lines[Math.floor(rand() * lines.length)]!;
    const eq = text.indexOf('=', l.start);
    const value = text.slice(eq + 1, l.end);
    const r = rand();
    if (NEWLINES && i % 10 === 9) {
      apply({ start: l.end, end: l.end, text: '\n' });
      pendingNewline = l.end;
    } else if (r < 0.4 || value.length < 2) {
      apply({ start: l.end, end: l.end, text: String(Math.floor(rand() * 10)) });
      l.end++;
    } else if (r < 0.8) {
      apply({ start: l.end - 1, end: l.end, text: '' });
      l.end--;
    } else {
      apply({ start: l.end - 1, end: l.end, text: String(Math.floor(rand() * 10)) });
    }
    // Every later line moved by the change's length: recompute (cheap next to what is measured, and not timed).
    lines = editableLines(text);
    if (i === WARMUP - 1) times.length = cpu.length = 0;
  }
  const fresh = analyze(text);
  // The property tests check this edit by edit; here once, on the whole chain.
  if (JSON.stringify(fresh.findings) !== JSON.stringify(a.findings)) throw new Error(`findings differ from a fresh analysis (${a.findings.length} vs ${fresh.findings.length})`);
  return { median: round(median(times), 3), p95: round(quantile(times, 0.95), 3), mean: round(times.reduce((s, x) => s + x, 0) / times.length, 3)!, cpuMedian: round(median(cpu), 3), cpuMean: round(cpu.reduce((s, x) => s + x, 0) / cpu.length, 3)!, findings: a.findings.length };
}

const before = loadavg().map((x) => x.toFixed(2)).join(' ');
const results: Record<string, unknown> = {};
for (const form of FORMS) results[form] = runForm(form === 'equal');
const after = loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(JSON.stringify({ lines: LINES, edits: EDITS, newlines: NEWLINES, cons: CONS, loadBefore: before, loadAfter: after, results }, null, 1));
