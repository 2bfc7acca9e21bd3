// Plugin keys in the editor features: hover, completion, outline, semantic tokens and the value checks
// follow whether the file names a class that reads the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analyze';
import { complete } from '../../../server/src/service/completion';
import { hover } from '../../../server/src/service/hover';
import { semanticTokens } from '../../../server/src/service/semanticTokens';
import { documentSymbols } from '../../../server/src/service/symbols';

const NAMED = [
  'bootstrap.servers=localhost:9092',
  'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer',
  'schema.registry.url=http://registry:8081',
  'basic.auth.credentials.source=USER_INFO',
  'basic.auth.user.info=key:s3cret-value',
  'metrics.context.team=payments',
  '',
].join('\n');
const UNNAMED = NAMED.replace('io.confluent.kafka.serializers.KafkaAvroSerializer', 'org.apache.kafka.common.serialization.StringSerializer').replace('key.serializer=org.apache.kafka.common.serialization.StringSerializer\n', '');

const at = (text: string, needle: string, delta = 1): number => text.indexOf(needle) + delta;

test('hover: a named plugin\'s key shows its doc, who reads it and where the facts come from; the credential stays hidden', () => {
  const a = analyze(NAMED);
  const h = hover(a, at(NAMED, 'schema.registry.url'), 'en')!.contents;
  assert.match(h, /Where Schema Registry is/);
  assert.match(h, /Read by KafkaAvroSerializer, KafkaJsonSchemaSerializer, KafkaProtobufSerializer, not by ProducerConfig/);
  assert.match(h, /confluentinc\/schema-registry@794611bd86d1/);
  const ko = hover(a, at(NAMED, 'schema.registry.url'), 'ko')!.contents;
  assert.match(ko, /Schema Registry 주소/);
  const secret = hover(a, at(NAMED, 's3cret-value', 2), 'en')!.contents;
  assert.doesNotMatch(secret, /s3cret/);
  assert.match(secret, /hidden/);
  assert.match(hover(a, at(NAMED, 'metrics.context.team'), 'en')!.contents, /KIP-606/);
});

test('hover: with no reader named, the key is explained and the reader named', () => {
  const a = analyze(UNNAMED);
  assert.match(hover(a, at(UNNAMED, 'schema.registry.url'), 'en')!.contents, /this file names none of them .*KafkaAvroSerializer/);
  const glue = 'bootstrap.servers=b:9092\ncompression=zlib\n';
  const g = hover(analyze(glue), at(glue, 'compression=', 2), 'en')!.contents;
  assert.match(g, /is not a producer key/, 'a common name is not shown as known where its plugin is not named');
  assert.match(g, /GlueSchemaRegistryKafkaSerializer/);
});

test('completion offers the keys of the plugins the file names, and only those', () => {
  const keys = (text: string): string[] => complete(analyze(text), text.length, 'en').items.map((i) => i.label);
  const named = keys(NAMED);
  assert.ok(named.includes('auto.register.schemas'));
  assert.ok(named.includes('use.latest.version'));
  assert.ok(named.includes('avro.use.logical.type.converters'));
  assert.ok(!named.includes('json.fail.invalid.schema'), 'JSON Schema serializer keys only with that serializer');
  assert.ok(!named.includes('apicurio.registry.url'));
  const unnamed = keys(UNNAMED);
  assert.ok(!unnamed.includes('auto.register.schemas'));
  assert.ok(unnamed.includes('metrics.jmx.include'), "Kafka's own JmxReporter runs by default");
  // values of a named plugin's enum key
  const text = NAMED + 'basic.auth.credentials.source=';
  const values = complete(analyze(text), text.length, 'en').items.map((i) => i.label);
  assert.deepEqual(values.slice(0, 3), ['URL', 'USER_INFO', 'SASL_INHERIT']);
  const secret = NAMED + 'basic.auth.user.info=';
  assert.deepEqual(complete(analyze(secret), secret.length, 'en').items, [], 'no value suggestions for a credential');
});

test('outline and semantic tokens: plugin keys are real keys; a common name without its plugin is not', () => {
  const names = (text: string) => documentSymbols(analyze(text), 'en').map((g) => `${g.name}: ${g.children!.map((c) => c.name).join(',')}`);
  assert.ok(names(NAMED).some((g) => g.startsWith('Serialization:') && g.includes('schema.registry.url')));
  assert.ok(names(NAMED).some((g) => g.startsWith('Security:') && g.includes('basic.auth.user.info')));
  assert.ok(!names(NAMED).some((g) => g.startsWith('Unknown keys')));
  const glue = 'bootstrap.servers=b:9092\ncompression=zlib\nschema.registry.url=http://r:8081\n';
  const tokens = semanticTokens(analyze(glue)).map((t) => `${glue.slice(t.span.start, t.span.end)}:${t.type}`);
  assert.deepEqual(tokens, ['bootstrap.servers:property', 'compression:kafkaUnknownKey', 'schema.registry.url:property']);
  const detail = documentSymbols(analyze(NAMED), 'en').flatMap((g) => g.children!).find((c) => c.name === 'basic.auth.user.info')!.detail;
  assert.equal(detail, '••••');
});

test('values: a named plugin\'s keys are checked, an unnamed plugin\'s are not', () => {
  const bad = 'auto.register.schemas=yes\n';
  assert.deepEqual(analyze(NAMED + bad).findings.filter((f) => f.code === 'invalid-value').map((f) => f.severity), ['error']);
  assert.deepEqual(analyze(UNNAMED + bad).findings.filter((f) => f.code === 'invalid-value'), []);
  // the credential source is compared as written: a trailing space means no credentials (warning: the client carries on)
  const spaced = NAMED.replace('USER_INFO', 'USER_INFO ');
  const f = analyze(spaced).findings.find((x) => x.code === 'invalid-value')!;
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /compared as written/);
});

test('the Confluent Cloud + Avro config checks clean at every covered version; the examples have no finding at all', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { KAFKA_VERSIONS } = await import('../../../schemas/catalog/index');
  const root = join(__dirname, '..', '..', '..');
  const handout = readFileSync(join(root, 'test', 'fixtures', 'confluent-cloud-handout.properties'), 'latin1');
  for (const v of [...KAFKA_VERSIONS, '3.0.0', '3.1.0']) {
    const codes = analyze(handout, { kafkaVersion: v, decoded: 'latin1' }).findings.map((f) => `${f.code}:${f.severity}`);
    // credentials in plain text (hints) and the consumer's session.timeout.ms of a shared client file (information)
    // (3.0.0 and 3.1.0 also say that their KAFKA-13598 bug leaves this producer without idempotence: true of those patches)
    const expected = ['consumer-key:information', ...(v === '3.0.0' || v === '3.1.0' ? ['idempotence-default-ignored:information'] : []), 'plaintext-secret:hint'];
    assert.deepEqual([...new Set(codes)].sort(), expected, `handout at ${v}`);
    for (const ex of ['confluent-cloud', 'config-providers', 'mtls']) {
      const text = readFileSync(join(root, 'examples', ex, 'producer.properties'), 'latin1');
      assert.deepEqual(analyze(text, { kafkaVersion: v, decoded: 'latin1' }).findings.map((f) => `${f.code}: ${f.message}`), [], `examples/${ex} at ${v}`);
    }
  }
});
