import assert from 'node:assert/strict';
import type { ParsedProperties } from '#core';

const WS = new Set([' ', '\t', '\f', '\r', '\n']);

/**
 * Checks that the parse accounts for every character: each entry's key, separator and value spans
 * partition its span; entries, comments and orphan continuations are in order, do not overlap, and
 * everything between them is whitespace or line terminators. Returns the text rebuilt from pieces.
 */
export function assertCovers(p: ParsedProperties): string {
  const { text } = p;
  const pieces: { start: number; end: number; what: string }[] = [];
  p.entries.forEach((e, i) => {
    assert.equal(e.keySpan.start, e.span.start, `entry ${i}: keySpan starts the entry`);
    assert.equal(e.separatorSpan.start, e.keySpan.end, `entry ${i}: separator follows key`);
    assert.equal(e.valueSpan.start, e.separatorSpan.end, `entry ${i}: value follows separator`);
    assert.equal(e.valueSpan.end, e.span.end, `entry ${i}: value ends the entry`);
    assert.ok(e.keySpan.end >= e.keySpan.start && e.separatorSpan.end >= e.separatorSpan.start && e.valueSpan.end >= e.valueSpan.start, `entry ${i}: spans are ordered`);
    pieces.push({ start: e.span.start, end: e.span.end, what: `entry ${i}` });
  });
  p.comments.forEach((c, i) => {
    assert.ok(text[c.span.start] === c.marker, `comment ${i} starts with its marker`);
    assert.equal(text.slice(c.span.start + 1, c.span.end), c.text);
    pieces.push({ start: c.span.start, end: c.span.end, what: `comment ${i}` });
  });
  p.orphanContinuations.forEach((o, i) => pieces.push({ start: o.start, end: o.end, what: `orphan ${i}` }));
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  let rebuilt = '';
  for (const piece of pieces) {
    assert.ok(piece.start >= pos, `${piece.what} overlaps the previous piece`);
    const gap = text.slice(pos, piece.start);
    for (const ch of gap) assert.ok(WS.has(ch), `non-whitespace ${JSON.stringify(ch)} at ${pos} outside any piece in ${JSON.stringify(text.slice(0, 200))}`);
    rebuilt += gap + text.slice(piece.start, piece.end);
    pos = piece.end;
  }
  for (const ch of text.slice(pos)) assert.ok(WS.has(ch), `non-whitespace ${JSON.stringify(ch)} after the last piece`);
  rebuilt += text.slice(pos);
  assert.equal(rebuilt, text);
  return rebuilt;
}

/** Entries reduced like a java.util.Properties: last one wins, sorted by key (UTF-16 order, as Java's String.compareTo). */
export function javaView(p: ParsedProperties): [string, string][] {
  const m = new Map<string, string>();
  for (const e of p.entries) m.set(e.key, e.value);
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** [key, value, raw key, raw separator, raw value] per entry. */
export function pieces(p: ParsedProperties): [string, string, string, string, string][] {
  const t = p.text;
  return p.entries.map((e) => [e.key, e.value, t.slice(e.keySpan.start, e.keySpan.end), t.slice(e.separatorSpan.start, e.separatorSpan.end), t.slice(e.valueSpan.start, e.valueSpan.end)]);
}

/** Deterministic PRNG (mulberry32), the same stream the bench's generator uses. */
export { mulberry32 as rng } from '../../../server/src/simulator/random';

const TOKENS: [string, number][] = [
  ['\\', 14], ['=', 6], [':', 5], ['#', 4], ['!', 3], [' ', 8], ['\t', 3], ['\f', 1], ['\r', 3], ['\n', 7], ['\r\n', 4],
  ['u', 5], ['\\u', 4], ['0', 3], ['4', 2], ['9', 1], ['a', 3], ['b', 1], ['e', 2], ['f', 2], ['A', 1], ['F', 1],
  ['k', 4], ['x', 2], ['t', 1], ['n', 1], ['r', 1], ['é', 3], ['€', 1], ['😀', 1], ['\u0000', 1], ['.', 2],
  ['\\u00e9', 1], ['\\u003D', 1],
];
/** Without a bare `u`: far fewer malformed `\u` escapes, so more inputs load and their entries get compared. */
const TOKENS_NO_U = TOKENS.filter(([tok]) => !tok.endsWith('u'));
const total = (tokens: [string, number][]) => tokens.reduce((s, [, w]) => s + w, 0);

/** A random input over an alphabet heavy in the characters Properties.load treats specially. */
export function randomInput(next: () => number, maxTokens = 40, bareU = true): string {
  const tokens = bareU ? TOKENS : TOKENS_NO_U;
  const sum = total(tokens);
  let s = next() < 0.05 ? '\uFEFF' : '';
  const len = Math.floor(next() * maxTokens);
  for (let i = 0; i < len; i++) {
    let r = next() * sum;
    for (const [tok, w] of tokens) {
      r -= w;
      if (r < 0) {
        s += tok;
        break;
      }
    }
  }
  return s;
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEditsForTest(text: string, edits: { span: { start: number; end: number }; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
