// Boot's conversions and the version-specific parts of the producer config (convert.ts, effective.ts,
// files.ts, directives, the analyzeSpringFile entry point).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertBoolean, convertClassName, convertDataSize, convertDuration, convertInteger } from '../../../server/src/service/spring/convert';
import { analyzeSpringFile } from '../../../server/src/service/spring/index';
import { orderPropertySources, springFileInfo } from '../../../server/src/service/spring/files';
import { parseProfileExpression } from '../../../server/src/service/spring/activation';
import { readSpringYaml } from '../../../server/src/service/spring/yaml';
import { readSpringProperties } from '../../../server/src/service/spring/propertiesFile';
import { bindKafka } from '../../../server/src/service/spring/bind';
import { resolveBootVersion } from '../../../schemas/spring/index';

const ds = (s: string, release = '4.1.1', result: 'Integer' | 'Long' = 'Integer') => {
  const r = convertDataSize(s, { release }, result);
  return r.ok ? (r.value === null ? null : r.value.value) : `!${r.reason}`;
};

test('DataSize like Spring: binary units, case-sensitive suffix, no decimals, whitespace from 2.7.2', () => {
  assert.equal(ds('16384'), '16384');
  assert.equal(ds('16KB'), '16384');
  assert.equal(ds('1MB'), '1048576');
  assert.equal(ds('+2B'), '2');
  assert.equal(ds('-1'), '-1');
  assert.equal(ds('16kb'), '!unit');
  assert.equal(ds('16Kb'), '!unit');
  assert.equal(ds('16K'), '!unit');
  assert.equal(ds('1.5MB'), '!decimal');
  assert.equal(ds('MB'), '!format');
  assert.equal(ds('16 KB'), '16384');
  assert.equal(ds(' 16KB\t'), '16384');
  assert.equal(ds('16 KB', '2.7.1'), '!whitespace');
  assert.equal(ds('16KB', '2.7.1'), '16384');
  assert.equal(ds(''), null, 'empty: the field keeps its default');
  assert.equal(ds('2GB'), '-2147483648', 'batch-size goes through Number.intValue');
  assert.equal(ds('2GB', '4.1.1', 'Long'), '2147483648');
  assert.equal(ds('9999999TB', '4.1.1', 'Long'), '!overflow', 'Math.multiplyExact');
});

test('Integer, Boolean, Duration and Class conversions', () => {
  const int = (s: string) => { const r = convertInteger(s); return r.ok ? r.value : `!${r.reason}`; };
  assert.equal(int('3'), 3);
  assert.equal(int(' 3 '), 3);
  assert.equal(int('0x10'), 16);
  assert.equal(int('#10'), 16);
  assert.equal(int('-0x10'), -16);
  assert.equal(int('010'), 10, 'decimal, not octal');
  assert.equal(int('+5'), 5);
  assert.equal(int('2147483648'), '!overflow');
  assert.equal(int('1.0'), '!decimal');
  assert.equal(int('three'), '!format');
  assert.equal(int(''), null);
  const bool = (s: string) => { const r = convertBoolean(s); return r.ok ? r.value : `!${r.reason}`; };
  assert.deepEqual(['true', 'ON', ' yes ', '1', 'false', 'off', 'No', '0', 'maybe'].map(bool), [true, true, true, true, false, false, false, false, '!format']);
  const dur = (s: string, u?: 'ms' | 's') => { const r = convertDuration(s, u); return r.ok ? r.value : `!${r.reason}`; };
  assert.equal(dur('500'), 500);
  assert.equal(dur('5'), 5);
  assert.equal(dur('5', 's'), 5000);
  assert.equal(dur('5s'), 5000);
  assert.equal(dur('5S'), 5000, 'suffixes ignore case');
  assert.equal(dur('2m'), 120000);
  assert.equal(dur('PT5S'), 5000);
  assert.equal(dur('pt1.5s'), 1500);
  assert.equal(dur('P1D'), 86_400_000);
  assert.equal(dur('5 s'), '!format');
  assert.equal(dur('5sec'), '!format');
  assert.equal(dur('5x'), '!unit');
  assert.equal(dur('PT'), '!format');
  const cls = (s: string) => { const r = convertClassName(s); return r.ok ? r.value : `!${r.reason}`; };
  assert.equal(cls(' org.apache.kafka.common.serialization.StringSerializer '), 'org.apache.kafka.common.serialization.StringSerializer');
  assert.equal(cls('com.example.Outer$Inner'), 'com.example.Outer$Inner');
  assert.equal(cls('not a class'), '!format');
  assert.equal(cls('a..b'), '!format');
  assert.equal(cls(''), null);
});

const producer = (text: string, path: string, bootVersion: string, profiles: string[] = []) => {
  const a = analyzeSpringFile(path, text, { bootVersion, profiles });
  return Object.fromEntries([...a.producer.config].map(([k, v]) => [k, v.value]));
};

test('SSL bundle by release: class name, then Class, then re-applied after the maps', () => {
  const text = 'spring.kafka.ssl.bundle=client\nspring.kafka.ssl.key-store-type=PKCS12\n';
  const at = (v: string) => analyzeSpringFile('application.properties', text, { bootVersion: v }).producer.config.get('ssl.engine.factory.class');
  assert.equal(at('3.1.12'), undefined, 'no ssl.bundle before 3.2');
  assert.equal(producer(text, 'application.properties', '3.1.12')['ssl.keystore.type'], 'PKCS12');
  assert.equal(at('3.3.9')?.javaType, 'String');
  assert.equal(at('3.3.10')?.javaType, 'Class');
  assert.equal(at('3.4.3')?.javaType, 'String');
  assert.equal(at('3.4.4')?.javaType, 'Class');
  assert.equal(at('3.4.4')?.by.step, 'common.ssl');
  assert.equal(at('3.5.0')?.by.step, 'connection-details.ssl-bundle');
  assert.equal(producer(text, 'application.properties', '3.5.0')['ssl.keystore.type'], undefined, 'a bundle drops the other ssl fields of its level');
  assert.equal(at('4.0.0')?.value, 'org.springframework.boot.kafka.autoconfigure.SslBundleSslEngineFactory');
  // an empty bundle name: looked up (and not found) until 3.3.7 / 3.4.1, unset after
  const empty = 'spring.kafka.ssl.bundle=\n';
  assert.deepEqual(analyzeSpringFile('application.properties', empty, { bootVersion: '3.3.6' }).producer.startupFailures.map((f) => f.code), ['ssl-bundle-empty']);
  assert.deepEqual(analyzeSpringFile('application.properties', empty, { bootVersion: '3.3.7' }).producer.startupFailures, []);
  assert.deepEqual(analyzeSpringFile('application.properties', empty, { bootVersion: '3.4.0' }).producer.startupFailures.map((f) => f.code), ['ssl-bundle-empty']);
  assert.deepEqual(analyzeSpringFile('application.properties', 'spring.kafka.ssl.bundle=b\nspring.kafka.ssl.trust-store-location=file:/t.p12\n', { bootVersion: '3.2.0' }).producer.startupFailures.map((f) => f.code), ['ssl-mutually-exclusive']);
});

test('the factory: transaction-id-prefix makes idempotence explicit unless the key is set', () => {
  const tx = 'spring.kafka.producer.acks=1\nspring.kafka.producer.transaction-id-prefix=tx-\n';
  const a = analyzeSpringFile('application.properties', tx, { bootVersion: '3.5' });
  assert.equal(a.producer.config.get('enable.idempotence')?.value, 'true');
  assert.equal(a.producer.config.get('enable.idempotence')?.javaType, 'Boolean');
  assert.equal(a.producer.config.get('acks')?.value, '1');
  // an empty prefix still makes the factory transactional (a String binds "")
  const empty = analyzeSpringFile('application.properties', 'spring.kafka.producer.transaction-id-prefix=\n');
  assert.equal(empty.producer.transactionIdPrefix?.value, '');
  assert.equal(empty.producer.perProducer.get('transactional.id')?.example, '0');
  // a typed prefix replaces one taken from transactional.id
  const both = analyzeSpringFile('application.properties', 'spring.kafka.producer.properties.transactional.id=a-\nspring.kafka.producer.transaction-id-prefix=b-\n');
  assert.equal(both.producer.transactionIdPrefix?.value, 'b-');
  assert.equal(both.producer.transactionIdPrefix?.replaced?.step, 'factory.transactional-id');
  assert.equal(both.producer.config.has('transactional.id'), false);
  // a blank transactional.id is left alone
  assert.equal(analyzeSpringFile('application.properties', 'spring.kafka.producer.properties.transactional.id= \n').producer.config.get('transactional.id')?.value, '');
});

test('client id per producer: the prefix, or the application name from Boot 3.3', () => {
  const named = 'spring.application.name=svc\n';
  assert.equal(analyzeSpringFile('application.properties', named, { bootVersion: '3.2' }).producer.perProducer.get('client.id'), undefined);
  assert.equal(analyzeSpringFile('application.properties', named, { bootVersion: '3.3' }).producer.perProducer.get('client.id')?.example, 'svc-producer-1');
  assert.equal(analyzeSpringFile('application.properties', named + 'spring.kafka.producer.client-id=p\n').producer.perProducer.get('client.id')?.example, 'p-1');
});

test('directives pick the Boot release and the profiles; a version not covered falls back to the nearest line', () => {
  const y = '# kpc: spring-boot-version=3.0\n# kpc: spring-profiles=prod\nspring.kafka.producer.properties.bootstrap.servers: x:1\n---\nspring.config.activate.on-profile: prod\nspring.kafka.producer.acks: all\n';
  const a = analyzeSpringFile('application.yml', y, { bootVersion: '3.5' });
  assert.equal(a.target.line, '3.0');
  assert.equal(a.targetSource, 'comment');
  assert.equal(a.producer.config.get('bootstrap.servers')?.value, 'x:1', 'up to 3.0 the map wins');
  assert.equal(a.producer.config.get('acks')?.value, 'all', 'the prod document is active');
  const b = analyzeSpringFile('application.yml', '# kpc: spring-boot-version=4.2\nx: 1\n');
  assert.deepEqual([b.target.line, b.targetSource, b.unresolved], ['4.1', 'comment', { input: '4.2', nearest: '4.1' }]);
  const c = analyzeSpringFile('application.yml', 'x: 1\n', { bootVersion: '3.3.7' });
  assert.deepEqual([c.target.release, c.targetSource], ['3.3.7', 'setting']);
  assert.deepEqual(analyzeSpringFile('application.yml', 'x: 1\n').targetSource, 'default');
});

test("'!---' documents and legacy spring.profiles follow the release", () => {
  const p = 'spring.kafka.producer.acks=1\n!---\nspring.kafka.producer.acks=all\nspring.config.activate.on-profile=prod\n';
  assert.equal(producer(p, 'application.properties', '2.7.4').acks, undefined, "2.7.0-2.7.4: '!---' is a comment: one document, and all of it is prod-only");
  assert.equal(producer(p, 'application.properties', '2.7.4', ['prod']).acks, 'all');
  assert.equal(producer(p, 'application.properties', '2.7.5').acks, '1', 'from 2.7.5 only the second document is prod-only');
  assert.equal(producer(p, 'application.properties', '2.7.5', ['prod']).acks, 'all');
  const legacy = 'spring.kafka.producer.acks: 1\n---\nspring.profiles: prod\nspring.kafka.producer.acks: all\n';
  assert.equal(producer(legacy, 'application.yml', '2.7', ['prod']).acks, 'all', '2.7 honours spring.profiles');
  assert.equal(producer(legacy, 'application.yml', '2.7', []).acks, '1');
  assert.equal(producer(legacy, 'application.yml', '3.0', []).acks, 'all', '3.0+: not an activation property (and start-up fails)');
});

test('a profile file checked on its own has its profile active', () => {
  const text = 'spring.kafka.properties.bootstrap.servers=${bootstrap.servers}\n';
  const a = analyzeSpringFile('src/test/resources/application-test.properties', text, { bootVersion: '3.5' });
  assert.equal(a.producer.config.get('bootstrap.servers')?.value, 'localhost:9092');
  assert.equal(a.producer.config.get('bootstrap.servers')?.overrides[0]?.value, '${bootstrap.servers}', 'the map entry is overwritten from 3.1 (spring-boot#35694)');
  assert.equal(analyzeSpringFile('application-test.properties', text, { bootVersion: '3.5', profiles: ['prod'] }).producer.config.get('bootstrap.servers')?.overrides.length, 0, 'unless other profiles are asked for');
});

test('profile expressions like Spring ProfilesParser', () => {
  const m = (e: string, active: string[]) => parseProfileExpression(e)?.((p) => active.includes(p));
  assert.equal(m('prod', ['prod']), true);
  assert.equal(m('!prod', ['prod']), false);
  assert.equal(m('prod & eu', ['prod']), false);
  assert.equal(m('prod & eu', ['prod', 'eu']), true);
  assert.equal(m('prod | eu', ['eu']), true);
  assert.equal(m('(prod & eu) | dev', ['dev']), true);
  assert.equal(m('!(prod | eu)', ['dev']), true);
  assert.equal(m('!!prod', ['prod']), true);
  assert.equal(parseProfileExpression('a & b | c'), undefined, 'mixing needs parentheses');
  assert.equal(parseProfileExpression(' '), undefined);
  assert.equal(parseProfileExpression('()'), undefined);
});

test('several files: profile files over plain ones, last profile first, .properties over .yml', () => {
  const t = resolveBootVersion('3.5').ok ? (resolveBootVersion('3.5') as { ok: true; target: never }).target : undefined!;
  const files = [
    { path: 'src/main/resources/application.yml', source: readSpringYaml('spring.kafka.producer.acks: yml\nspring.kafka.producer.compression-type: gzip\n') },
    { path: 'src/main/resources/application.properties', source: readSpringProperties('spring.kafka.producer.acks=props\n') },
    { path: 'src/main/resources/application-prod.yml', source: readSpringYaml('spring.kafka.producer.acks: prod\nspring.kafka.producer.properties.linger.ms: 5\n') },
    { path: 'src/main/resources/application-eu.yml', source: readSpringYaml('spring.kafka.producer.properties.linger.ms: 9\n') },
    { path: 'src/main/resources/application-default.yml', source: readSpringYaml('spring.kafka.producer.acks: default-profile\n') },
  ];
  const ids = (profiles: string[]) => orderPropertySources(files, t, { profiles }).map((s) => s.id);
  assert.deepEqual(ids([]), ['application-default.yml', 'application.properties', 'application.yml']);
  assert.deepEqual(ids(['prod', 'eu']), ['application-eu.yml', 'application-prod.yml', 'application.properties', 'application.yml']);
  const b = bindKafka(orderPropertySources(files, t, { profiles: ['prod', 'eu'] }), t);
  assert.equal(b.typed.get('spring.kafka.producer.acks')?.raw, 'prod');
  assert.equal(b.typed.get('spring.kafka.producer.compression-type')?.raw, 'gzip');
  assert.equal(b.maps.get('spring.kafka.producer.properties')?.get('linger.ms')?.value, '9', 'eu was activated last');
  assert.deepEqual(springFileInfo('a/b/application-prod-eu.yaml'), { format: 'yaml', name: 'application', extension: 'yaml', profile: 'prod-eu' });
  assert.equal(springFileInfo('producer.properties'), undefined);
  assert.equal(springFileInfo('application.json'), undefined);
});

test('unbound names: misspelt typed names, names Boot has not got yet, values below a scalar', () => {
  const y = 'spring:\n  kafka:\n    producer:\n      acks: [all]\n      lingerMs: 5\n      ssl:\n        bundel: x\n    consumer:\n      group-idd: ignored-here\n    admin:\n      fail-fast: true\n';
  const a = analyzeSpringFile('application.yml', y, { bootVersion: '3.0' });
  assert.deepEqual(a.binding.unbound.map((u) => `${u.level}:${u.relative}:${u.reason}`), ['producer:acks[0]:below-scalar', 'producer:lingerMs:unknown', 'ssl:bundel:unknown']);
  assert.equal(a.producer.config.get('acks')?.value, undefined, 'a YAML sequence does not bind to a String property');
});

test('the effective config feeds the existing Kafka rules: the seed typos and the transactional acks=1', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { analyze } = await import('../../../server/src/service/analyze');
  const codes = (config: Map<string, { value: string }>, kafkaVersion: string) => {
    const text = [...config].map(([k, v]) => `${k}=${v.value}`).join('\n');
    return analyze(text, { kafkaVersion }).findings.map((f) => `${f.code}:${text.slice(f.span.start, f.span.end)}`).sort();
  };
  const dir = join(import.meta.dirname, '..', '..', 'fixtures');
  const seed = analyze(readFileSync(join(dir, 'seed.properties'), 'latin1'), { kafkaVersion: '4.2' }).findings.filter((f) => f.code === 'unknown-key').length;
  for (const f of ['seed-typos.yml', 'seed-typos.properties']) {
    const a = analyzeSpringFile(f, readFileSync(join(dir, 'spring', f), 'utf8'));
    const found = codes(a.producer.config, '4.2').filter((c) => c.startsWith('unknown-key'));
    assert.deepEqual(found, ['unknown-key:enavle.idempotence', 'unknown-key:max.in.flight.request.per.connection', 'unknown-key:retriess'], f);
    assert.equal(found.length, seed, 'the same three as the study note');
  }
  const tx = analyzeSpringFile('application.yml', 'spring.kafka.producer:\n  acks: 1\n  transaction-id-prefix: tx-\n', { bootVersion: '3.3' });
  const text = [...tx.producer.config].map(([k, v]) => `${k}=${v.value}`).join('\n');
  const acks = analyze(text, { kafkaVersion: '3.7' }).findings.find((f) => f.code === 'idempotence-acks');
  assert.equal(acks?.severity, 'error', 'acks=1 beside a transaction-id-prefix is an error, not a silent downgrade');
  const plain = analyze('acks=1\n', { kafkaVersion: '3.7' }).findings.find((f) => f.code === 'idempotence-acks');
  assert.notEqual(plain?.severity, 'error', 'without the prefix Kafka only turns idempotence off');
});
