// Fixture files with expected findings per Kafka version and client.
// test/fixtures/<name>.properties → test/fixtures/<name>.expected.json; the repo's examples/** →
// test/fixtures/examples/<path>.expected.json. Each expectation maps "version/client" to a list of
// "line:col code severity" (1-based, as `kpc check` prints them).
// UPDATE_FIXTURES=1 rewrites the expectation files from the current output: review the diff by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { analyze } from '../../../server/src/service/analyze';
import { fixAll } from '../../../server/src/service/fixAll';
import { decodeLatin1, offsetToPosition } from '#core';
import { FIXTURE_CASES, MATRIX_CLIENTS, MATRIX_VERSIONS, ROOT } from '../fixtureCases';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const cases = FIXTURE_CASES;

function run(text: string, version: string, client: 'java' | 'console-producer'): string[] {
  const a = analyze(text, { kafkaVersion: version, client, decoded: 'latin1' });
  return a.findings.map((f) => {
    const p = offsetToPosition(a.parsed.lineStarts, f.span.start);
    return `${p.line + 1}:${p.character + 1} ${f.code} ${f.severity}`;
  });
}

for (const c of cases) {
  const name = relative(ROOT, c.input);
  test(`fixture ${name}`, () => {
    const text = decodeLatin1(readFileSync(c.input));
    const actual: Record<string, string[]> = {};
    for (const v of MATRIX_VERSIONS) for (const cl of MATRIX_CLIENTS) actual[`${v}/${cl}`] = run(text, v, cl);
    if (UPDATE || !existsSync(c.expected)) {
      if (!UPDATE) assert.fail(`missing ${relative(ROOT, c.expected)}; run with UPDATE_FIXTURES=1 and review it`);
      mkdirSync(dirname(c.expected), { recursive: true });
      writeFileSync(c.expected, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as Record<string, string[]>;
    for (const [target, list] of Object.entries(expected)) {
      const [v, cl] = target.split('/') as [string, 'java' | 'console-producer'];
      assert.deepEqual(run(text, v, cl), list, `${name} at ${target}`);
    }
    // Applying all safe fixes reaches a fixed point, and a second run changes nothing.
    for (const cl of MATRIX_CLIENTS) {
      const once = fixAll(text, { kafkaVersion: '2.8', client: cl, decoded: 'latin1' });
      const twice = fixAll(once.text, { kafkaVersion: '2.8', client: cl, decoded: 'latin1' });
      assert.equal(twice.applied, 0, `${name}: fix-all is not idempotent (${cl})`);
      assert.equal(twice.text, once.text);
    }
  });
}
