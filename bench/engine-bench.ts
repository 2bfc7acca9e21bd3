/**
 * The pure language service in-process, without LSP: how long `parseProperties` and `analyze` take
 * on the same generated files, after an edit (the text differs each time). Set beside the LSP edit
 * latency, it shows how much of an edit's cost is analysis and how much is protocol, document sync
 * and the event loop.
 */
import { performance } from 'node:perf_hooks';
import { analyze, analyzeIncremental } from '../server/src/service/analyze';
import { parseProperties } from '#core';
import { editValues, generateItems, toProperties, type Item } from './generate';
import { median, quantile, round } from './stats';

export interface EngineResult {
  size: number;
  parseMs?: number;
  analyzeMs?: number;
  analyzeP95Ms?: number;
  /** `analyzeIncremental` from the previous analysis and the one change (what the server does on didChange). */
  incrementalMs?: number;
  incrementalP95Ms?: number;
  findings: number;
  runs: number;
}

export function runEngineBench(sizes: number[], budgetMs = 20_000, items: (size: number) => Item[] = (size) => generateItems(size)): EngineResult[] {
  const out: EngineResult[] = [];
  const t0 = performance.now();
  for (const size of sizes) {
    const twin = toProperties(items(size));
    const { line, start, value } = twin.sites.edit;
    const lines = twin.text.split('\n');
    const [bad, good] = editValues(value);
    const variant = (v: string): string => {
      const copy = [...lines];
      const l = copy[line] as string;
      copy[line] = l.slice(0, start) + v + l.slice(start + value.length);
      return copy.join('\n');
    };
    const texts = [variant(bad), variant(good)];
    const runs = size >= 100_000 ? 12 : 32;
    const parse: number[] = [];
    const full: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs && performance.now() - t0 < budgetMs; i++) {
      const text = texts[i % 2] as string;
      let s = performance.now();
      parseProperties(text);
      const p = performance.now() - s;
      s = performance.now();
      const a = analyze(text);
      const f = performance.now() - s;
      findings = a.findings.length;
      if (i >= 2) {
        parse.push(p);
        full.push(f);
      }
    }
    // Incremental: the previous analysis plus one change, as the server gets it from didChange.
    const inc: number[] = [];
    const lineStart = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
    let text = twin.text;
    let current = value;
    let prev = analyze(text);
    for (let i = 0; i < runs && performance.now() - t0 < budgetMs; i++) {
      const next = current === good ? bad : good;
      const change = { start: lineStart + start, end: lineStart + start + current.length, text: next };
      text = text.slice(0, change.start) + next + text.slice(change.end);
      const s = performance.now();
      prev = analyzeIncremental(prev, [change], text);
      const d = performance.now() - s;
      if (i >= 2) inc.push(d);
      current = next;
    }
    out.push({
      size,
      parseMs: round(median(parse), 3),
      analyzeMs: round(median(full), 3),
      analyzeP95Ms: round(quantile(full, 0.95), 3),
      incrementalMs: round(median(inc), 3),
      incrementalP95Ms: round(quantile(inc, 0.95), 3),
      findings,
      runs: full.length,
    });
  }
  return out;
}
