// Bad input never crashes or hangs the Spring readers, binder or merge (fixed seed, like the other
// property runs), and every span they report lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeSpringFile } from '../../../server/src/service/spring/index';

const SEED = 20261125;
const RUNS = Number(process.env.KPC_PROPERTY_RUNS ?? 200);

const pieces = ['spring', 'kafka', 'producer', 'properties', 'ssl', 'bundle', 'acks', 'batch-size', 'linger.ms', '[a.b]', '"[x.y]"', '<<', '&a', '*a', '!!int', '#---', '!---', '---', '...',
  ':', ': ', '- ', '[', ']', '{', '}', ',', '=', '\\', '\\u00', '${X:1}', '16KB', 'on', '0x10', '\t', ' ', '  ', '\n', '\r\n', '#', 'é', '\u0000', '\ufeff', 'spring.config.activate.on-profile: ', 'spring.profiles=', '!(a|b)&c'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

function spansInside(a: ReturnType<typeof analyzeSpringFile>, len: number): void {
  for (const d of a.source.documents) {
    for (const e of d.entries) {
      for (const s of [e.keySpan, e.valueSpan, e.span, ...e.path]) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= len, JSON.stringify(s));
    }
  }
  for (const p of a.source.problems) assert.ok(p.span.start >= 0 && p.span.end <= len);
  for (const c of a.source.comments) assert.ok(c.span.start >= 0 && c.span.end <= len);
}

test('random YAML and .properties text: no throw, spans inside the text, every Boot line', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('application.yml', 'application-prod.properties', 'application.properties'), fc.constantFrom('2.7.0', '2.7.5', '3.0', '3.3.6', '3.5', '4.1'), (t, path, boot) => {
      const a = analyzeSpringFile(path, t, { bootVersion: boot });
      spansInside(a, t.length);
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
});

test('pathological shapes: deep nesting, self-referencing aliases, huge flat maps', () => {
  const deep = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n';
  assert.ok(analyzeSpringFile('application.yml', deep));
  assert.deepEqual(analyzeSpringFile('application.yml', 'a: &a\n  b: *a\n  c: [*a, *a]\n').source.problems.map((p) => p.code), ['yaml-recursive-alias', 'yaml-recursive-alias', 'yaml-recursive-alias']);
  assert.deepEqual(analyzeSpringFile('application.yml', 'a: &a\n  x: 1\n  <<: *a\n').source.problems.map((p) => p.code), ['yaml-recursive-alias']);
  // "billion laughs": ten levels of ten aliases would be 10^10 entries; reading stops at the limit
  const laughs = ['a: &a [x,x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill('*' + String.fromCharCode(97 + i)).join(',')}]`)].join('\n');
  assert.deepEqual(analyzeSpringFile('application.yml', laughs).source.problems.map((p) => p.code), ['yaml-expansion-limit']);
  assert.ok(analyzeSpringFile('application.yml', '{'.repeat(2000) + '}'.repeat(2000)));
  const flat = Array.from({ length: 2000 }, (_, i) => `spring.kafka.producer.properties.key${i}: ${i}`).join('\n');
  const a = analyzeSpringFile('application.yml', flat);
  assert.equal(a.binding.maps.get('spring.kafka.producer.properties')?.size, 2000);
  const props = Array.from({ length: 2000 }, (_, i) => `spring.kafka.producer.properties.key${i}=${i}`).join('\n');
  assert.equal(analyzeSpringFile('application.properties', props).producer.config.size, 2000 + 3);
});
