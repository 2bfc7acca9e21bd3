// writeJson: the chunked JSON writer behind `kpc check --format json|sarif`. Its text must be exactly
// JSON.stringify(value, null, 2) + '\n', and a large report must leave it in chunks, never as one string
// (a 10 MB config made a 540 MB report, over V8's largest string: JSON.stringify threw).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { writeJson } from '../../../server/src/cli/jsonOut';

function written(value: unknown): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson(value, (c) => void chunks.push(c));
  return { text: chunks.join(''), chunks };
}

test('writeJson writes what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
  // long arrays and deep nesting take the walked path, the rest the native one
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 60, maxLength: 70 }),
      fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 })),
  })).node;
  fc.assert(fc.property(value, (v) => written(v).text === `${JSON.stringify(v, null, 2)}\n`), { seed: 4242, numRuns: 300 });
});

test('writeJson skips undefined and function members as JSON.stringify does, and writes null for them in arrays', () => {
  const v = { a: undefined, b: () => 1, c: [undefined, () => 2, 1], d: { e: undefined }, f: [], g: {}, h: NaN, i: 'x"\n\u2028' };
  assert.equal(written(v).text, `${JSON.stringify(v, null, 2)}\n`);
  const deep = { files: [{ entries: Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, v: i % 2 ? undefined : [undefined, i] })) }] };
  assert.equal(written(deep).text, `${JSON.stringify(deep, null, 2)}\n`);
});

test('a large report leaves in chunks of about a megabyte, not one string', () => {
  const entry = (i: number) => ({ key: `key.number.${i}`, value: 'x'.repeat(40), range: { start: { line: i, character: 0 }, end: { line: i, character: 60 } } });
  const report = { kafkaVersion: '4.2', files: [{ file: 'big', entries: Array.from({ length: 100_000 }, (_, i) => entry(i)) }] };
  const { text, chunks } = written(report);
  assert.ok(text.length > 20_000_000, `report size ${text.length}`);
  assert.ok(chunks.length >= 20, `${chunks.length} chunks`);
  assert.ok(Math.max(...chunks.map((c) => c.length)) < 2 * 1024 * 1024, 'no chunk over 2 MB');
  assert.equal(text, `${JSON.stringify(report, null, 2)}\n`);
});
