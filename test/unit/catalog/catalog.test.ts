// Catalog model, docs, contract API, JSON Schema freshness and `kpc describe`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { keyFactsSchema, keyDocSchema } from '../../../schemas/catalog/model';
import { FACTS } from '../../../schemas/catalog/facts';
import { DOCS_EN } from '../../../schemas/catalog/docs/en';
import { DOCS_KO } from '../../../schemas/catalog/docs/ko';
import {
  KAFKA_VERSIONS,
  LATEST_VERSION,
  defaultHistory,
  findKeyInAnyVersion,
  getKey,
  listKeys,
  otherComponentKey,
  parseValue,
  resolveKafkaVersion,
} from '../../../schemas/catalog/index';
import { renderAll } from '../../../schemas/generate';
import { runDescribe, humanValue, closestKeys } from '../../../server/src/cli/describe';
import { buildOnce } from '../../lsp/client';
import { versionProblem } from '../../../core/versionProblem';

test('every fact entry passes the zod model', () => {
  for (const f of FACTS) {
    const r = keyFactsSchema.safeParse(f);
    assert.ok(r.success, `${f.key}: ${r.success ? '' : r.error.message}`);
  }
  assert.equal(new Set(FACTS.map((f) => f.key)).size, FACTS.length, 'no duplicate keys');
});

test('every key has English and Korean docs that pass the model', () => {
  for (const f of FACTS) {
    for (const [lang, docs] of [['en', DOCS_EN], ['ko', DOCS_KO]] as const) {
      const d = docs[f.key];
      assert.ok(d, `${f.key}: missing ${lang} docs`);
      const r = keyDocSchema.safeParse(d);
      assert.ok(r.success, `${f.key} ${lang}: ${r.success ? '' : r.error.message}`);
    }
    assert.match(DOCS_KO[f.key]!.summary + DOCS_KO[f.key]!.body, /[\uac00-\ud7a3]/, `${f.key}: Korean docs must be Korean`);
    assert.notEqual(DOCS_KO[f.key]!.body, DOCS_EN[f.key]!.body);
  }
  for (const k of [...Object.keys(DOCS_EN), ...Object.keys(DOCS_KO)]) assert.ok(FACTS.some((f) => f.key === k), `docs for unknown key ${k}`);
});

test('docs explain the trade-offs the issue asks for', () => {
  assert.match(DOCS_EN['batch.size']!.body, /linger\.ms/);
  assert.match(DOCS_EN['batch.size']!.body, /buffer\.memory/);
  assert.match(DOCS_EN['linger.ms']!.body, /batch\.size/);
  assert.match(DOCS_EN['acks']!.values!, /`all` and `-1` mean the same/);
  assert.match(DOCS_EN['enable.idempotence']!.body, /acks=all/);
  assert.match(DOCS_EN['compression.type']!.body, /zstd/);
  assert.match(getKey('linger.ms', LATEST_VERSION)!.docs.en.history!, /`0` from 2\.8; `5` from 4\.0/);
  assert.match(getKey('acks', LATEST_VERSION)!.docs.ko.history!, /2\.8부터 `1`, 3\.0부터 `all`/);
});

test('secrets: password keys are secret, have no default, and docs never embed a value', () => {
  for (const v of KAFKA_VERSIONS) {
    for (const k of listKeys(v)) {
      if (k.type === 'password') {
        assert.equal(k.secret, true, k.key);
        assert.equal(k.default, null, k.key);
      } else assert.equal(k.secret, false, k.key);
    }
  }
  assert.equal(getKey('sasl.jaas.config', LATEST_VERSION)!.secret, true);
  assert.equal(getKey('ssl.truststore.password', LATEST_VERSION)!.secret, true);
});

test('every default passes its own key\'s parser and validator (ConfigKey checks defaults too)', () => {
  for (const v of KAFKA_VERSIONS) {
    for (const k of listKeys(v)) {
      if (k.default === null) continue;
      const r = parseValue(k.key, k.default, v);
      assert.ok(r.ok, `${k.key}=${k.default} @ ${v}: ${JSON.stringify(r)}`);
    }
  }
});

test('resolveKafkaVersion', () => {
  assert.deepEqual(resolveKafkaVersion(undefined), { ok: true, version: LATEST_VERSION, exact: LATEST_VERSION });
  assert.deepEqual(resolveKafkaVersion('latest'), { ok: true, version: LATEST_VERSION, exact: LATEST_VERSION });
  assert.deepEqual(resolveKafkaVersion(' 3.6 '), { ok: true, version: '3.6', exact: '3.6' });
  assert.deepEqual(resolveKafkaVersion('3.6.1'), { ok: true, version: '3.6', patch: 1, exact: '3.6.1' });
  assert.deepEqual(resolveKafkaVersion('3.0.0'), { ok: true, version: '3.0', patch: 0, exact: '3.0.0' });
  // patch releases resolve to their line (4.3.0-4.3.2, 4.2.2 and 4.4.0 are on the Maven registry)
  assert.deepEqual(resolveKafkaVersion('4.4.0'), { ok: true, version: '4.4', patch: 0, exact: '4.4.0' });
  assert.deepEqual(resolveKafkaVersion('4.3.2'), { ok: true, version: '4.3', patch: 2, exact: '4.3.2' });
  assert.deepEqual(resolveKafkaVersion('4.2.2'), { ok: true, version: '4.2', patch: 2, exact: '4.2.2' });
  assert.deepEqual(resolveKafkaVersion('4.3'), { ok: true, version: '4.3', exact: '4.3' });
  assert.equal(LATEST_VERSION, '4.4');
  for (const bad of ['4.5', '2.7', '5.0', 'abc', '3', '3.6.1.2', '3.x']) {
    const r = resolveKafkaVersion(bad);
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.match(versionProblem('en', r), /2\.8, 3\.0.*4\.3, 4\.4 \(or latest = 4\.4\)/, bad);
  }
  const r = resolveKafkaVersion('4.5');
  assert.ok(!r.ok && r.problem === 'newer' && /newer than/.test(versionProblem('en', r)) && r.nearest?.version === '4.4');
  assert.ok(!r.ok && /^Kafka 4\.5은\(는\) 이 카탈로그에 사실이 없는 새 버전입니다\(Kafka 4\.4까지 압니다\)\. 지원: 2\.8, .* \(또는 latest = 4\.4\)$/.test(versionProblem('ko', r)));
});

test('getKey / findKeyInAnyVersion / defaultHistory', () => {
  assert.equal(getKey('linger.ms', '3.9')!.default, '0');
  assert.equal(getKey('linger.ms', '4.0')!.default, '5');
  assert.equal(getKey('enable.idempotence', '2.8')!.default, 'false');
  assert.equal(getKey('enable.idempotence', '3.0')!.default, 'true');
  assert.equal(getKey('partitioner.class', '3.2')!.default, 'org.apache.kafka.clients.producer.internals.DefaultPartitioner');
  assert.equal(getKey('partitioner.class', '3.3')!.default, null);
  assert.equal(getKey('metric.reporters', '4.0')!.default, 'org.apache.kafka.common.metrics.JmxReporter');
  assert.equal(getKey('auto.include.jmx.reporter', '4.0'), undefined);
  assert.equal(getKey('partitioner.ignore.keys', '3.2'), undefined);
  assert.equal(getKey('no.such.key', LATEST_VERSION), undefined);
  const jmx = findKeyInAnyVersion('auto.include.jmx.reporter')!;
  assert.deepEqual(jmx.versions, ['3.4', '3.5', '3.6', '3.7', '3.8', '3.9']);
  assert.equal(jmx.info.deprecated?.since, '3.4');
  assert.equal(jmx.info.removed?.since, '4.0');
  assert.deepEqual(findKeyInAnyVersion('internal.auto.downgrade.txn.commit')!.versions, ['2.8']);
  assert.equal(findKeyInAnyVersion('group.id'), undefined);
  assert.deepEqual(defaultHistory('linger.ms'), [{ from: '2.8', default: '0' }, { from: '4.0', default: '5' }]);
  assert.deepEqual(defaultHistory('metadata.recovery.strategy'), [{ from: '3.8', default: 'none' }, { from: '4.0', default: 'rebootstrap' }]);
  assert.deepEqual(defaultHistory('batch.size'), [{ from: '2.8', default: '16384' }]);
  assert.deepEqual(defaultHistory('nope'), []);
  assert.equal(getKey('acks', LATEST_VERSION)!.sinceBeforeCoverage, true);
  assert.equal(getKey('partitioner.ignore.keys', LATEST_VERSION)!.sinceBeforeCoverage, false);
  assert.equal(getKey('key.serializer', '2.8')!.required, true);
  assert.equal(getKey('bootstrap.servers', '4.1')!.required, false);
  assert.equal(getKey('bootstrap.servers', '4.2')!.required, true);
});

test('otherComponentKey calls out keys that belong elsewhere', () => {
  assert.equal(otherComponentKey('group.id')?.component, 'consumer');
  assert.equal(otherComponentKey('auto.offset.reset')?.component, 'consumer');
  assert.equal(otherComponentKey('key.deserializer')?.component, 'consumer');
  assert.equal(otherComponentKey('min.insync.replicas')?.component, 'topic');
  assert.equal(otherComponentKey('log.dirs')?.component, 'broker');
  assert.equal(otherComponentKey('application.id')?.component, 'streams');
  assert.equal(otherComponentKey('key.converter')?.component, 'connect');
  assert.equal(otherComponentKey('acks'), undefined);
  assert.equal(otherComponentKey('compression.type'), undefined, 'producer keys are never "elsewhere"');
  assert.equal(otherComponentKey('enavle.idempotence'), undefined);
  // client.rack: a consumer key that the producer reads from 4.4 on
  assert.equal(otherComponentKey('client.rack'), undefined);
  assert.equal(otherComponentKey('client.rack', '4.4'), undefined);
  assert.deepEqual(otherComponentKey('client.rack', '4.3') && { c: otherComponentKey('client.rack', '4.3')!.component, from: otherComponentKey('client.rack', '4.3')!.producerFrom }, { c: 'consumer', from: '4.4' });
  assert.equal(otherComponentKey('group.id', '4.4')?.component, 'consumer');
});

test('other-component keys never shadow a producer key, and every note is written in English and Korean', async () => {
  const { OTHER_COMPONENT_KEYS } = await import('../../../schemas/catalog/other-components');
  const producerSince = new Map(FACTS.map((f) => [f.key, f.since]));
  for (const [k, e] of Object.entries(OTHER_COMPONENT_KEYS)) {
    // only a key the producer took over in a later version may be both (client.rack from 4.4)
    assert.ok(!producerSince.has(k) || producerSince.get(k) !== KAFKA_VERSIONS[0], `${k} is a producer key in every version`);
    assert.ok(e.note.en.length > 10, `${k}: note`);
    assert.match(e.note.ko, /[가-힣]/, `${k}: Korean note`);
  }
  assert.ok(Object.keys(OTHER_COMPONENT_KEYS).length >= 80);
});

test('JSON Schemas: regenerating produces no diff', () => {
  const files = renderAll();
  // one per version, latest, the catalog entry and .kpc.json
  assert.equal(files.size, KAFKA_VERSIONS.length + 3);
  for (const [name, text] of files) {
    const path = `schemas/generated/${name}`;
    assert.ok(existsSync(path), `${path} missing; run npm run schemas:generate`);
    assert.equal(readFileSync(path, 'utf8'), text, `${path} is stale; run npm run schemas:generate`);
  }
  const s44 = JSON.parse(files.get('producer-4.4.schema.json')!);
  assert.equal(s44.properties['partitioner.rack.aware'].default, false);
  assert.equal(s44.properties['client.rack'].default, '');
  assert.equal(s44.properties['bootstrap.resolve.timeout.ms'].minimum, 0);
  assert.equal(s44.properties['buffer.memory.allocation.strategy']['x-kafka-internal'], true);
  assert.equal(s44.properties['sasl.oauthbearer.expected.audience']['x-kafka-importance'], 'high');
  assert.deepEqual(JSON.parse(files.get('producer-latest.schema.json')!).properties, s44.properties);
  const s43 = JSON.parse(files.get('producer-4.3.schema.json')!);
  assert.equal(s43.properties['partitioner.rack.aware'], undefined);
  assert.equal(s43.properties['sasl.oauthbearer.expected.audience']['x-kafka-importance'], 'low');
  const s = JSON.parse(files.get('producer-4.2.schema.json')!);
  assert.equal(s.additionalProperties, true);
  assert.deepEqual(s.properties.acks.enum, ['all', '-1', '0', '1']);
  assert.equal(s.properties.acks.default, 'all');
  assert.equal(s.properties['batch.size'].minimum, 0);
  assert.equal(s.properties['batch.size'].default, 16384);
  assert.equal(s.properties['linger.ms'].default, 5);
  assert.equal(s.properties['enable.idempotence'].default, true);
  assert.deepEqual(s.required, ['bootstrap.servers', 'key.serializer', 'value.serializer']);
  const s28 = JSON.parse(files.get('producer-2.8.schema.json')!);
  assert.equal(s28.properties['linger.ms'].default, 0);
  assert.equal(s28.properties.acks.default, '1');
  assert.equal(s28.properties['partitioner.ignore.keys'], undefined);
});

function capture(argv: string[]) {
  let out = '';
  let err = '';
  const code = runDescribe(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('kpc describe: text, json, versions, unknown keys', () => {
  const t = capture(['batch.size']);
  assert.equal(t.code, 0);
  assert.match(t.out, /default\s+16384 \(16 KiB\)/);
  assert.match(t.out, /facts\s+Kafka 4\.4: Kafka 4\.4 reference docs/);
  assert.match(t.out, /source\s+docs \(/);
  assert.match(t.out, /\n\s+Kafka 4\.4 producer configuration reference .*<https:\/\/kafka\.apache\.org\/44\/generated\/producer_config\.html>\n/);
  assert.match(capture(['batch.size', '--kafka-version', '3.6']).out, /source\s+source \(.*\n\s+apache\/kafka at tag 3\.6\.0/);
  // 4.4's new key: default false; 4.3 knows no such key
  const rack = JSON.parse(capture(['partitioner.rack.aware', '--kafka-version', '4.4', '--format', 'json']).out);
  assert.equal(rack.default, 'false');
  assert.equal(rack.version, '4.4');
  assert.equal(rack.source.confidence, 'docs');
  assert.ok(rack.source.refs.some((r: { id: string }) => r.id === 'kip-1123'));
  const rack43 = capture(['partitioner.rack.aware', '--kafka-version', '4.3']);
  assert.match(rack43.err, /Kafka 4\.3 does not accept partitioner\.rack\.aware; it exists in 4\.4/);
  const internal = capture(['buffer.memory.allocation.strategy']);
  assert.match(internal.out, /internal\s+yes/);
  assert.match(internal.out, /source\s+third-party/);
  assert.match(internal.out, /source note\s+the key and its two values are ProducerConfig constants/);
  assert.match(t.out, /linger\.ms/);
  const old = capture(['linger.ms', '--kafka-version', '3.9']);
  assert.match(old.out, /default\s+0 \(0 ms \(no wait\)\)/);
  assert.match(old.out, /history\s+2\.8 \(or earlier\): 0 → 4\.0: 5/);
  const j = capture(['acks', '--kafka-version=2.8', '--format', 'json']);
  assert.equal(j.code, 0);
  const info = JSON.parse(j.out);
  assert.equal(info.key, 'acks');
  assert.equal(info.default, '1');
  assert.equal(info.importance, 'high');
  assert.deepEqual(info.validValues, ['all', '-1', '0', '1']);
  const ko = capture(['acks', '--locale', 'ko']);
  assert.match(ko.out, /복제본/);
  const typo = capture(['retriess']);
  assert.equal(typo.code, 2);
  assert.match(typo.err, /did you mean 'retries'/);
  const elsewhere = capture(['group.id']);
  assert.equal(elsewhere.code, 2);
  assert.match(elsewhere.err, /consumer/);
  const badVer = capture(['acks', '--kafka-version', '9.9']);
  assert.equal(badVer.code, 2);
  assert.match(badVer.err, /supported: 2\.8/);
  assert.equal(capture([]).code, 2);
  assert.equal(capture(['acks', '--format', 'yaml']).code, 2);
  assert.equal(capture(['acks', '--kafka-version']).code, 2);
  const removed = capture(['auto.include.jmx.reporter']);
  assert.equal(removed.code, 0);
  assert.match(removed.err, /does not accept/);
  assert.match(removed.out, /removed\s+in 4\.0/);
});

test('describe helpers', () => {
  assert.equal(humanValue({ unit: 'bytes' }, '33554432'), '33554432 (32 MiB)');
  assert.equal(humanValue({ unit: 'ms' }, '120000'), '120000 (2 min)');
  assert.equal(humanValue({ unit: 'count' }, '2147483647'), '2147483647 (Integer.MAX_VALUE (no limit))', 'as hover says it');
  assert.equal(humanValue({ unit: 'ms' }, '120000', 'ko'), '120000 (2분)', 'in the --locale language');
  assert.equal(humanValue({ unit: 'ms' }, '5'), '5 ms');
  assert.equal(humanValue({}, ''), '"" (empty)');
  // did-you-mean is the service's near-miss engine (nearMiss.ts), the same the unknown-key rule offers
  assert.deepEqual(closestKeys('lingr.ms'), ['linger.ms']);
  assert.deepEqual(closestKeys('completely.different.thing'), []);
  assert.match(capture(['lingr.ms']).err, /did you mean 'linger\.ms'/);
  assert.doesNotMatch(capture(['completely.different.thing']).err, /did you mean/);
});

test('built CLI: node dist/cli.js describe batch.size', () => {
  buildOnce();
  const out = execFileSync(process.execPath, ['dist/cli.js', 'describe', 'batch.size'], { encoding: 'utf8' });
  assert.match(out, /^batch\.size\n/);
  assert.match(out, /16384 \(16 KiB\)/);
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'describe', 'batch.sise'], { encoding: 'utf8', stdio: 'pipe' });
    assert.fail('expected exit 2');
  } catch (e) {
    const err = e as { status: number; stderr: string };
    assert.equal(err.status, 2);
    assert.match(err.stderr, /did you mean 'batch\.size'/);
  }
});
