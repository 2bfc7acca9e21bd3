// kpc on Spring Boot files: recognised by name (or --dialect), the same JSON shape with each entry's
// Spring source and line, secrets masked, fix --write keeping YAML's UTF-8 bytes, simulate on the config
// Boot builds, describe of Spring properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck, type FileReport } from '../../../server/src/cli/check';
import { runFix } from '../../../server/src/cli/fix';
import { runSimulate } from '../../../server/src/cli/simulate';
import { runDescribe } from '../../../server/src/cli/describe';

const TMP = mkdtempSync(join(tmpdir(), 'kpc-spring-'));

function capture(fn: (out: { stdout(s: string | Uint8Array): void; stderr(s: string): void }) => number) {
  let stdout = '';
  let stderr = '';
  const code = fn({ stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const YAML = '# Bestellungen – Kafka-Produzent\nspring:\n  kafka:\n    producer:\n      acks: 1\n      transaction-id-prefix: tx-\n      properties:\n        retriess: 5\n        ssl.key.password: hunter2\n';

test('kpc check application.yml: findings on its lines, entries with their Spring source and line, no secret', () => {
  const dir = join(TMP, 'a');
  mkdirSync(dir);
  const f = join(dir, 'application.yml');
  writeFileSync(f, YAML);
  const r = capture((out) => runCheck([f, '--format', 'json', '--spring-boot', '3.3'], out));
  assert.equal(r.code, 1, 'acks=1 beside a transaction-id-prefix is an error');
  assert.ok(!r.stdout.includes('hunter2'), 'a secret never leaves kpc');
  const rep = (JSON.parse(r.stdout) as { files: FileReport[] }).files[0]!;
  assert.equal(rep.springBoot?.startsWith('3.3.'), true);
  assert.equal(rep.kafkaVersion, '3.7', 'the Kafka client Boot 3.3 manages');
  const retries = rep.entries.find((e) => e.key === 'retriess')!;
  assert.deepEqual([retries.source, retries.line], ['spring.kafka.producer.properties.retriess', 8]);
  assert.equal(rep.entries.find((e) => e.key === 'ssl.key.password')!.value, '••••');
  assert.deepEqual(rep.diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}`).sort(), ['5 idempotence-acks', '8 unknown-key', '9 plaintext-secret']);
});

test('kpc fix --write on a Spring YAML file: the fixed text in UTF-8, nothing else changed', () => {
  const f = join(TMP, 'application-prod.yml');
  writeFileSync(f, YAML);
  const r = capture((out) => runFix([f, '--write'], out));
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(f, 'utf8'), YAML.replace('acks: 1', 'acks: all').replace('retriess', 'retries'));
  const p = join(TMP, 'seed.txt');
  writeFileSync(p, 'spring.kafka.producer.properties.enavle.idempotence=true\n');
  const forced = capture((out) => runFix([p, '--dialect', 'spring'], out));
  assert.equal(forced.stdout, 'spring.kafka.producer.properties.enable.idempotence=true\nspring.kafka.producer.properties.acks=all\n');
  assert.equal(capture((out) => runFix([p, '--dialect', 'nope'], out)).code, 2);
});

test('kpc simulate application.yml simulates the config Boot builds', () => {
  const f = join(TMP, 'b', 'application.yml');
  mkdirSync(join(TMP, 'b'));
  writeFileSync(f, 'spring.kafka.producer:\n  acks: 0\n  properties:\n    linger.ms: 50\n');
  let out = '';
  const code = runSimulate([f, '--records', '200', '--format', 'json'], (s) => (out += s), () => undefined);
  assert.equal(code, 0);
  const r = JSON.parse(out) as { settings: { acks: number; lingerMs: number } };
  assert.equal(r.settings.acks, 0);
  assert.equal(r.settings.lingerMs, 50);
});

test('kpc describe explains Spring properties and map keys', () => {
  let out = '';
  let err = '';
  const io = { out: (s: string) => void (out += s), err: (s: string) => void (err += s) };
  assert.equal(runDescribe(['spring.kafka.producer.batch-size'], io), 0);
  assert.match(out, /Kafka key\s+batch\.size/);
  out = '';
  assert.equal(runDescribe(['spring.kafka.producer.properties.linger.ms'], io), 0);
  assert.match(out, /^linger\.ms/);
  assert.match(err, /as written/);
  assert.equal(runDescribe(['spring.kafka.producer.batch-sise'], io), 2);
});

test('kpc check DIR: Spring Boot application files are found with the producer configs; --dialect properties leaves them out', () => {
  const dir = join(TMP, 'walk');
  mkdirSync(join(dir, 'src', 'main', 'resources'), { recursive: true });
  mkdirSync(join(dir, 'target', 'classes'), { recursive: true });
  writeFileSync(join(dir, 'src', 'main', 'resources', 'application.yml'), YAML);
  writeFileSync(join(dir, 'src', 'main', 'resources', 'application-dev.properties'), 'server.port=8081\n');
  // build output is skipped, as for producer configs
  writeFileSync(join(dir, 'target', 'classes', 'application.yml'), YAML);
  writeFileSync(join(dir, 'producer.properties'), 'lingr.ms=5\n');
  // not a name Boot reads (nor a producer config): left alone
  writeFileSync(join(dir, 'src', 'main', 'resources', 'applicationContext.properties'), 'server.port=8081\n');
  const r = capture((out) => runCheck([dir, '--format', 'json', '--spring-boot', '3.3'], out));
  const files = (JSON.parse(r.stdout) as { files: FileReport[] }).files;
  assert.deepEqual(files.map((f) => f.file.slice(dir.length + 1).split('\\').join('/')), ['producer.properties', 'src/main/resources/application-dev.properties', 'src/main/resources/application.yml']);
  assert.deepEqual(files[1]!.diagnostics, [], 'a Boot file without a Kafka producer part reports nothing');
  assert.ok(files[2]!.diagnostics.some((d) => d.code === 'unknown-key' && d.range.start.line === 7), 'retriess on its YAML line');
  const plain = capture((out) => runCheck([dir, '--format', 'json', '--dialect', 'properties'], out));
  assert.deepEqual((JSON.parse(plain.stdout) as { files: FileReport[] }).files.map((f) => f.file.slice(dir.length + 1)), ['producer.properties']);
  const none = join(TMP, 'walk-none');
  mkdirSync(none);
  const e = capture((out) => runCheck([none], out));
  assert.equal(e.code, 2);
  assert.match(e.stderr, /no producer config found \(names: .*, application\.\{properties,yml,yaml\}, application-\*\.\{properties,yml,yaml\}\)/);
});
