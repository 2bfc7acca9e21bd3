// Applying fixes: plain text edits, and "fix all" = every safe fix, repeated until nothing changes.
import { analyze, type Analysis, type AnalysisOptions } from './analyze';
import { lowerBound } from '#core';
import { hasSafeFix } from './lazyFinding';
import type { Fix, TextEdit } from './types';

/** Apply non-overlapping edits (spans refer to the original text). Insertions at the same offset keep their order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.e.span.end - b.e.span.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    const start = Math.max(pos, Math.min(e.span.start, text.length));
    const end = Math.max(start, Math.min(e.span.end, text.length));
    out += text.slice(pos, start) + e.newText;
    pos = end;
  }
  return out + text.slice(pos);
}

function conflicts(a: TextEdit['span'], b: TextEdit['span']): boolean {
  if (a.start === b.start) return true; // two edits at one point: order would be ambiguous
  if (a.start < b.end && b.start < a.end) return true;
  const inside = (p: number, s: TextEdit['span']) => p > s.start && p < s.end;
  return (a.start === a.end && inside(a.start, b)) || (b.start === b.end && inside(b.start, a));
}

/** The safe fixes of one analysis that can be applied together (earlier findings win a conflict). */
export function pickSafeFixes(fixes: readonly Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  // Spans taken so far, sorted by start and disjoint, so a new edit can only conflict with its two
  // neighbours (a scan of every taken edit made fix-all quadratic: minutes on a large file).
  const sorted: TextEdit['span'][] = [];
  const firstAtOrAfter = (p: number): number => lowerBound(sorted, (span) => span.start, p);
  const clashes = (s: TextEdit['span']): boolean => {
    const i = firstAtOrAfter(s.start);
    return (i > 0 && conflicts(s, sorted[i - 1]!)) || (i < sorted.length && conflicts(s, sorted[i]!));
  };
  for (const f of fixes) {
    if (!f.safe || f.edits.length === 0) continue;
    if (f.edits.some((e) => clashes(e.span))) continue;
    taken.push(...f.edits);
    for (const e of f.edits) sorted.splice(firstAtOrAfter(e.span.start), 0, e.span);
  }
  return taken;
}

/**
 * Apply every safe fix, re-analysing after each pass, until no safe fix is left (at most 10 passes).
 * Idempotent: running it on its own output applies nothing.
 */
export function fixAll(text: string, options: AnalysisOptions = {}, analyzeText: (text: string, options: AnalysisOptions) => Analysis = analyze): { text: string; applied: number } {
  let cur = text;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const a = analyzeText(cur, options);
    const fixes = a.findings.filter(hasSafeFix).flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1));
    const edits = pickSafeFixes(fixes);
    if (edits.length === 0) break;
    const next = applyEdits(cur, edits);
    if (next === cur) break;
    const picked = new Set(edits);
    applied += fixes.filter((f) => f.edits.every((e) => picked.has(e))).length;
    cur = next;
  }
  return { text: cur, applied };
}
