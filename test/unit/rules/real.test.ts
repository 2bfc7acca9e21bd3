// Real producer configs from public repositories (paraphrased; test/fixtures/real/README.md says where
// each comes from): kpc stays quiet on the correct ones and reports the mistakes they really contain.
// Expected findings per file at 3.6 and 4.2 (Java client) are in test/fixtures/real/expected.json
// (UPDATE_FIXTURES=1 rewrites it: review the diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_VERSIONS } from '../../../schemas/catalog/index';
import { analyze } from '../../../server/src/service/analyze';
import { decodeLatin1, offsetToPosition } from '#core';

const DIR = join(__dirname, '..', '..', 'fixtures', 'real');
const EXPECTED = join(DIR, 'expected.json');
const FILES = readdirSync(DIR).filter((n) => n.endsWith('.properties')).sort();
const text = (n: string): string => decodeLatin1(readFileSync(join(DIR, n)));
const run = (n: string, v: string) => analyze(text(n), { kafkaVersion: v, decoded: 'latin1' });
const rows = (n: string, v: string): string[] => {
  const a = run(n, v);
  return a.findings.map((f) => {
    const p = offsetToPosition(a.parsed.lineStarts, f.span.start);
    return `${p.line + 1}:${p.character + 1} ${f.code} ${f.severity}`;
  });
};

/** Files whose every line does what the author meant: no error or warning but the silent idempotence changes they cause. */
const CORRECT = ['03', '05', '06', '09', '11', '12', '14', '15', '17', '21', '22', '23', '24', '25', '26', '30', '32', '33'];
const SILENT_CHANGE = /^idempotence-/;

test('the corpus has at least 30 files, each described in the README', () => {
  assert.ok(FILES.length >= 30, `${FILES.length} files`);
  const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
  for (const f of FILES) assert.ok(readme.includes(`| ${f.replace(/\.properties$/, '')} |`), `${f} is not in the README`);
});

test('expected findings per file (3.6, 4.2)', () => {
  const actual: Record<string, Record<string, string[]>> = {};
  for (const f of FILES) actual[f] = { '3.6': rows(f, '3.6'), '4.2': rows(f, '4.2') };
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(EXPECTED)) {
    if (process.env.UPDATE_FIXTURES !== '1') assert.fail('missing test/fixtures/real/expected.json; run with UPDATE_FIXTURES=1 and review it');
    writeFileSync(EXPECTED, JSON.stringify(actual, null, 2) + '\n');
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(EXPECTED, 'utf8')));
});

test('quiet on correct files at every covered version: no error, no warning (but silent idempotence changes)', () => {
  for (const f of FILES.filter((n) => CORRECT.includes(n.slice(0, 2)))) {
    for (const v of KAFKA_VERSIONS) {
      const loud = run(f, v).findings.filter((x) => (x.severity === 'error' || x.severity === 'warning') && !SILENT_CHANGE.test(x.code));
      assert.deepEqual(loud.map((x) => `${x.code}: ${x.message}`), [], `${f} at ${v}`);
    }
  }
});

test('plugin keys are never unknown-key, and Schema Registry keys next to a Schema Registry serializer are quiet', () => {
  for (const f of FILES) {
    const a = run(f, '4.2');
    for (const x of a.findings.filter((y) => y.code === 'unknown-key')) {
      const key = a.parsed.entries.find((e) => e.keySpan.start === x.span.start)?.key ?? '';
      assert.doesNotMatch(key, /^(schema\.registry\.url|basic\.auth\.|bearer\.auth\.|auto\.register\.schemas|value\.subject\.name\.strategy|metrics\.context\.)/, `${f}: ${key}`);
    }
  }
});

test('loud on the mistakes real files make', () => {
  const has = (f: string, code: string, n = 1): void => {
    const got = run(FILES.find((x) => x.startsWith(f))!, '4.2').findings.filter((x) => x.code === code).length;
    assert.ok(got >= n, `${f}: ${code} ×${got}, expected at least ${n}`);
  };
  // 1. template placeholders left in
  for (const [f, n] of [['07', 6], ['08', 2], ['10', 6], ['16', 1], ['19', 1], ['31', 4]] as const) has(f, 'unresolved-placeholder', n);
  // 2. buffer.memory below max.request.size
  has('29', 'buffer-smaller-than-request');
  // 3. a Confluent Cloud secret in plain text (single-quoted JAAS password)
  has('11', 'plaintext-secret');
  has('19', 'plaintext-secret');
  // and what was already caught stays caught
  has('29', 'idempotence-max-in-flight');
  has('02', 'invalid-value');
  has('28', 'consumer-key', 10);
});
