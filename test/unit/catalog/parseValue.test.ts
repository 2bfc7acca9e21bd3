// parseValue must accept and refuse exactly what ConfigDef.parseType + the key's validator do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getKey, parseValue, LATEST_VERSION, type KafkaVersion } from '../../../schemas/catalog/index';
import { javaTrim, parseJavaDouble, parseJavaInteger, parseJavaList, javaEqualsIgnoreCase } from '../../../schemas/catalog/parseValue';

function ok(key: string, raw: string, value: unknown, v: KafkaVersion = LATEST_VERSION) {
  const r = parseValue(key, raw, v);
  assert.ok(r.ok, `${key}=${JSON.stringify(raw)} @ ${v} should be accepted, got ${JSON.stringify(r)}`);
  if (r.ok) assert.deepEqual(r.value, value, `${key}=${JSON.stringify(raw)} value`);
}
function bad(key: string, raw: string, kind: 'type' | 'range' | 'enum' | 'empty', v: KafkaVersion = LATEST_VERSION, message?: RegExp) {
  const r = parseValue(key, raw, v);
  assert.ok(!r.ok, `${key}=${JSON.stringify(raw)} @ ${v} should be refused`);
  if (!r.ok) {
    assert.equal(r.kind, kind, `${key}=${JSON.stringify(raw)} kind`);
    assert.equal(r.expected.type, getKey(key, v)!.type);
    if (message) assert.match(r.message, message);
  }
}

test('int / long / short: Integer.parseInt on the trimmed value', () => {
  ok('batch.size', ' 5 ', 5);
  ok('batch.size', '\t16384\u0000', 16384); // trim() strips every char <= U+0020
  ok('batch.size', '+7', 7);
  ok('batch.size', '0', 0);
  bad('batch.size', '16k', 'type', LATEST_VERSION, /Not a number of type INT/);
  bad('batch.size', '16KB', 'type');
  bad('batch.size', '5.0', 'type');
  bad('batch.size', '1e3', 'type');
  bad('batch.size', '0x10', 'type');
  bad('batch.size', '1_000', 'type');
  bad('batch.size', '', 'type');
  bad('batch.size', '-', 'type');
  bad('batch.size', '1 000', 'type');
  bad('batch.size', '\u00a05', 'type'); // NBSP is not trimmed by String.trim()
  bad('batch.size', '2147483648', 'type'); // past Integer.MAX_VALUE: NumberFormatException
  ok('batch.size', '2147483647', 2147483647);
  bad('batch.size', '-1', 'range', LATEST_VERSION, /at least 0/);
  ok('buffer.memory', '9223372036854775807', Number(9223372036854775807n));
  bad('buffer.memory', '9223372036854775808', 'type', LATEST_VERSION, /LONG/);
  bad('linger.ms', '60000L', 'type');
  ok('batch.size', '\uff11\uff16', 16); // fullwidth digits: Character.digit accepts any Nd digit
  ok('batch.size', '\u0661\u0660', 10); // Arabic-Indic digits
  ok('sasl.login.refresh.buffer.seconds', '300', 300);
  bad('sasl.login.refresh.buffer.seconds', '40000', 'type', LATEST_VERSION, /SHORT/); // past Short.MAX_VALUE
  bad('sasl.login.refresh.buffer.seconds', '3601', 'range', LATEST_VERSION, /no more than 3600/);
});

test('retries and other ranges are inclusive', () => {
  bad('retries', '-1', 'range', LATEST_VERSION, /Value must be at least 0/);
  ok('retries', '0', 0);
  ok('retries', '2147483647', 2147483647);
  bad('max.in.flight.requests.per.connection', '0', 'range');
  ok('max.in.flight.requests.per.connection', '1', 1);
  bad('metadata.max.idle.ms', '4999', 'range');
  ok('metadata.max.idle.ms', '5000', 5000);
  ok('receive.buffer.bytes', '-1', -1);
  bad('receive.buffer.bytes', '-2', 'range');
  ok('compression.gzip.level', '-1', -1, '3.8');
  bad('compression.gzip.level', '0', 'range', '3.8', /between 1 and 9 or equal to -1/);
  bad('compression.gzip.level', '10', 'range', '3.9');
  ok('compression.zstd.level', '-131072', -131072);
  bad('compression.zstd.level', '23', 'range');
  bad('compression.lz4.level', '18', 'range');
});

test('double: Double.parseDouble, and Range lets NaN through as Java does', () => {
  ok('sasl.login.refresh.window.factor', ' 0.8 ', 0.8);
  ok('sasl.login.refresh.window.factor', '.75', 0.75);
  ok('sasl.login.refresh.window.factor', '1d', 1);
  ok('sasl.login.refresh.window.factor', '8e-1', 0.8);
  ok('sasl.login.refresh.window.factor', '0x1p-1', 0.5);
  bad('sasl.login.refresh.window.factor', '0.4', 'range', LATEST_VERSION, /at least 0.5/);
  bad('sasl.login.refresh.window.factor', '1.01', 'range');
  bad('sasl.login.refresh.window.factor', '0,8', 'type');
  bad('sasl.login.refresh.window.factor', '', 'type');
  const nan = parseValue('sasl.login.refresh.window.factor', 'NaN', LATEST_VERSION);
  assert.ok(nan.ok && Number.isNaN(nan.value));
  assert.equal(parseJavaDouble('Infinityd'), undefined);
  assert.equal(parseJavaDouble('-Infinity'), -Infinity);
  assert.equal(parseJavaDouble('1.'), 1);
});

test('boolean: equalsIgnoreCase true/false after trim only', () => {
  ok('enable.idempotence', 'TRUE', true);
  ok('enable.idempotence', ' False ', false);
  ok('enable.idempotence', 'tRuE', true);
  bad('enable.idempotence', 'yes', 'type', LATEST_VERSION, /either true or false/);
  bad('enable.idempotence', '1', 'type');
  bad('enable.idempotence', 'on', 'type');
  bad('enable.idempotence', '', 'type');
  bad('enable.idempotence', 'true;', 'type');
  assert.ok(javaEqualsIgnoreCase('fal\u017fe', 'false')); // U+017F long s upper-cases to S, as in Java
});

test('acks: case-sensitive ValidString after trim; all and -1 both accepted', () => {
  ok('acks', 'all', 'all');
  ok('acks', '-1', '-1');
  ok('acks', ' 1 ', '1');
  ok('acks', '0', '0');
  bad('acks', 'ALL', 'enum', LATEST_VERSION, /String must be one of: all, -1, 0, 1/);
  bad('acks', 'All', 'enum');
  bad('acks', '2', 'enum');
  bad('acks', '', 'enum');
  bad('acks', 'ALL', 'enum', '2.8');
});

test('compression.type: exact lower case; before 3.3 the producer constructor refuses it', () => {
  ok('compression.type', 'zstd', 'zstd');
  ok('compression.type', ' lz4', 'lz4');
  bad('compression.type', 'GZIP', 'enum');
  bad('compression.type', 'zip', 'enum', '3.3');
  const old = parseValue('compression.type', 'Snappy', '3.2');
  assert.ok(!old.ok && old.kind === 'enum' && old.stage === 'construct');
  const nw = parseValue('compression.type', 'Snappy', '3.3');
  assert.ok(!nw.ok && nw.stage === undefined);
});

test('security.protocol case rules per version', () => {
  ok('security.protocol', 'sasl_ssl', 'sasl_ssl', '3.2');
  bad('security.protocol', 'sasl_ssl', 'enum', '3.5');
  ok('security.protocol', 'SASL_SSL', 'SASL_SSL', '3.5');
  ok('security.protocol', 'sasl_ssl', 'sasl_ssl', '3.6');
  bad('security.protocol', 'TLS', 'enum', '3.6', /case insensitive/);
  ok('metadata.recovery.strategy', 'REBOOTSTRAP', 'REBOOTSTRAP', '3.8');
  ok('metrics.recording.level', 'DEBUG', 'DEBUG');
  bad('metrics.recording.level', 'debug', 'enum');
  ok('client.dns.lookup', 'default', 'default', '2.8');
  bad('client.dns.lookup', 'default', 'enum', '3.0');
});

test('lists: trimmed, split on \\s*,\\s*, empty items kept, empty string = empty list', () => {
  ok('bootstrap.servers', ' a:9092 , b:9092 ', ['a:9092', 'b:9092'], '4.1');
  ok('bootstrap.servers', 'a:1,,b:2', ['a:1', '', 'b:2'], '4.1');
  ok('bootstrap.servers', 'a:1,', ['a:1', ''], '4.1');
  ok('bootstrap.servers', '', [], '4.1');
  bad('bootstrap.servers', '', 'empty', '4.2');
  bad('bootstrap.servers', '   ', 'empty', '4.2');
  ok('bootstrap.servers', 'a:1 b:2', ['a:1 b:2'], '3.9'); // no comma: one item (4.0+ rejects it later when resolving hosts)
  assert.deepEqual(parseJavaList('x\u00a0,y'), ['x\u00a0', 'y']); // NBSP is not \s in Java regex
  ok('metric.reporters', '', []);
});

test('KIP-1161 (4.2+): ValidList keys drop duplicate items and refuse empty items; bootstrap.servers refuses an empty list', () => {
  ok('metric.reporters', 'a.R, a.R ,b.R', ['a.R', 'b.R'], '4.2');
  ok('metric.reporters', 'a.R, a.R', ['a.R', 'a.R'], '4.1');
  bad('metric.reporters', 'a.R,,b.R', 'empty', '4.2', /values must not be empty/);
  bad('interceptor.classes', 'a.I,', 'empty', '4.4', /values must not be empty/);
  bad('config.providers', ',file', 'empty', '4.3', /values must not be empty/);
  ok('interceptor.classes', 'a.I,', ['a.I', ''], '4.1');
  bad('bootstrap.servers', 'a:1,,b:2', 'empty', '4.2', /values must not be empty/);
  bad('bootstrap.servers', '', 'empty', '4.4', /must not be empty/);
  ok('bootstrap.servers', 'a:1,a:1', ['a:1'], '4.4');
  // the SSL/SASL list keys' validators after KIP-1161 were not read: no check claimed
  ok('ssl.cipher.suites', 'A,,B', ['A', '', 'B'], '4.4');
});

test('strings: trimmed; transactional.id must be non-empty', () => {
  ok('client.id', '  my-app  ', 'my-app');
  ok('client.id', '', '');
  bad('transactional.id', '', 'empty', LATEST_VERSION, /non-empty/);
  bad('transactional.id', '   ', 'empty');
  ok('transactional.id', ' tx-1 ', 'tx-1');
  ok('ssl.truststore.password', ' secret ', 'secret');
});

test('classes: a loadable name must at least look like a Java class name', () => {
  ok('key.serializer', ' org.apache.kafka.common.serialization.StringSerializer ', 'org.apache.kafka.common.serialization.StringSerializer');
  ok('partitioner.class', 'com.example.Outer$Inner', 'com.example.Outer$Inner');
  bad('key.serializer', '', 'type', LATEST_VERSION, /could not be found/);
  bad('key.serializer', 'org.apache.kafka.common.serialization.String Serializer', 'type');
  bad('value.serializer', 'org/apache/Foo', 'type');
  ok('partitioner.class', 'org.apache.kafka.clients.producer.internals.DefaultPartitioner', 'org.apache.kafka.clients.producer.internals.DefaultPartitioner', '3.9');
  bad('partitioner.class', 'org.apache.kafka.clients.producer.internals.DefaultPartitioner', 'type', '4.0', /removed/);
  bad('partitioner.class', 'org.apache.kafka.clients.producer.UniformStickyPartitioner', 'type', '4.1');
  ok('partitioner.class', 'org.apache.kafka.clients.producer.RoundRobinPartitioner', 'org.apache.kafka.clients.producer.RoundRobinPartitioner', '4.0');
});

test('keys the version does not define are not parsed (Kafka only logs them as unused)', () => {
  ok('compression.gzip.level', 'abc', 'abc', '3.7');
  bad('compression.gzip.level', 'abc', 'type', '3.8');
  ok('auto.include.jmx.reporter', 'maybe', 'maybe', '4.0');
  bad('auto.include.jmx.reporter', 'maybe', 'type', '3.9');
  ok('no.such.key', ' x ', ' x ');
});

test('helpers', () => {
  assert.equal(javaTrim('\u0001 a b \u001f'), 'a b');
  assert.equal(javaTrim('\u3000a\u3000'), '\u3000a\u3000');
  assert.equal(parseJavaInteger('-2147483648', 'int'), -2147483648);
  assert.equal(parseJavaInteger('-2147483649', 'int'), undefined);
  assert.equal(parseJavaInteger('32768', 'short'), undefined);
});

test('never throws on odd input', () => {
  const samples = ['', ' ', '\u0000', '\ud800', '💥', 'a'.repeat(10000), '9'.repeat(400), ',,,,', '${file:x}', '\\u0041'];
  for (const key of ['acks', 'batch.size', 'buffer.memory', 'enable.idempotence', 'bootstrap.servers', 'key.serializer', 'sasl.jaas.config', 'sasl.login.refresh.window.factor', 'no.such.key'])
    for (const s of samples) assert.doesNotThrow(() => parseValue(key, s, LATEST_VERSION));
});
