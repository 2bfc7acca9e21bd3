// Boot's property names: elements, relaxed equality and Map<String, String> keys (server/src/service/spring/names.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalName, isAncestorOf, mapKey, namesEqual, parseName } from '../../../server/src/service/spring/names';

const elements = (n: string) => parseName(n).elements.map((e) => `${e.text}:${e.type}`);
const key = (root: string, n: string) => mapKey(parseName(root), parseName(n));
const P = 'spring.kafka.producer.properties';

test('elements: dots split outside brackets, brackets make one verbatim element', () => {
  assert.deepEqual(elements('spring.kafka.producer.batch-size'), ['spring:uniform', 'kafka:uniform', 'producer:uniform', 'batch-size:dashed']);
  assert.deepEqual(elements('spring.kafka.producer.batchSize'), ['spring:uniform', 'kafka:uniform', 'producer:uniform', 'batchSize:non-uniform']);
  assert.deepEqual(elements(`${P}[security.protocol]`).slice(4), ['security.protocol:indexed']);
  assert.deepEqual(elements(`${P}.[a.b]`).slice(4), ['a.b:indexed'], 'a dot before the bracket adds nothing');
  assert.deepEqual(elements('x[0]'), ['x:uniform', '0:numerically-indexed']);
  assert.deepEqual(elements('x[a[b]]'), ['x:uniform', 'a[b]:indexed'], 'nested brackets stay inside');
  assert.deepEqual(elements('x.@@.y'), ['x:uniform', 'y:uniform'], 'an element without a letter or digit is dropped');
  assert.deepEqual(parseName('x.@@.y').dropped, [{ start: 2, end: 4 }]);
  assert.deepEqual(parseName('a..b').dropped, [{ start: 2, end: 2 }]);
  assert.deepEqual(parseName('a.[b]').dropped, []);
  assert.deepEqual(parseName('[a].b').dropped, []);
});

test('relaxed equality: case and separators ignored outside brackets', () => {
  const eq = (a: string, b: string) => namesEqual(parseName(a), parseName(b));
  for (const s of ['spring.kafka.producer.batchSize', 'spring.kafka.producer.batch_size', 'spring.kafka.producer.BATCH-SIZE', 'Spring.Kafka.Producer.Batch-Size', 'spring.kafka.producer[batchsize]']) {
    assert.ok(eq(s, 'spring.kafka.producer.batch-size'), s);
  }
  assert.ok(!eq('spring.kafka.producer[batch-size]', 'spring.kafka.producer.batch-size'), "a bracketed '-' is compared as a character");
  assert.ok(!eq('spring.kafka.producer.batch-sise', 'spring.kafka.producer.batch-size'));
  assert.ok(eq('spring.kafka.ssl.keystore-location', 'spring.kafka.ssl.key-store-location'), 'the metadata-deprecated spelling still binds');
  assert.ok(isAncestorOf(parseName(P), parseName(`${P}.linger.ms`)));
  assert.ok(isAncestorOf(parseName(P), parseName('spring.kafka.producer.Properties[linger.ms]')));
  assert.ok(!isAncestorOf(parseName(P), parseName(P)));
  assert.equal(canonicalName(parseName('Spring.Kafka.Producer.batchSize')), 'spring.kafka.producer.batchsize');
  assert.equal(canonicalName(parseName('a[x.y].b')), 'a[x.y].b');
});

test('map keys: dots kept, brackets verbatim, unbracketed special characters stripped and flagged', () => {
  assert.deepEqual(key(P, `${P}.max.in.flight.requests.per.connection`), { key: 'max.in.flight.requests.per.connection', changed: false, written: 'max.in.flight.requests.per.connection' });
  assert.deepEqual(key(P, `${P}[security.protocol]`), { key: 'security.protocol', changed: false, written: '[security.protocol]' });
  assert.deepEqual(key(P, `${P}.Security.Protocol`), { key: 'Security.Protocol', changed: false, written: 'Security.Protocol' }, 'case is kept (Kafka will not know it)');
  assert.deepEqual(key(P, `${P}.my_key`), { key: 'my_key', changed: false, written: 'my_key' });
  // the Boot docs' example: "/key3" loses its slash, "[/key1]" keeps it
  assert.deepEqual(key('my.map', 'my.map./key3'), { key: 'key3', changed: true, written: '/key3' });
  assert.deepEqual(key('my.map', 'my.map[/key1]'), { key: '/key1', changed: false, written: '[/key1]' });
  assert.equal(key(P, `${P}.a:b`).key, 'ab');
  assert.equal(key(P, `${P}.-lead`).key, 'lead', 'a leading dash is removed');
  assert.equal(key(P, `${P}.trail-`).key, 'trail-');
  assert.deepEqual(key(P, `${P}.a..b`), { key: 'a.b', changed: true, written: 'a..b' });
  assert.deepEqual(key(P, `${P}.x.@@.y`), { key: 'x.y', changed: true, written: 'x.@@.y' });
  assert.equal(key(P, `${P}.sasl.jaas.config`).key, 'sasl.jaas.config');
  assert.equal(key(P, `${P}.café`).key, 'caf', 'non-ASCII letters are not kept');
  assert.equal(key(P, `${P}.bootstrap.servers[0]`).key, 'bootstrap.servers.0', 'a YAML sequence under a map gives an index key');
  assert.equal(key(P, `${P}[spring.json.add.type.headers]`).key, 'spring.json.add.type.headers');
});
