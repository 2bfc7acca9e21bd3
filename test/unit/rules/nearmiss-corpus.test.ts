// The labelled did-you-mean corpus (test/fixtures/nearmiss/corpus.tsv): top-1 accuracy per kind of name, with a
// bar each kind must clear, and the negatives (custom and plugin keys) that must never be offered a rename.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveKafkaVersion, type KafkaVersion } from '../../../schemas/catalog/index';
import { analyze } from '../../../server/src/service/analyze';
import { decodeLatin1 } from '#core';
import { dialectOf } from '../../../server/src/service/dialect';
import { analyzeSpring } from '../../../server/src/service/spring/analysis';
import { nearMiss } from '../../../server/src/service/nearMiss';

const CORPUS = join(__dirname, '..', '..', 'fixtures', 'nearmiss', 'corpus.tsv');

interface Case { kind: string; input: string; expected: string; reason: string; version: KafkaVersion; line: number }

const cases: Case[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .map((l, i) => ({ l, i }))
  .filter(({ l }) => l.trim() && !l.startsWith('#'))
  .map(({ l, i }) => {
    const [kind, input, expected, reason = '', version = ''] = l.split('\t');
    const v = resolveKafkaVersion(version || '3.9');
    assert.ok(kind && input && expected && v.ok, `corpus line ${i + 1} is malformed: ${JSON.stringify(l)}`);
    return { kind, input, expected, reason, version: v.version, line: i + 1 };
  });

/** Top-1 correct: the right first suggestion with the right reason, or (for !none) a foreign name with no rename. */
function correct(c: Case): boolean {
  const r = nearMiss(c.input, c.version);
  if (c.expected === '!none') return r.candidates.length === 0 && !!r.foreign;
  if (c.expected === '-') return r.candidates.length === 0 && !r.foreign;
  const top = r.candidates[0];
  if (top?.key !== c.expected) return false;
  if (c.reason === '-') return top.reasons.length === 0;
  if (c.reason) return top.reasons.some((x) => x.kind === c.reason || (c.reason === 'case' && x.kind === 'case'));
  return true;
}

// The bar: every kind of pasted name at least 95 % right first, 97 % overall; negatives without exception.
const BAR_PER_KIND = 0.95;
const BAR_OVERALL = 0.97;

test('the corpus is big enough: at least 150 labelled near misses over every kind and 30 negatives', () => {
  const positives = cases.filter((c) => c.kind !== 'negative');
  assert.ok(positives.length >= 150, `${positives.length} near misses`);
  assert.ok(cases.filter((c) => c.kind === 'negative').length >= 30);
  for (const k of ['typo', 'camel', 'kebab', 'snake', 'screaming', 'constant', 'env', 'prefix', 'unit', 'librdkafka', 'scala', 'removed']) {
    assert.ok(positives.some((c) => c.kind === k), `no case of kind ${k}`);
  }
});

test('top-1 accuracy per kind clears the bar', (t) => {
  const byKind = new Map<string, { n: number; ok: number; misses: string[] }>();
  for (const c of cases.filter((x) => x.kind !== 'negative')) {
    const s = byKind.get(c.kind) ?? { n: 0, ok: 0, misses: [] };
    s.n++;
    if (correct(c)) s.ok++;
    else s.misses.push(`${c.input} → ${nearMiss(c.input, c.version).candidates.map((x) => x.key).join(', ') || '(none)'} (want ${c.expected}, line ${c.line})`);
    byKind.set(c.kind, s);
  }
  let n = 0;
  let ok = 0;
  for (const [kind, s] of byKind) {
    n += s.n;
    ok += s.ok;
    t.diagnostic(`${kind.padEnd(11)} ${s.ok}/${s.n} = ${((100 * s.ok) / s.n).toFixed(1)} %${s.misses.length ? '  missed: ' + s.misses.join('; ') : ''}`);
  }
  t.diagnostic(`overall     ${ok}/${n} = ${((100 * ok) / n).toFixed(1)} %`);
  for (const [kind, s] of byKind) assert.ok(s.ok / s.n >= BAR_PER_KIND, `${kind}: ${s.ok}/${s.n} below ${BAR_PER_KIND}; missed ${s.misses.join('; ')}`);
  assert.ok(ok / n >= BAR_OVERALL, `overall ${ok}/${n} below ${BAR_OVERALL}`);
});

test('negatives: no custom or plugin key is offered a rename, in the engine or in the diagnostic', () => {
  for (const c of cases.filter((x) => x.kind === 'negative')) {
    const r = nearMiss(c.input, c.version);
    assert.deepEqual(r.candidates.map((x) => x.key), [], `${c.input} (line ${c.line})`);
    assert.equal(r.foreign, undefined, c.input);
    const findings = analyze(`${c.input}=x\n`, { kafkaVersion: c.version }).findings.filter((f) => f.code === 'unknown-key');
    for (const f of findings) assert.deepEqual(f.fixes, [], `${c.input} gets a fix: ${f.fixes.map((x) => x.title).join(', ')}`);
  }
});

// The study note's three typos are the only keys in examples/ meant to be renamed.
const EXAMPLE_TYPOS = new Set(['enavle.idempotence', 'max.in.flight.request.per.connection', 'retriess']);

test('examples/: no key other than the deliberate typos is offered a rename, at any version', () => {
  const root = join(__dirname, '..', '..', '..', 'examples');
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  let renamed = 0;
  for (const file of walk(root)) {
    const text = decodeLatin1(readFileSync(file));
    for (const v of ['2.8', '3.9', '4.2']) {
      // Spring Boot files through their own dialect (YAML is UTF-8)
      const spring = dialectOf({ uri: file }) === 'spring';
      const a = spring ? analyzeSpring(readFileSync(file, 'utf8'), { kafkaVersion: v, path: file }) : analyze(text, { kafkaVersion: v, decoded: 'latin1' });
      const source = spring ? readFileSync(file, 'utf8') : text;
      for (const f of a.findings.filter((x) => x.code === 'unknown-key' && x.fixes.length)) {
        const key = source.slice(f.span.start, f.span.end).trim();
        assert.ok(EXAMPLE_TYPOS.has(key), `${file} at ${v}: '${key}' would be renamed (${f.fixes.map((x) => x.title).join(', ')})`);
        renamed++;
      }
    }
  }
  assert.ok(renamed >= 3, 'the typos of examples/producer.config are still found');
});
