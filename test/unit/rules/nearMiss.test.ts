// Did-you-mean for pasted names: the issue's inputs end to end (message, reason, fix), value conversions,
// when a rename is safe, and the data tables it reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JAVA_CONSTANTS, KAFKA_VERSIONS, LEGACY_NAMES, allKeyNames, findKeyInAnyVersion, otherComponentKey } from '../../../schemas/catalog/index';
import { analyze, type AnalysisOptions } from '../../../server/src/service/analyze';
import { applyEdits } from '../../../server/src/service/fixAll';
import { convertLegacyValue, nearMiss } from '../../../server/src/service/nearMiss';
import type { Finding } from '../../../server/src/service/types';

const unknown = (text: string, opts: AnalysisOptions = {}): Finding[] => analyze(text, { kafkaVersion: '3.9', ...opts }).findings.filter((f) => f.code === 'unknown-key');
const one = (text: string, opts: AnalysisOptions = {}): Finding => {
  const fs = unknown(text, opts);
  assert.equal(fs.length, 1, `${text}: ${fs.map((f) => f.message).join(' | ')}`);
  return fs[0]!;
};
const fixed = (text: string, f: Finding): string => applyEdits(text, f.fixes[0]!.edits);

test("each input of the issue gets the right key first, with its reason, in the message's lead (en and ko)", () => {
  const cases: [line: string, key: string, en: RegExp, ko: RegExp][] = [
    ['linger=10', 'linger.ms', /missing unit suffix \.ms/, /단위 접미사 \.ms 누락/],
    ['KAFKA_LINGER_MS=10', 'linger.ms', /environment-variable form, KAFKA_…/, /환경 변수 형식/],
    ['ACKS_CONFIG=all', 'acks', /Java constant ProducerConfig\.ACKS_CONFIG/, /Java 상수 ProducerConfig\.ACKS_CONFIG/],
    ['kafka.linger.ms=5', 'linger.ms', /'kafka\.' prefix/, /'kafka\.' 접두사/],
    ['message.timeout.ms=30000', 'delivery.timeout.ms', /librdkafka name/, /librdkafka 이름/],
    ['ssl.ca.location=/etc/kafka/ca.pem', 'ssl.truststore.location', /librdkafka name/, /librdkafka 이름/],
    ['block.on.buffer.full=true', 'max.block.ms', /removed in Kafka 0\.11\.0/, /Kafka 0\.11\.0에서 제거됨/],
    ['deliveryTimeoutMs=120000', 'delivery.timeout.ms', /camelCase name/, /camelCase 이름/],
    ['maxInFlightRequestsPerConnection=5', 'max.in.flight.requests.per.connection', /camelCase name/, /camelCase 이름/],
    ['queue.buffering.max.ms=5', 'linger.ms', /librdkafka \/ 0\.8 Scala producer name/, /librdkafka·0\.8 Scala 프로듀서 이름/],
    ['request.required.acks=all', 'acks', /librdkafka \/ 0\.8 Scala producer name/, /0\.8 Scala/],
    ['batch-size=32768', 'batch.size', /Spring relaxed name/, /Spring relaxed/],
    ['LINGER_MS=5', 'linger.ms', /SCREAMING_SNAKE name/, /SCREAMING_SNAKE 이름/],
    ['batch.size.bytes=32768', 'batch.size', /extra unit suffix \.bytes/, /불필요한 단위 접미사 \.bytes/],
    ['SaslConfigs.SASL_JAAS_CONFIG=x', 'sasl.jaas.config', /Java constant SaslConfigs\.SASL_JAAS_CONFIG/, /Java 상수/],
    ['spring.kafka.producer.batch-size=32768', 'batch.size', /'spring\.kafka\.producer\.' prefix \(Spring Boot\)/, /Spring Boot/],
    ['CONNECT_PRODUCER_LINGER_MS=5', 'linger.ms', /CONNECT_PRODUCER_… \(Confluent Kafka Connect image\)/, /환경 변수 형식/],
  ];
  for (const [line, key, en, ko] of cases) {
    const name = line.slice(0, line.indexOf('='));
    const f = one(line + '\n');
    const lead = new RegExp(`^Unknown key '${name.slice(0, 37).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*' — did you mean '${key.replace(/\./g, '\\.')}' \\(`);
    assert.match(f.message, lead, line);
    assert.match(f.message, en, line);
    assert.equal((f.data?.suggestions as string[])[0], key, line);
    assert.equal(f.fixes[0]?.preferred, true, `${line}: the first fix is preferred`);
    const k = one(line + '\n', { locale: 'ko' });
    assert.match(k.message, /^알 수 없는 키 '/, line);
    assert.match(k.message, ko, line);
    assert.equal(nearMiss(name, '3.9').candidates[0]?.key, key, line);
  }
});

test('a rename is safe only with one clear candidate that no other line takes', () => {
  assert.equal(one('KAFKA_LINGER_MS=10\n').fixes[0]!.safe, true);
  // the file already sets the key: renaming would change which line wins
  assert.equal(unknown('KAFKA_LINGER_MS=10\nlinger.ms=5\n')[0]!.fixes[0]!.safe, false);
  // two pasted lines mean the same key: which one should win is for the user to say
  for (const f of unknown('KAFKA_LINGER_MS=10\nqueue.buffering.max.ms=5\n')) assert.equal(f.fixes[0]!.safe, false, f.message);
  // the same unknown key twice
  for (const f of unknown('lingerMs=1\nlingerMs=2\n')) assert.equal(f.fixes[0]!.safe, false);
  // a close match (different meaning) is offered, never applied blindly
  const close = one('socket.timeout.ms=5000\n');
  assert.match(close.message, /the closest Java setting/);
  assert.equal(close.fixes[0]!.safe, false);
  assert.equal(close.fixes[0]!.preferred, false);
  // ties between plain misspellings stay unapplied
  assert.equal(nearMiss('a.x', '3.9').clear, undefined);
});

test('values carry over: units and spellings converted, values with no Java equivalent left for the user', () => {
  const conv = (line: string): { text: string; safe: boolean | undefined } => {
    const f = one(line + '\n');
    return { text: fixed(line + '\n', f), safe: f.fixes[0]!.safe };
  };
  assert.deepEqual(conv('queue.buffering.max.kbytes=1024'), { text: 'buffer.memory=1048576\n', safe: true });
  assert.deepEqual(conv('compression.codec=2'), { text: 'compression.type=snappy\n', safe: true });
  assert.deepEqual(conv('compression.codec=GZIP'), { text: 'compression.type=gzip\n', safe: true });
  assert.deepEqual(conv('socket.send.buffer.bytes=0'), { text: 'send.buffer.bytes=-1\n', safe: true });
  assert.deepEqual(conv('socket.receive.buffer.bytes=65536'), { text: 'receive.buffer.bytes=65536\n', safe: true });
  assert.deepEqual(conv('message.timeout.ms=0'), { text: 'delivery.timeout.ms=2147483647\n', safe: true });
  assert.deepEqual(conv('block.on.buffer.full=TRUE'), { text: 'max.block.ms=9223372036854775807\n', safe: true });
  assert.deepEqual(conv('serializer.class=kafka.serializer.StringEncoder'), { text: 'value.serializer=org.apache.kafka.common.serialization.StringSerializer\n', safe: true });
  assert.deepEqual(conv('serializer.class=com.acme.AvroEncoder'), { text: 'value.serializer=com.acme.AvroEncoder\n', safe: false });
  assert.deepEqual(conv('request.required.acks=2'), { text: 'acks=2\n', safe: false });
  assert.match(one('request.required.acks=2\n').message, /The value '2' has no equivalent for 'acks'/);
  assert.match(one('queue.buffering.max.kbytes=1024\n').message, /KiB.*The fix writes buffer\.memory=1048576/);
  // block.on.buffer.full=false is what Java does anyway: the line can go, after a look
  const off = one('block.on.buffer.full=false\n');
  assert.match(off.fixes[0]!.title, /^Remove 'block\.on\.buffer\.full'/);
  assert.equal(off.fixes[0]!.safe, undefined);
  assert.equal(fixed('acks=all\nblock.on.buffer.full=false\n', unknown('acks=all\nblock.on.buffer.full=false\n')[0]!), 'acks=all\n');
  assert.equal(convertLegacyValue(LEGACY_NAMES.find((e) => e.name === 'queue.buffering.max.kbytes')!, 'lots'), undefined);
});

test('PEM files and strings: the rename adds the store type Java needs, and stops where librdkafka reads a directory', () => {
  const f = one('ssl.ca.location=/etc/kafka/ca.pem\n');
  assert.equal(fixed('ssl.ca.location=/etc/kafka/ca.pem\n', f), 'ssl.truststore.location=/etc/kafka/ca.pem\nssl.truststore.type=PEM\n');
  assert.equal(f.fixes[0]!.safe, true);
  assert.match(f.fixes[0]!.title, /and add ssl\.truststore\.type=PEM/);
  const typed = unknown('ssl.truststore.type=PEM\nssl.ca.location=/etc/kafka/ca.pem\n')[0]!;
  assert.equal(fixed('ssl.truststore.type=PEM\nssl.ca.location=/etc/kafka/ca.pem\n', typed), 'ssl.truststore.type=PEM\nssl.truststore.location=/etc/kafka/ca.pem\n');
  assert.equal(unknown('ssl.truststore.type=JKS\nssl.ca.location=/etc/kafka/ca.pem\n')[0]!.fixes[0]!.safe, false);
  for (const v of ['probe', '/etc/ssl/certs/', '/etc/ssl/certs']) assert.equal(one(`ssl.ca.location=${v}\n`).fixes[0]!.safe, false, v);
  const key = one('ssl.key.pem=-----BEGIN PRIVATE KEY-----MIIsecret\n');
  assert.doesNotMatch(key.message, /MIIsecret/);
  assert.ok(key.fixes.every((x) => !x.title.includes('MIIsecret')));
  assert.match(fixed('ssl.key.pem=abc\n', one('ssl.key.pem=abc\n')), /^ssl\.keystore\.key=abc\nssl\.keystore\.type=PEM\n$/);
});

test('names with no Java key say so, and what to do, instead of guessing', () => {
  const user = one('sasl.username=alice\n');
  assert.match(user.message, /^Unknown key 'sasl\.username' — check what it was for, then remove it: a librdkafka setting with no Java producer equivalent\. The Java producer takes credentials in sasl\.jaas\.config/);
  assert.deepEqual(user.fixes, []);
  const pw = one('sasl.password=hunter2\n');
  assert.doesNotMatch(pw.message, /hunter2/);
  assert.match(one('producer.type=async\n').message, /0\.8 Scala producer setting with no Java producer equivalent.*always sends asynchronously/);
  assert.match(one('queue.buffering.max.messages=100000\n').message, /bounds its buffer in bytes.*See 'buffer\.memory'/);
  assert.match(one('sasl.username=alice\n', { locale: 'ko' }).message, /^알 수 없는 키 'sasl\.username' — 무엇을 위한 설정이었는지 확인하고 지우세요: Java 프로듀서에 대응하는 설정이 없는 librdkafka 설정입니다/);
  // a Java key that only newer versions have
  const old = one('sasl.oauthbearer.client.id=app\n');
  assert.match(old.message, /^Unknown key 'sasl\.oauthbearer\.client\.id' — if you target Kafka 4\.1\+, use 'sasl\.oauthbearer\.client\.credentials\.client\.id': .*the Java producer's key 'sasl\.oauthbearer\.client\.credentials\.client\.id' exists from Kafka 4\.1/);
  assert.deepEqual(old.fixes, []);
  assert.equal(one('sasl.oauthbearer.client.id=app\n', { kafkaVersion: '4.1' }).fixes[0]!.safe, true);
});

test('the legacy table: one entry per name, every target a producer key, every name really unknown, every entry sourced', () => {
  const names = new Set<string>();
  const known = new Set(allKeyNames());
  for (const e of LEGACY_NAMES) {
    assert.ok(!names.has(e.name), `${e.name} twice`);
    names.add(e.name);
    assert.ok(!known.has(e.name), `${e.name} is a producer key: unknown-key never sees it`);
    assert.equal(otherComponentKey(e.name), undefined, `${e.name} is listed as another component's key`);
    assert.ok(e.source.length > 10, `${e.name} has no source`);
    if (e.to) {
      assert.ok(findKeyInAnyVersion(e.to), `${e.name} → ${e.to} is not a producer key`);
      assert.ok(e.match, `${e.name}: say whether ${e.to} is the same setting or only close`);
    } else assert.ok(e.note, `${e.name} has no Java key and no note saying what to do`);
    for (const k of e.seeAlso ?? []) assert.ok(findKeyInAnyVersion(k), `${e.name} sees also ${k}, not a producer key`);
    if (e.origins.includes('java')) assert.ok(e.removedIn && e.deprecatedIn);
    if (e.note) assert.match(e.note.en, /^[A-Z]/, `${e.name}: notes are sentences`);
  }
});

test('the Java constant table holds the real names, including those the mechanical rule gets wrong', () => {
  const known = new Set([...allKeyNames(), ...LEGACY_NAMES.map((e) => e.name)]);
  for (const [name, c] of Object.entries(JAVA_CONSTANTS)) {
    assert.ok(known.has(c.key), `${name} → ${c.key}`);
    assert.match(name, /^[A-Z][A-Z0-9_]*$/);
    assert.ok(c.in.length > 0);
  }
  const mechanical = (key: string): string => key.toUpperCase().replace(/\./g, '_') + '_CONFIG';
  const irregular = Object.entries(JAVA_CONSTANTS).filter(([n, c]) => n !== mechanical(c.key)).map(([n]) => n);
  for (const n of ['SASL_JAAS_CONFIG', 'MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION', 'TRANSACTION_TIMEOUT_CONFIG', 'PARTITIONER_ADPATIVE_PARTITIONING_ENABLE_CONFIG', 'SEND_BUFFER_CONFIG', 'KEY_SERIALIZER_CLASS_CONFIG', 'SASL_MECHANISM']) {
    assert.ok(irregular.includes(n), n);
  }
  assert.equal(JAVA_CONSTANTS.BUFFER_MEMORY_CONFIG?.key, 'buffer.memory');
  assert.equal(nearMiss('ProducerConfig.TRANSACTION_TIMEOUT_CONFIG', '3.9').candidates[0]?.key, 'transaction.timeout.ms');
  assert.equal(nearMiss('SASL_JAAS_CONFIG', '3.9').candidates[0]?.key, 'sasl.jaas.config', 'not sasl.jaas');
});

test('no two producer keys look alike once separators are dropped (the joined-name match stays unambiguous)', () => {
  for (const v of KAFKA_VERSIONS) {
    const seen = new Map<string, string>();
    for (const k of allKeyNames()) {
      if (!findKeyInAnyVersion(k)?.versions.includes(v)) continue;
      const s = k.replace(/\./g, '');
      assert.ok(!seen.has(s), `${k} and ${seen.get(s)} in ${v}`);
      seen.set(s, k);
    }
  }
});

test('version matters: a key the target version lacks is not suggested', () => {
  assert.deepEqual(nearMiss('partitionerIgnoreKeys', '3.2').candidates.map((c) => c.key), []);
  assert.equal(nearMiss('partitionerIgnoreKeys', '3.3').candidates[0]?.key, 'partitioner.ignore.keys');
  assert.equal(nearMiss('AUTO_INCLUDE_JMX_REPORTER_CONFIG', '4.0').candidates.length, 0);
});

test('bad input never throws', () => {
  for (const s of ['', ' ', '.', '_', '__', '___', 'KAFKA_', 'ProducerConfig.', 'a'.repeat(500), '\u0000', 'ß', 'mp.messaging.outgoing..x', 'spring.kafka.producer.properties[', '[]']) {
    for (const v of ['2.8', '4.2'] as const) nearMiss(s, v);
  }
});
