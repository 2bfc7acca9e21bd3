/**
 * Folding ranges: runs of comment lines (two or more in a row) and values continued over
 * several physical lines. Pure: plain data in, plain data out.
 */
import type { Analysis } from './analyze';

export interface FoldingRangeData {
  /** 0-based first line of the range. */
  startLine: number;
  /** 0-based last line of the range (inclusive). */
  endLine: number;
  kind: 'comment' | 'region';
}

export function foldingRanges(analysis: Pick<Analysis, 'parsed'>): FoldingRangeData[] {
  const { comments, entries } = analysis.parsed;
  const out: FoldingRangeData[] = [];
  let runStart = -1;
  let prev = -2;
  const flush = (): void => {
    if (runStart >= 0 && prev > runStart) out.push({ startLine: runStart, endLine: prev, kind: 'comment' });
  };
  for (const c of [...comments].sort((a, b) => a.line - b.line)) {
    if (c.line === prev + 1) {
      prev = c.line;
      continue;
    }
    flush();
    runStart = c.line;
    prev = c.line;
  }
  flush();
  for (const e of entries) {
    if (e.lineCount > 1) out.push({ startLine: e.line, endLine: e.line + e.lineCount - 1, kind: 'region' });
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
