// The `# kpc:` grammar has one reader (core/directives.ts): what the analysis, hover, completion, the
// "ignore" fixes and the preview's local fallback all see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDirective, parseProperties, readDirectives, resolveTarget } from '#core';
import { analyze } from '../../../server/src/service/analyze';
import { complete } from '../../../server/src/service/completion';
import { hover } from '../../../server/src/service/hover';

test('each directive, its spellings, and where its value is', () => {
  assert.deepEqual(parseDirective(' kpc: kafka-version=3.6.1'), { kind: 'kafka-version', value: '3.6.1', valueOffset: 20 });
  for (const t of ['kpc: kafka_version: 3.6', 'kpc:kafka.version = 3.6 ', 'KPC'.toLowerCase() + ': Kafka-Version=3.6']) assert.equal((parseDirective(t) as { value?: string }).value, '3.6', t);
  assert.deepEqual(parseDirective('kpc: client=console-producer'), { kind: 'client', value: 'console-producer', valueOffset: 12 });
  assert.deepEqual(parseDirective('kpc: allow a.b  c.*'), { kind: 'allow', keys: ['a.b', 'c.*'] });
  assert.deepEqual(parseDirective('kpc-disable-next-line unknown-key, duplicate-key'), { kind: 'disable-next-line', codes: ['unknown-key', 'duplicate-key'], argsOffset: 22 });
  assert.deepEqual(parseDirective('kpc-disable'), { kind: 'disable', codes: [] });
  assert.deepEqual(parseDirective('kpc-disable '), { kind: 'disable', codes: [], argsOffset: 12 }, 'typed up to the codes');
  for (const t of ['kpc: kafka-version', 'kpc: kafka-version=3.6 extra', 'kpc: allow', 'kpc-disablex', 'kpc: nonsense']) assert.deepEqual(parseDirective(t), { kind: 'unknown' }, t);
  for (const t of ['', ' plain comment', 'kpcfoo', 'KPC: client=java']) assert.equal(parseDirective(t), undefined, t);
});

test('readDirectives: the last version comment counts, with its value span; suppressions per line and per file', () => {
  const text = '# kpc: kafka-version=2.8\n# kpc: kafka-version=3.6.1\n# kpc-disable-next-line a\n# kpc-disable-next-line b\nx=1\n# kpc-disable c\n# kpc: oops\n';
  const d = readDirectives(parseProperties(text));
  assert.equal(d.version?.value, '3.6.1');
  assert.equal(text.slice(d.version!.valueSpan.start, d.version!.valueSpan.end), '3.6.1');
  assert.deepEqual(d.nextLine.get(3), new Set(['a']));
  assert.deepEqual(d.nextLine.get(4), new Set(['b']));
  assert.deepEqual(d.file, new Set(['c']));
  assert.equal(d.bad.length, 1);
  assert.deepEqual(readDirectives(parseProperties(text), false).version, undefined, 'skipped when the text has no kpc');
});

test('resolveTarget: comment over setting over latest; what did not resolve is reported, not used', () => {
  const of = (text: string, settings: { kafkaVersion?: string; client?: string }) => resolveTarget(settings, readDirectives(parseProperties(text)));
  assert.deepEqual(of('', { kafkaVersion: '3.0.0', client: 'console-producer' }).target, { version: '3.0', patch: 0, client: 'console-producer' });
  const r = of('# kpc: kafka-version=1.0\n# kpc: client=go\n', { kafkaVersion: '3.9' });
  assert.deepEqual(r.target, { version: '3.9', client: 'java' });
  assert.equal(r.versionSource, 'setting');
  assert.ok(r.badVersionComment && r.badClientComment && !r.badSetting);
  assert.ok(of('', { kafkaVersion: '9.9' }).badSetting);
});

test('hover, completion and the analysis read the same grammar', () => {
  const text = '# kpc: kafka-version=3.\n# kpc: kafka_version: 3.2\n# kpc: bogus\nacks=all\n';
  const a = analyze(text);
  assert.equal(a.version, '3.2');
  assert.deepEqual(a.findings.filter((f) => f.code === 'unknown-directive').map((f) => f.span.start), [text.indexOf('# kpc: bogus')]);
  assert.match(hover(a, text.indexOf('3.2'))?.contents ?? '', /Kafka 3\.2/);
  assert.equal(hover(a, text.indexOf('bogus')), null, 'the unknown-directive diagnostic speaks for it');
  const versions = complete(a, text.indexOf('3.\n') + 2);
  assert.equal(versions.context, 'directive');
  assert.deepEqual(versions.items[0]!.span, { start: text.indexOf('3.\n'), end: text.indexOf('3.\n') + 2 });
  const spaced = analyze('# kpc: kafka-version=3. \n');
  assert.notEqual(complete(spaced, '# kpc: kafka-version=3. '.length).items[0]?.label, '4.2', 'no version offered after the value ended');
  const codes = analyze('# kpc-disable unknown-key, dup\n');
  const items = complete(codes, '# kpc-disable unknown-key, dup'.length).items.map((i) => i.label);
  assert.ok(items.includes('duplicate-key') && !items.includes('unknown-key'), 'codes already listed are not offered again');
});
