// .kpc.json: the example shape, every problem with its position, and the precedence of versions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readProjectConfig } from '../../../server/src/service/project/config';
import { chooseKafkaVersion, ProjectContext, type KafkaVersionDetection } from '../../../server/src/service/project/detect';
import { parseQuantity } from '../../../server/src/service/project/policy';
import { memFs } from './memfs';

const EXAMPLE = `{"kafkaVersion": "3.6", "policy": {"acks": {"oneOf": ["all", "-1"]}, "compression.type": {"oneOf": ["lz4", "zstd"]}, "linger.ms": {"min": 5, "max": 100}, "sasl.jaas.config": {"forbidden": true}}}`;

const problems = (text: string) => readProjectConfig('/repo/.kpc.json', text).problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message.en}`);

test("the issue's example reads as written", () => {
  const r = readProjectConfig('/repo/.kpc.json', EXAMPLE);
  assert.deepEqual(r.problems, []);
  assert.equal(r.config?.kafkaVersion, '3.6');
  assert.deepEqual(r.config?.policy?.rules.map(({ range: _r, ...rule }) => rule), [
    { key: 'acks', oneOf: ['all', '-1'] },
    { key: 'compression.type', oneOf: ['lz4', 'zstd'] },
    { key: 'linger.ms', min: 5, max: 100 },
    { key: 'sasl.jaas.config', forbidden: true },
  ]);
  assert.equal(r.config?.policy?.file, '/repo/.kpc.json');
  // the related location is the key of the policy entry
  assert.deepEqual(r.config?.policy?.rules[0]?.range, { start: { line: 0, character: 35 }, end: { line: 0, character: 41 } });
});

test('every field, comments and trailing commas (as in tsconfig.json)', () => {
  const r = readProjectConfig('/repo/.kpc.json', `{
  // the team's settings
  "$schema": "./node_modules/kafka-producer-config/schemas/generated/kpc-config.schema.json",
  "kafkaVersion": "3.6.1",
  "springBootVersion": "3.2.5",
  "client": "console-producer",
  "severity": { "plaintext-secret": "error", "missing-required": "off" },
  "allowedKeys": ["my.interceptor.*"],
  "files": ["config/*-kafka.properties"],
  "policy": { "batch.size": { "min": "32 KiB", "severity": "warning", "message": "Small batches waste requests." }, },
}`);
  assert.deepEqual(r.problems, []);
  const { policy, ...rest } = r.config!;
  assert.deepEqual(rest, { file: '/repo/.kpc.json', kafkaVersion: '3.6.1', springBootVersion: '3.2.5', client: 'console-producer', severity: { 'plaintext-secret': 'error', 'missing-required': 'off' }, allowedKeys: ['my.interceptor.*'], files: ['config/*-kafka.properties'] });
  assert.deepEqual(policy?.rules.map(({ range: _r, ...x }) => x), [{ key: 'batch.size', min: '32 KiB', severity: 'warning', message: 'Small batches waste requests.' }]);
});

test('problems say what and where; any error means no config (a broken policy never passes silently)', () => {
  assert.deepEqual(problems('{"kafkaVerison": "3.6"}'), ["1:2 error (top level): unknown property 'kafkaVerison'"]);
  assert.deepEqual(problems('{\n  "kafkaVersion": "2.5"\n}'), ["2:19 error kafkaVersion: Kafka 2.5 is not covered by this catalog; supported: 2.8, 3.0, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 4.0, 4.1, 4.2, 4.3, 4.4 (or latest = 4.4)"]);
  assert.deepEqual(problems('{"client": "python"}'), ['1:12 error client: not one of the allowed values (java, console-producer)']);
  assert.deepEqual(problems('{"policy": {"linger.ms": {"min": "5 parsecs"}}}'), ["1:34 error policy.linger.ms.min: '5 parsecs' is not a number or a quantity in ms, s, min, h, d"]);
  assert.deepEqual(problems('{"policy": {"linger.ms": {"min": 100, "max": 5}}}'), ['1:13 error policy.linger.ms: min is larger than max']);
  assert.deepEqual(problems('{"policy": {"acks": {"forbidden": true, "value": "all"}}}'), ['1:13 error policy.acks: forbidden cannot go with required, value or oneOf']);
  assert.deepEqual(problems('{"policy": {"acks": {"oneOf": "all"}}}'), ['1:31 error policy.acks.oneOf: wrong type']);
  assert.deepEqual(problems('{"policy": {"acks": {"onOf": ["all"]}}}'), ["1:22 error policy.acks: unknown property 'onOf'"]);
  assert.deepEqual(problems('{"acks": '), ['1:10 error not valid JSON: ValueExpected', '1:10 error not valid JSON: CloseBraceExpected']);
  assert.deepEqual(problems(''), ['1:1 error empty file: write a JSON object']);
  assert.deepEqual(problems('[1]'), ['1:1 error (top level): wrong type']);
  assert.equal(readProjectConfig('/x/.kpc.json', '{"kafkaVerison": "3.6"}').config, undefined);
  // a warning keeps the config
  const w = readProjectConfig('/x/.kpc.json', '{"policy": {"lingr.ms": {"max": 100}}}');
  assert.equal(w.problems[0]?.severity, 'warning');
  assert.match(w.problems[0]!.message.en, /'lingr\.ms' is not a producer key/);
  assert.equal(w.config?.policy?.rules.length, 1);
});

test('quantities in the unit the catalog gives the key', () => {
  assert.equal(parseQuantity('2 min', 'ms'), 120_000);
  assert.equal(parseQuantity('5s', 'ms'), 5000);
  assert.equal(parseQuantity('100', 'ms'), 100);
  assert.equal(parseQuantity('1h', 's'), 3600);
  assert.equal(parseQuantity('16 KiB', 'bytes'), 16384);
  assert.equal(parseQuantity('1MB', 'bytes'), 1024 * 1024);
  assert.equal(parseQuantity('16 KiB', 'ms'), undefined);
  assert.equal(parseQuantity('5 ms', undefined), undefined);
  assert.equal(parseQuantity(7, undefined), 7);
});

test('the nearest .kpc.json, walking up like the build file', () => {
  const ctx = new ProjectContext(memFs({ '/repo/.git/HEAD': '', '/repo/.kpc.json': '{"kafkaVersion": "3.5"}', '/repo/svc/.kpc.json': '{"client": "java"}', '/.kpc.json': '{"kafkaVersion": "2.8"}' }));
  assert.equal(ctx.projectConfig('/repo/svc/conf/producer.config')?.file, '/repo/svc/.kpc.json');
  assert.equal(ctx.projectConfig('/repo/other/producer.config')?.config?.kafkaVersion, '3.5');
  assert.equal(ctx.projectConfig('/elsewhere/producer.config')?.config?.kafkaVersion, '2.8');
  assert.equal(new ProjectContext(memFs({ '/repo/.git/HEAD': '', '/.kpc.json': '{}' })).projectConfig('/repo/a/producer.config'), undefined);
});

test('precedence: setting > .kpc.json > build file > latest; notes travel with a fallback', () => {
  const build: KafkaVersionDetection = { file: '/repo/pom.xml', version: '3.6.1', kafkaVersion: '3.6.1', minor: '3.6', how: { en: 'kafka-clients 3.6.1 in pom.xml', ko: 'pom.xml의 kafka-clients 3.6.1' }, notes: [] };
  const config = { kafkaVersion: '3.5', file: '/repo/.kpc.json' };
  assert.deepEqual(chooseKafkaVersion({ setting: '3.9', settingName: '--kafka-version', config, build }), { kafkaVersion: '3.9', origin: 'setting', how: { en: '--kafka-version 3.9', ko: '--kafka-version 3.9' }, notes: [] });
  assert.equal(chooseKafkaVersion({ setting: 'auto', config, build }).origin, 'config');
  assert.equal(chooseKafkaVersion({ config, build }).kafkaVersion, '3.5');
  assert.deepEqual(chooseKafkaVersion({ config: { file: '/repo/.kpc.json' }, build }), { kafkaVersion: '3.6.1', origin: 'build', file: '/repo/pom.xml', how: build.how, notes: [] });
  const uncovered = chooseKafkaVersion({ build: { file: '/repo/pom.xml', version: '2.5.0', notes: [{ en: 'Kafka 2.5 is older', ko: 'x' }] } });
  assert.equal(uncovered.kafkaVersion, undefined);
  assert.equal(uncovered.origin, 'default');
  assert.match(uncovered.how.en, /^latest \(4\.4\): \/repo\/pom\.xml does not tell a Kafka version this extension covers$/);
  assert.deepEqual(uncovered.notes.map((n) => n.en), ['Kafka 2.5 is older']);
  assert.equal(chooseKafkaVersion({}).origin, 'default');
});
