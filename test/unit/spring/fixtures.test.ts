// Spring fixture files with the expected producer config Boot's factory builds, per Boot line, with
// where every value came from and what it overwrote.
// test/fixtures/spring/<name>.(yml|properties) → test/fixtures/spring/<name>.expected.json, keyed by
// "<boot line>" or "<boot line> +<profile>". Positions are 1-based line:col of the Spring entry's key.
// UPDATE_FIXTURES=1 rewrites the expectation files from the current output: review the diff by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLatin1, offsetToPosition } from '#core';
import { analyzeSpringFile, type SpringFileAnalysis } from '../../../server/src/service/spring/index';
import type { Origin } from '../../../server/src/service/spring/bind';
import type { Writer } from '../../../server/src/service/spring/effective';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'spring');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
/** the lines where Boot's producer behaviour changes, plus the newest */
export const SPRING_MATRIX = ['2.7', '3.0', '3.1', '3.4', '3.5', '4.1'];
const PROFILE_RUNS: Record<string, string[][]> = { 'profiles.yml': [[], ['prod'], ['prod', 'dev']], 'realistic-app.properties': [[], ['docker']] };

function render(a: SpringFileAnalysis): Record<string, unknown> {
  const at = (o: Origin | undefined): string => {
    if (!o) return '';
    const p = offsetToPosition(a.source.lineStarts, o.entry.keySpan.start);
    return `${o.entry.name}@${p.line + 1}:${p.character + 1}`;
  };
  const who = (w: Writer): string => `${w.step} ${w.origin ? at(w.origin) : `${w.kind}:${w.property}`}`;
  const out: Record<string, unknown> = {};
  out.config = [...a.producer.config.values()].map((e) => `${e.key} = ${e.value} (${e.javaType}${e.placeholder ? ', placeholder' : ''}) <- ${who(e.by)}${e.overrides.length ? ` | overrides ${e.overrides.map((o) => `${who(o.writer)} "${o.value}"`).join(', ')}` : ''}`);
  const extra: [string, string[]][] = [
    ['removed', a.producer.removed.map((r) => `${r.entry.key} = ${r.entry.value} <- ${who(r.by)}`)],
    ['perProducer', [...a.producer.perProducer].map(([k, v]) => `${k} = ${v.pattern} <- ${who(v.by)}`)],
    ['transactionIdPrefix', a.producer.transactionIdPrefix ? [`${a.producer.transactionIdPrefix.value} <- ${who(a.producer.transactionIdPrefix.by)}${a.producer.transactionIdPrefix.replaced ? ` (replaces ${who(a.producer.transactionIdPrefix.replaced)})` : ''}`] : []],
    ['conversionProblems', a.producer.conversionProblems.map((c) => `${c.prop.name} ${c.reason} ${at(c.origin)}`)],
    ['startupFailures', a.producer.startupFailures.map((f) => (f.code === 'ssl-mutually-exclusive' ? `${f.code} ${f.level} ${at(f.origins[0])} ${at(f.origins[1])}` : `${f.code} ${at(f.origin)}`))],
    ['unbound', a.binding.unbound.map((u) => `${u.level}:${u.relative} ${u.reason} ${at(u.origin)}`)],
    ['changedMapKeys', [...a.binding.maps.values()].flatMap((m) => [...m.values()]).filter((e) => e.changed).map((e) => `${e.written} -> ${e.key} ${at(e.origin)}`)],
    ['shadowed', [
      ...[...a.binding.typed.values()].flatMap((b) => b.shadowed.map((s) => `${b.prop.name}: ${at(s)} loses to ${at(b.origin)}`)),
      ...[...a.binding.maps.values()].flatMap((m) => [...m.values()]).flatMap((e) => e.shadowed.map((s) => `[${e.key}]: ${at(s)} loses to ${at(e.origin)}`)),
    ]],
    ['fileProblems', a.source.problems.map((p) => {
      const q = offsetToPosition(a.source.lineStarts, p.span.start);
      return `${p.code}@${q.line + 1}:${q.character + 1}`;
    })],
  ];
  for (const [k, v] of extra) if (v.length) out[k] = v;
  return out;
}

const files = readdirSync(DIR).filter((n) => /\.(ya?ml|properties)$/.test(n)).sort();

test('the Spring fixture folder has YAML and .properties files', () => {
  assert.ok(files.some((f) => f.endsWith('.yml')) && files.some((f) => f.endsWith('.properties')));
});

for (const name of files) {
  test(`spring fixture ${name}`, () => {
    const bytes = readFileSync(join(DIR, name));
    // Boot reads .properties as ISO-8859-1 and YAML as UTF-8
    const text = name.endsWith('.properties') ? decodeLatin1(bytes) : bytes.toString('utf8');
    const actual: Record<string, unknown> = {};
    for (const line of SPRING_MATRIX) {
      for (const profiles of PROFILE_RUNS[name] ?? [[]]) {
        const a = analyzeSpringFile(name, text, { bootVersion: line, profiles });
        // a `# kpc: spring-boot=` comment naming no covered release: checked against the newest, whatever the setting
        if (a.unresolved) assert.equal(a.target.line, SPRING_MATRIX[SPRING_MATRIX.length - 1]);
        else assert.equal(a.target.line, line);
        actual[profiles.length ? `${line} +${profiles.join(',')}` : line] = render(a);
      }
    }
    const expectedPath = join(DIR, name.replace(/\.(ya?ml|properties)$/, '.$1.expected.json'));
    if (UPDATE || !existsSync(expectedPath)) {
      if (!UPDATE) assert.fail(`missing ${expectedPath}; run with UPDATE_FIXTURES=1 and review it`);
      writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
