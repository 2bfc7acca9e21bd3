// application.yml as Boot reads it: flattened names, bound strings, exact spans, documents,
// activation, duplicates, aliases and merges, comments (server/src/service/spring/yaml.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSpringYaml } from '../../../server/src/service/spring/yaml';
import type { SpringEntry, SpringSource } from '../../../server/src/service/spring/source';

const src = (s: SpringSource, e: SpringEntry) => ({ name: e.name, value: e.value, key: s.text.slice(e.keySpan.start, e.keySpan.end), raw: s.text.slice(e.valueSpan.start, e.valueSpan.end) });
const flat = (text: string) => {
  const s = readSpringYaml(text);
  return s.documents.map((d) => d.entries.map((e) => src(s, e)));
};

test('nested, dotted and bracketed keys flatten to the names Boot binds', () => {
  const text = [
    'spring:',
    '  kafka:',
    '    producer:',
    '      batch-size: 16KB',
    '      properties:',
    '        linger.ms: 5',
    '        enable:',
    '          idempotence: "true"',
    '        "[security.protocol]": SSL',
    '        \'[max.in.flight.requests.per.connection]\': 1',
    'spring.kafka.producer.acks: all',
    '',
  ].join('\n');
  assert.deepEqual(flat(text), [[
    { name: 'spring.kafka.producer.batch-size', value: '16KB', key: 'batch-size', raw: '16KB' },
    { name: 'spring.kafka.producer.properties.linger.ms', value: '5', key: 'linger.ms', raw: '5' },
    { name: 'spring.kafka.producer.properties.enable.idempotence', value: 'true', key: 'idempotence', raw: '"true"' },
    { name: 'spring.kafka.producer.properties[security.protocol]', value: 'SSL', key: '"[security.protocol]"', raw: 'SSL' },
    { name: 'spring.kafka.producer.properties[max.in.flight.requests.per.connection]', value: '1', key: "'[max.in.flight.requests.per.connection]'", raw: '1' },
    { name: 'spring.kafka.producer.acks', value: 'all', key: 'spring.kafka.producer.acks', raw: 'all' },
  ]]);
  const s = readSpringYaml(text);
  const e = s.documents[0]!.entries[2]!;
  assert.deepEqual(e.path.map((p) => text.slice(p.start, p.end)), ['spring', 'kafka', 'producer', 'properties', 'enable']);
  assert.equal(e.quoted, true);
  assert.equal(text.slice(e.span.start, e.span.end), 'idempotence: "true"');
});

test('scalars become the strings Boot binds; sequences become indexes; empty values', () => {
  const text = 'a:\n  on: 1\n  b: on\n  c: 0x10\n  d: ~\n  e:\n  f: []\n  g: {}\n  h: [x, y]\n  i:\n    - 1\n    - k: v\n  j: |\n    line\n  l: 1.50\n';
  const s = readSpringYaml(text);
  assert.deepEqual(s.documents[0]!.entries.map((e) => [e.name, e.value, e.valueType]), [
    ['a[true]', '1', 'integer'],
    ['a.b', 'true', 'boolean'],
    ['a.c', '16', 'integer'],
    ['a.d', '', 'null'],
    ['a.e', '', 'null'],
    ['a.f', '', 'empty-sequence'],
    ['a.h[0]', 'x', 'string'],
    ['a.h[1]', 'y', 'string'],
    ['a.i[0]', '1', 'integer'],
    ['a.i[1].k', 'v', 'string'],
    ['a.j', 'line\n', 'string'],
    ['a.l', '1.5', 'float'],
  ]);
  const empty = s.documents[0]!.entries[4]!;
  assert.deepEqual(empty.valueSpan, { start: empty.keySpan.end, end: empty.keySpan.end }, 'an empty value sits at the end of its key');
  assert.deepEqual(readSpringYaml(text, { keepEmptyMaps: true }).documents[0]!.entries.find((e) => e.name === 'a.g')?.valueType, 'empty-map', 'Boot 4.1 keeps an empty map');
});

test('documents: empty ones skipped, activation read, comments collected', () => {
  const text = [
    '# kpc: spring-boot-version=3.3',
    'spring.kafka.producer.acks: all',
    '---',
    '# only a comment',
    '---',
    'spring:',
    '  config:',
    '    activate:',
    '      on-profile: "prod & !eu"',
    '  kafka.producer.acks: 1 # override',
    '---',
    'spring.config.activate.on-profile: [dev, test]',
    'spring.config.activate.on-cloud-platform: kubernetes',
    '',
  ].join('\n');
  const s = readSpringYaml(text);
  assert.equal(s.documents.length, 3);
  assert.deepEqual(s.documents.map((d) => d.index), [0, 1, 2]);
  assert.deepEqual(s.documents[1]!.activation.onProfile?.expressions, ['prod & !eu']);
  assert.deepEqual(s.documents[2]!.activation.onProfile?.expressions, ['dev', 'test']);
  assert.equal(s.documents[2]!.activation.onCloudPlatform?.value, 'kubernetes');
  assert.deepEqual(s.comments.map((c) => [c.line, c.text]), [[0, ' kpc: spring-boot-version=3.3'], [3, ' only a comment'], [9, ' override']]);
  assert.deepEqual(s.problems, []);
});

test("problems Boot would refuse: duplicate keys, syntax errors, unknown tags, legacy spring.profiles", () => {
  const dup = readSpringYaml('spring:\n  kafka:\n    producer:\n      acks: 1\n      acks: all\n');
  assert.equal(dup.problems.length, 1);
  assert.equal(dup.problems[0]!.code, 'yaml-duplicate-key');
  assert.equal(dup.text.slice(dup.problems[0]!.span.start, dup.problems[0]!.span.end), 'acks');
  assert.equal(dup.problems[0]!.span.start, dup.text.lastIndexOf('acks'));
  // the flattened map keeps both (the last value wins) - Boot never gets that far
  assert.deepEqual(dup.documents[0]!.entries.map((e) => e.value), ['1', 'all']);
  // `1` and `0x1` are the same Integer key to SnakeYAML
  assert.equal(readSpringYaml('m:\n  1: a\n  0x1: b\n').problems[0]?.code, 'yaml-duplicate-key');
  assert.equal(readSpringYaml('m:\n  "1": a\n  1: b\n').problems.length, 0, 'a String and an Integer key differ');
  assert.equal(readSpringYaml('a: [1, 2\nb: 3\n').problems[0]?.code, 'yaml-syntax');
  assert.equal(readSpringYaml('a: !custom x\n').problems[0]?.code, 'yaml-unknown-tag');
  const legacy = readSpringYaml('spring.profiles: prod\nx: 1\n');
  assert.deepEqual(legacy.problems.map((p) => p.code), ['legacy-profiles']);
  assert.deepEqual(legacy.documents[0]!.activation.legacyProfiles?.expressions, ['prod']);
  assert.deepEqual(readSpringYaml('spring.config.activate.on-profile: "a & b | c"\n').problems.map((p) => p.code), ['profile-expression']);
});

test('aliases and merge keys resolve like SnakeYAML, keeping both locations', () => {
  const text = 'base: &b\n  linger.ms: 5\n  acks: all\nspring.kafka.producer.properties:\n  <<: *b\n  acks: 1\n  retries: &r 3\n  delivery.timeout.ms: *r\n';
  const s = readSpringYaml(text);
  const props = s.documents[0]!.entries.filter((e) => e.name.startsWith('spring.kafka.producer.properties'));
  assert.deepEqual(props.map((e) => [e.name.slice('spring.kafka.producer.properties.'.length), e.value]), [['linger.ms', '5'], ['acks', 'all'], ['acks', '1'], ['retries', '3'], ['delivery.timeout.ms', '3']]);
  const merged = props[0]!;
  assert.equal(text.slice(merged.mergedBy!.start, merged.mergedBy!.end), '<<');
  assert.equal(text.slice(merged.keySpan.start, merged.keySpan.end), 'linger.ms', 'the key where it is written (under the anchor)');
  const aliased = props[4]!;
  assert.equal(text.slice(aliased.valueSpan.start, aliased.valueSpan.end), '*r');
  assert.equal(text.slice(aliased.aliasOf!.start, aliased.aliasOf!.end), '3');
});

test('never throws on hostile input', () => {
  for (const t of ['', '---', '- a\n- b', ': x', '? [a]\n: b', '&a [*a]', 'a: &x\n  b: *x\n', '\t\u0000', '"unterminated', 'a:\n  - b:\n    - c: [{', '{'.repeat(500)]) {
    const s = readSpringYaml(t);
    assert.ok(Array.isArray(s.documents), JSON.stringify(t));
  }
  assert.deepEqual(readSpringYaml('- a\n- b\n').documents[0]!.entries.map((e) => e.name), ['document[0]', 'document[1]'], 'a non-mapping document is put under "document"');
});
