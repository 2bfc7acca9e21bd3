import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLineStarts, lineOfOffset, offsetToPosition, parseProperties, positionToOffset, rangeToSpan, spanToRange } from '#core';

test('line starts after \\n, \\r and \\r\\n (one line break each)', () => {
  assert.deepEqual(computeLineStarts(''), [0]);
  assert.deepEqual(computeLineStarts('a\nb\r\nc\rd\n'), [0, 2, 5, 7, 9]);
  assert.deepEqual(computeLineStarts('\r\n\r\n'), [0, 2, 4]);
  assert.deepEqual(computeLineStarts('\n\r'), [0, 1, 2]);
});

test('offset ↔ position round-trips for every offset', () => {
  const text = 'ab\r\ncd\ré\n\nxyz';
  const ls = computeLineStarts(text);
  for (let off = 0; off <= text.length; off++) {
    const pos = offsetToPosition(ls, off);
    assert.equal(positionToOffset(ls, pos, text) <= off, true);
    // offsets inside a \r\n terminator map back to the end of the line content
    if (!(text[off - 1] === '\r' && text[off] === '\n')) assert.equal(positionToOffset(ls, pos), off, `offset ${off}`);
  }
  assert.deepEqual(offsetToPosition(ls, 4), { line: 1, character: 0 });
  assert.deepEqual(offsetToPosition(ls, 8), { line: 2, character: 1 });
  assert.deepEqual(offsetToPosition(ls, text.length), { line: 4, character: 3 });
  assert.equal(lineOfOffset(ls, 0), 0);
});

test('out-of-range positions clamp; with the text, to the end of the line content', () => {
  const text = 'ab\r\ncd';
  const ls = computeLineStarts(text);
  assert.equal(positionToOffset(ls, { line: 0, character: 99 }, text), 2);
  assert.equal(positionToOffset(ls, { line: 0, character: 99 }), 4);
  assert.equal(positionToOffset(ls, { line: 9, character: 0 }, text), text.length);
  assert.equal(positionToOffset(ls, { line: -1, character: -5 }, text), 0);
  assert.deepEqual(offsetToPosition(ls, -3), { line: 0, character: 0 });
  assert.deepEqual(offsetToPosition(ls, NaN), { line: 0, character: 0 });
});

test('spanToRange of an entry that spans continuation lines', () => {
  const p = parseProperties('a=1\nlist=x,\\\n  y\n');
  const e = p.entries[1]!;
  assert.deepEqual(spanToRange(p.lineStarts, e.valueSpan), { start: { line: 1, character: 5 }, end: { line: 2, character: 3 } });
  assert.deepEqual(rangeToSpan(p.lineStarts, spanToRange(p.lineStarts, e.span), p.text), e.span);
});
