// The Spring Boot facts data (schemas/spring): zod model, internal consistency, and the values the
// Spring model and the project-awareness issue rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { behaviourSchema, managedReleaseSchema, mergeStepSchema, typedPropertySchema } from '../../../schemas/spring/model';
import {
  BEHAVIOURS, BOOT_LINES, LATEST_BOOT_LINE, MANAGED_RELEASES, PRODUCER_MERGE_STEPS, TYPED_PROPERTIES, behaves, compareBootReleases, defaultBootTarget, inBootRange,
  managedKafka, managedRelease, mergeSteps, newestReleaseOfLine, resolveBootVersion, typedProperties, typedProperty,
} from '../../../schemas/spring/index';
import { BOOT_TAGS } from '../../../schemas/spring/sources';
import { KAFKA_VERSIONS, getKey, type KafkaVersion } from '../../../schemas/catalog/index';

test('every Spring fact passes its zod model', () => {
  for (const p of TYPED_PROPERTIES) assert.ok(typedPropertySchema.safeParse(p).success, p.name + ': ' + JSON.stringify(typedPropertySchema.safeParse(p).error?.issues));
  for (const s of PRODUCER_MERGE_STEPS) assert.ok(mergeStepSchema.safeParse(s).success, s.id);
  for (const r of MANAGED_RELEASES) assert.ok(managedReleaseSchema.safeParse(r).success, r.boot);
  for (const b of BEHAVIOURS) assert.ok(behaviourSchema.safeParse(b).success, b.id);
  assert.equal(new Set(TYPED_PROPERTIES.map((p) => p.name)).size, TYPED_PROPERTIES.length, 'no duplicate property');
  assert.equal(new Set(PRODUCER_MERGE_STEPS.map((s) => s.id)).size, PRODUCER_MERGE_STEPS.length);
  assert.equal(new Set(PRODUCER_MERGE_STEPS.map((s) => s.order)).size, PRODUCER_MERGE_STEPS.length);
  assert.equal(new Set(BEHAVIOURS.map((b) => b.id)).size, BEHAVIOURS.length);
  for (const s of PRODUCER_MERGE_STEPS) assert.match(s.label.ko, /[\uac00-\ud7a3]|^spring\.kafka\./, `${s.id}: Korean label`);
});

test('managed versions: one row per release, in order, commits agree with the cited tags', () => {
  const boots = MANAGED_RELEASES.map((r) => r.boot);
  assert.equal(new Set(boots).size, boots.length);
  for (let i = 1; i < boots.length; i++) assert.ok(compareBootReleases(boots[i - 1]!, boots[i]!)! < 0, `${boots[i - 1]} before ${boots[i]}`);
  for (const [tag, commit] of Object.entries(BOOT_TAGS)) assert.equal(managedRelease(tag.slice(1))?.commit, commit, tag);
  // every GA release of every covered line, without holes in the patch numbers
  for (const line of BOOT_LINES) {
    const patches = MANAGED_RELEASES.filter((r) => r.boot.startsWith(line + '.') && !r.prerelease).map((r) => Number(r.boot.split('.')[2]));
    assert.deepEqual(patches, patches.map((_, i) => i), `${line}: 0..n`);
  }
});

test('managed versions: the values read from spring-boot-dependencies', () => {
  const kafka = (b: string): string | null | undefined => managedRelease(b)?.kafka;
  assert.equal(kafka('2.0.0'), null, 'Boot 2.0.0/2.0.1 did not manage kafka-clients');
  assert.equal(kafka('2.0.2'), '1.0.1');
  assert.equal(kafka('2.6.0'), '3.0.0');
  assert.equal(kafka('2.7.0'), '3.1.1');
  assert.equal(kafka('2.7.4'), '3.1.2');
  assert.equal(kafka('3.0.1'), '3.3.1');
  assert.equal(kafka('3.0.2'), '3.3.2');
  assert.equal(kafka('3.1.0'), '3.4.0');
  assert.equal(kafka('3.1.1'), '3.4.1');
  assert.equal(kafka('3.2.0'), '3.6.0');
  assert.equal(kafka('3.2.5'), '3.6.2');
  assert.equal(kafka('3.3.7'), '3.7.2');
  assert.equal(kafka('3.4.13'), '3.8.1');
  assert.equal(kafka('3.5.11'), '3.9.1');
  assert.equal(kafka('3.5.12'), '3.9.2');
  assert.equal(kafka('4.0.3'), '4.1.1');
  assert.equal(kafka('4.0.4'), '4.1.2');
  assert.equal(kafka('4.1.1'), '4.2.1');
  assert.equal(kafka('2.7.18.RELEASE'), '3.1.2');
  assert.equal(managedRelease('3.1.0')?.springKafka, '3.0.7', 'Boot 3.1 ships spring-kafka 3.0.x');
  assert.equal(managedRelease('3.5.0')?.springKafka, '3.3.6', 'Boot 3.5 ships spring-kafka 3.3.x');
  assert.equal(managedRelease('4.2.0-M1')?.prerelease, true);
  assert.equal(managedRelease('9.9.9'), undefined);
});

test('every covered Boot line manages a Kafka minor the catalog covers', () => {
  const expected: Record<string, string> = { '2.7': '3.1', '3.0': '3.3', '3.1': '3.4', '3.2': '3.6', '3.3': '3.7', '3.4': '3.8', '3.5': '3.9', '4.0': '4.1', '4.1': '4.2' };
  assert.deepEqual(Object.keys(expected), [...BOOT_LINES]);
  for (const line of BOOT_LINES) {
    const k = managedKafka({ line, release: newestReleaseOfLine(line)!.boot });
    assert.equal(k?.minor, expected[line], line);
    assert.ok(KAFKA_VERSIONS.includes(k!.minor as KafkaVersion), `${line}: Kafka ${k!.minor} in the catalog`);
  }
  assert.equal(LATEST_BOOT_LINE, '4.1');
  assert.deepEqual(defaultBootTarget(), { line: '4.1', release: '4.1.1', exact: false });
  // an exact release not in the table falls back to its line
  assert.equal(managedKafka({ line: '3.3', release: '3.3.99' })?.kafka, '3.7.2');
});

test('resolveBootVersion reads what users write', () => {
  const ok = (s: string) => {
    const r = resolveBootVersion(s);
    assert.ok(r.ok, s);
    return r.target;
  };
  assert.deepEqual(ok('3.3'), { line: '3.3', release: '3.3.13', exact: false });
  assert.deepEqual(ok('3.3.7'), { line: '3.3', release: '3.3.7', exact: true });
  assert.deepEqual(ok('v3.3.7'), { line: '3.3', release: '3.3.7', exact: true });
  assert.deepEqual(ok('2.7.18.RELEASE'), { line: '2.7', release: '2.7.18', exact: true });
  assert.deepEqual(ok('3.3.x'), { line: '3.3', release: '3.3.13', exact: false });
  assert.deepEqual(ok(' 3.4.0-rc1 '), { line: '3.4', release: '3.4.0-RC1', exact: true });
  assert.deepEqual(resolveBootVersion('4.2'), { ok: false, input: '4.2', reason: 'not-covered', nearest: '4.1' });
  assert.deepEqual(resolveBootVersion('2.6.3'), { ok: false, input: '2.6.3', reason: 'not-covered', nearest: '2.7' });
  assert.deepEqual(resolveBootVersion('three'), { ok: false, input: 'three', reason: 'syntax' });
});

test('version ranges: a since entry holds within its line and in later lines', () => {
  const r = { since: ['3.3.10', '3.4.4'] };
  assert.equal(inBootRange('3.3.9', r), false);
  assert.equal(inBootRange('3.3.10', r), true);
  assert.equal(inBootRange('3.4.3', r), false);
  assert.equal(inBootRange('3.4.4', r), true);
  assert.equal(inBootRange('3.5.0', r), true);
  assert.equal(inBootRange('3.2.12', r), false);
  assert.equal(inBootRange('4.1.1', r), true);
  assert.equal(inBootRange('3.1.0', { since: ['3.1.0'] }), true);
  assert.equal(inBootRange('3.1.0-RC1', { since: ['3.1.0'] }), false);
  assert.equal(inBootRange('3.0.13', { since: ['3.1.0'] }), false);
  assert.equal(inBootRange('3.0.0', { since: ['2.7.0'], until: ['3.0.0'] }), false);
  assert.equal(behaves('properties-bang-separator', { release: '2.7.4' }), false);
  assert.equal(behaves('properties-bang-separator', { release: '2.7.5' }), true);
  assert.equal(behaves('data-size-whitespace', { release: '2.7.1' }), false);
  assert.equal(behaves('data-size-whitespace', { release: '2.7.2' }), true);
  assert.throws(() => behaves('no-such-behaviour', { release: '3.0.0' }));
});

test('typed properties: the producer fields Boot has in every release, and what they write', () => {
  const producer = TYPED_PROPERTIES.filter((p) => p.level === 'producer' && p.section === 'client').map((p) => p.name.slice('spring.kafka.producer.'.length));
  assert.deepEqual(producer.sort(), ['acks', 'batch-size', 'bootstrap-servers', 'buffer-memory', 'client-id', 'compression-type', 'key-serializer', 'retries', 'transaction-id-prefix', 'value-serializer']);
  assert.equal(typedProperty('spring.kafka.producer.linger-ms'), undefined, 'Boot never had a typed linger');
  assert.deepEqual(typedProperty('spring.kafka.producer.batch-size')?.conversion, { kind: 'dataSize', defaultUnit: 'B', result: 'Integer' });
  assert.deepEqual(typedProperty('spring.kafka.producer.buffer-memory')?.conversion, { kind: 'dataSize', defaultUnit: 'B', result: 'Long' });
  assert.equal(typedProperty('spring.kafka.producer.transaction-id-prefix')?.kafkaKey, null);
  assert.equal(typedProperty('spring.kafka.bootstrap-servers')?.default, 'localhost:9092');
  assert.equal(typedProperty('spring.kafka.producer.ssl.bundle', { release: '3.1.12' }), undefined);
  assert.ok(typedProperty('spring.kafka.producer.ssl.bundle', { release: '3.2.0' }));
  assert.ok(typedProperty('spring.kafka.template.allow-non-transactional', { release: '4.1.0' }));
  assert.equal(typedProperty('spring.kafka.template.allow-non-transactional', { release: '4.0.8' }), undefined);
  assert.equal(typedProperties({ release: '2.7.0' }).length < typedProperties({ release: '4.1.1' }).length, true);
  // SSL fields at three levels
  for (const level of ['spring.kafka.', 'spring.kafka.producer.', 'spring.kafka.admin.']) assert.equal(TYPED_PROPERTIES.filter((p) => p.name.startsWith(level + 'ssl.')).length, 12, level);
});

test('every Kafka key Boot writes exists in the Kafka catalog for the Kafka version Boot manages', () => {
  for (const line of BOOT_LINES) {
    const release = newestReleaseOfLine(line)!.boot;
    const kafka = managedKafka({ line, release })!.minor as KafkaVersion;
    for (const p of typedProperties({ release })) {
      if (p.kafkaKey === null || p.level === 'admin') continue;
      assert.ok(getKey(p.kafkaKey, kafka), `${line}: ${p.name} → ${p.kafkaKey} in Kafka ${kafka}`);
    }
    for (const s of mergeSteps({ release })) for (const k of s.writes) if (k !== '*' && k !== 'ssl.*') assert.ok(getKey(k, kafka), `${line}: step ${s.id} writes ${k}`);
  }
});

test('merge steps per Boot line: 3.1 adds the bootstrap overwrite, 3.5 the security/SSL re-application', () => {
  const ids = (release: string) => mergeSteps({ release }).map((s) => s.id);
  assert.ok(!ids('3.0.13').includes('connection-details.bootstrap-servers'));
  assert.ok(ids('3.1.0').includes('connection-details.bootstrap-servers'));
  assert.ok(!ids('3.4.13').includes('connection-details.security-protocol'));
  assert.deepEqual(ids('3.5.0').filter((i) => i.startsWith('connection-details')), ['connection-details.bootstrap-servers', 'connection-details.security-protocol', 'connection-details.ssl-bundle']);
  assert.deepEqual(ids('2.7.0').slice(0, 9), ['common.bootstrap-servers', 'common.client-id', 'common.ssl', 'common.security', 'common.properties', 'producer.typed', 'producer.ssl', 'producer.security', 'producer.properties']);
});

test('every fact cites a source, and inferred facts say so', () => {
  for (const x of [...TYPED_PROPERTIES, ...PRODUCER_MERGE_STEPS, ...BEHAVIOURS]) {
    assert.ok(x.provenance.sources.length > 0);
    for (const s of x.provenance.sources) if (s.commit) assert.match(s.commit, /^[0-9a-f]{7,40}$/);
  }
  assert.ok(BEHAVIOURS.some((b) => b.provenance.confidence === 'inferred'));
});

test('every behaviour the Spring service relies on exists, and every behaviour is used or documented', () => {
  const dir = join(import.meta.dirname, '../../../server/src/service/spring');
  const code = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const used = new Set([...code.matchAll(/behaves\('([a-z0-9-]+)'/g)].map((m) => m[1]!));
  const named = new Set([...code.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!));
  const ids = new Set(BEHAVIOURS.map((b) => b.id));
  for (const u of used) assert.ok(ids.has(u), `behaves('${u}') has a fact`);
  for (const id of ids) assert.ok(used.has(id) || named.has(id), `behaviour ${id} is cited by the Spring service`);
});
