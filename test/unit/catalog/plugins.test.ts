// The plugin catalog: model, docs in both languages, a source for every fact, and the lookups the
// language service relies on (which plugins read a key, by name or prefix; classes; KeyInfo; values).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pluginDocSchema, pluginFactsSchema } from '../../../schemas/catalog/model';
import { PLUGINS, PLUGIN_DOCS_EN, PLUGIN_DOCS_KO, namedPlugins, pluginOfClass } from '../../../schemas/catalog/plugins/index';
import { KAFKA_VERSIONS, getKey, parseInfoValue, pluginKeyInfo, pluginMatches } from '../../../schemas/catalog/index';
import { KAFKA_CLASSES } from '../../../schemas/catalog/classes';
import { EMPTY_LIST_ITEMS } from '../../../schemas/catalog/lists';
import { listItems, parseJavaList } from '../../../schemas/catalog/parseValue';
import { SOURCES } from '../../../schemas/catalog/sources';

test('every plugin passes the zod model, with a source for the plugin, each requirement and each conflict', () => {
  for (const p of PLUGINS) {
    const r = pluginFactsSchema.safeParse(p);
    assert.ok(r.success, `${p.id}: ${r.success ? '' : r.error.message}`);
    assert.ok(p.source.where.length > 8);
    for (const q of p.requires ?? []) assert.ok(q.source.where && q.exception, `${p.id} ${q.key}`);
  }
  assert.equal(new Set(PLUGINS.map((p) => p.id)).size, PLUGINS.length, 'no duplicate plugin ids');
});

test('no plugin key shadows a producer key of any covered version, except config.providers (ProducerConfig from 4.2)', () => {
  for (const p of PLUGINS) {
    for (const k of p.keys) {
      for (const v of KAFKA_VERSIONS) {
        if (getKey(k.key, v)) assert.equal(k.key, 'config.providers', `${p.id}: ${k.key} is a producer key at ${v}`);
      }
    }
  }
});

test('every plugin key, family and plugin has English and Korean docs (Korean in Korean)', () => {
  const ids = new Set<string>();
  for (const p of PLUGINS) {
    ids.add(`plugin:${p.id}`);
    for (const k of p.keys) ids.add(k.key);
    for (const f of p.families ?? []) ids.add(f.doc);
  }
  for (const id of ids) {
    for (const [lang, docs] of [['en', PLUGIN_DOCS_EN], ['ko', PLUGIN_DOCS_KO]] as const) {
      const d = docs[id];
      assert.ok(d, `${id}: missing ${lang} doc`);
      const r = pluginDocSchema.safeParse(d);
      assert.ok(r.success, `${id} ${lang}: ${r.success ? '' : r.error.message}`);
    }
    assert.match(PLUGIN_DOCS_KO[id]!.summary, /[\uac00-\ud7a3]/, `${id}: Korean doc must be Korean`);
  }
  for (const id of Object.keys(PLUGIN_DOCS_EN)) assert.ok(ids.has(id), `doc for nothing: ${id}`);
});

test('lookups: by name, by prefix, by class; inactive vs active', () => {
  const none = new Map();
  assert.deepEqual(pluginMatches('schema.registry.url', '4.2').map((m) => m.plugin.id).sort(), ['confluent-avro', 'confluent-json-schema', 'confluent-protobuf']);
  assert.equal(pluginMatches('schema.registry.ssl.truststore.location', '4.2')[0]?.rest, 'ssl.truststore.location');
  assert.equal(pluginMatches('schema.registry.ssl.no.such', '4.2').length, 0);
  assert.equal(pluginMatches('metrics.context.team', '2.8')[0]?.plugin.id, 'kafka-metrics-context');
  assert.equal(pluginMatches('config.providers.vault.class', '2.8')[0]?.family?.type, 'class');
  assert.equal(pluginMatches('config.providers.vault.clas', '2.8').length, 0, 'a typo in the family is not a plugin key');
  assert.equal(pluginMatches('config.providers', '4.2').length, 0, 'ProducerConfig defines it in 4.2');
  assert.equal(pluginMatches('config.providers', '4.1')[0]?.plugin.id, 'kafka-config-providers');
  assert.equal(pluginMatches('default.list.key.serde.inner', '2.8').length, 0, 'ListSerializer arrived in 3.0');
  assert.equal(pluginOfClass('io.confluent.kafka.serializers.KafkaAvroDeserializer')?.role.counterpart, 'io.confluent.kafka.serializers.KafkaAvroSerializer');

  const off = pluginKeyInfo('schema.registry.url', '4.2', none)!;
  assert.equal(off.plugin?.active, false);
  assert.equal(off.plugin?.distinctive, true);
  const on = pluginKeyInfo('schema.registry.url', '4.2', namedPlugins((slot) => (slot === 'value.serializer' ? ['io.confluent.kafka.serializers.KafkaAvroSerializer'] : [])))!;
  assert.equal(on.plugin?.active, true);
  assert.equal(on.type, 'list');
  assert.equal(on.docs.ko.summary.includes('Schema Registry'), true);
  // a deserializer in the slot names nothing
  assert.equal(namedPlugins((slot) => (slot === 'value.serializer' ? ['io.confluent.kafka.serializers.KafkaAvroDeserializer'] : [])).has('confluent-avro'), false);
  assert.equal(pluginKeyInfo('basic.auth.user.info', '4.2', none)?.secret, true);
  assert.equal(pluginKeyInfo('schema.registry.ssl.keystore.password', '4.2', none)?.secret, true);
  assert.equal(pluginKeyInfo('max.retries', '4.2', none)?.plugin?.distinctive, false);
});

test('plugin values are checked as the plugin reads them', () => {
  const sr = namedPlugins((slot) => (slot === 'value.serializer' ? ['io.confluent.kafka.serializers.KafkaAvroSerializer'] : []));
  const info = (k: string) => pluginKeyInfo(k, '4.2', sr)!;
  // EnumRecommender: all lower or all upper case, nothing else
  assert.equal(parseInfoValue(info('execution.environment'), 'client').ok, true);
  assert.equal(parseInfoValue(info('execution.environment'), 'CLIENT').ok, true);
  const mixed = parseInfoValue(info('execution.environment'), 'Client');
  assert.ok(!mixed.ok && mixed.message === 'Invalid enumerator');
  // RestService compares the credential source as written
  assert.equal(parseInfoValue(info('basic.auth.credentials.source'), 'USER_INFO').ok, true);
  assert.equal(parseInfoValue(info('basic.auth.credentials.source'), 'USER_INFO ').ok, false);
  assert.equal(parseInfoValue(info('basic.auth.credentials.source'), 'user_info').ok, false);
  assert.equal(parseInfoValue(info('auto.register.schemas'), ' TRUE ').ok, true);
  assert.equal(parseInfoValue(info('bearer.auth.cache.expiry.buffer.seconds'), '3601').ok, false);
});

test('Kafka class list: serializers and deserializers pair up; lists split as ConfigDef does', () => {
  for (const c of KAFKA_CLASSES) if (c.counterpart) assert.ok(KAFKA_CLASSES.some((x) => x.name === c.counterpart && x.since === c.since), c.name);
  // ConfigDef.parseType LIST, written out: value.trim(), then split("\\s*,\\s*", -1) (Java's \s is [ \t\n\x0B\f\r])
  const javaSplit = (raw: string): string[] => {
    const t = raw.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
    return t === '' ? [] : t.split(/[ \t\n\x0B\f\r]*,[ \t\n\x0B\f\r]*/);
  };
  for (const raw of ['a,b', ' a , b ', 'a,,b', 'a,', ',a', '', '  ', 'a , , b,', '\u0001a\u0001,\tb\u0001', 'a\u00a0, b', ' , ', 'a\n,\fb']) {
    assert.deepEqual(listItems(raw).map((i) => i.text), javaSplit(raw), JSON.stringify(raw));
    assert.deepEqual(parseJavaList(raw), javaSplit(raw), JSON.stringify(raw));
    for (const it of listItems(raw)) assert.equal(raw.slice(it.start, it.end), it.text);
  }
  // the empty-item facts cover the list keys until their validator takes over (KIP-1161, 4.2: noEmptyItems)
  for (const [key, fact] of Object.entries(EMPTY_LIST_ITEMS)) {
    for (const ref of fact.source.refs) assert.ok(ref in SOURCES, `${key}: ${ref}`);
    const rule = getKey(key, '4.2')?.rule;
    assert.ok(rule?.kind === 'list' && rule.noEmptyItems, `${key}: ValidList from 4.2`);
    const before = getKey(key, '4.1')?.rule;
    assert.ok(!(before?.kind === 'list' && before.noEmptyItems), `${key}: no ValidList before 4.2`);
  }
});
