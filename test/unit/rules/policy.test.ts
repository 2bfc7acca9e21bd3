// The policy rule: the team's .kpc.json policy against the effective producer config, with fixes and the
// policy entry as the related location; secrets never echoed; kpc fix applies only the fixed-value fix.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/src/service/analyze';
import { fixAll } from '../../../server/src/service/fixAll';
import { readProjectConfig } from '../../../server/src/service/project/config';
import type { ProjectPolicy } from '../../../server/src/service/project/policy';

function policyOf(json: unknown): ProjectPolicy {
  const r = readProjectConfig('/team/.kpc.json', JSON.stringify(json, null, 2));
  assert.deepEqual(r.problems, []);
  return r.config!.policy!;
}
const EXAMPLE = policyOf({ kafkaVersion: '3.6', policy: { acks: { oneOf: ['all', '-1'] }, 'compression.type': { oneOf: ['lz4', 'zstd'] }, 'linger.ms': { min: 5, max: 100 }, 'sasl.jaas.config': { forbidden: true } } });

function run(text: string, policy: ProjectPolicy, opts: { kafkaVersion?: string; client?: 'java' | 'console-producer'; locale?: 'en' | 'ko' } = {}) {
  const a = analyze(text, { kafkaVersion: opts.kafkaVersion ?? '3.6', ...(opts.client ? { client: opts.client } : {}), ...(opts.locale ? { locale: opts.locale } : {}), policy });
  const lines = text.split('\n');
  return a.findings
    .filter((f) => f.code === 'policy')
    .map((f) => {
      const line = text.slice(0, f.span.start).split('\n').length;
      return { at: `${line}:${f.span.start - text.lastIndexOf('\n', f.span.start - 1)}`, severity: f.severity, message: f.message, fixes: f.fixes.map((x) => `${x.title}${x.safe ? ' [safe]' : ''}`), related: f.relatedFiles?.map((r) => `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`), line: lines[line - 1] };
    });
}

test("the issue's example: one finding per broken rule, on the value, errors, with the policy entry related", () => {
  const text = 'bootstrap.servers=b:9092\nacks=1\ncompression.type=gzip\nlinger.ms=500\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="s3cret";\n';
  const got = run(text, EXAMPLE);
  assert.deepEqual(got, [
    { at: '2:6', severity: 'error', message: "Change 'acks' to one of all, -1 (team policy in .kpc.json): this file sets '1'.", fixes: ['Change to acks=all (team policy)', 'Change to acks=-1 (team policy)'], related: ["/team/.kpc.json:4:5 the team policy for 'acks'"], line: 'acks=1' },
    { at: '3:18', severity: 'error', message: "Change 'compression.type' to one of lz4, zstd (team policy in .kpc.json): this file sets 'gzip'.", fixes: ['Change to compression.type=lz4 (team policy)', 'Change to compression.type=zstd (team policy)'], related: ["/team/.kpc.json:10:5 the team policy for 'compression.type'"], line: 'compression.type=gzip' },
    { at: '4:11', severity: 'error', message: "Keep 'linger.ms' between 5 ms and 100 ms (team policy in .kpc.json): this file sets '500'.", fixes: ['Change to linger.ms=100 (team policy)'], related: ["/team/.kpc.json:16:5 the team policy for 'linger.ms'"], line: 'linger.ms=500' },
    { at: '5:1', severity: 'error', message: "Remove 'sasl.jaas.config' (team policy in .kpc.json): the team does not allow it in a producer config.", fixes: ["Remove 'sasl.jaas.config' (team policy)"], related: ["/team/.kpc.json:20:5 the team policy for 'sasl.jaas.config'"], line: got[3]!.line },
  ]);
  // A compliant file: nothing.
  assert.deepEqual(run('bootstrap.servers=b:9092\nacks=all\ncompression.type=zstd\nlinger.ms=20\n', EXAMPLE), []);
  // acks=-1 is acks=all to Kafka; the default (all since 3.0) complies.
  assert.deepEqual(run('acks=-1\ncompression.type=lz4\nlinger.ms=5\n', EXAMPLE), []);
  // Compared the way Kafka reads the value: case only where the key's validator ignores it.
  assert.deepEqual(run('compression.type=LZ4\nlinger.ms=100\n', EXAMPLE).map((f) => f.message), ["Change 'compression.type' to one of lz4, zstd (team policy in .kpc.json): this file sets 'LZ4'."]);
  const protocol = policyOf({ policy: { 'security.protocol': { value: 'SASL_SSL' } } });
  assert.deepEqual(run('security.protocol=sasl_ssl\n', protocol), []);
});

test("defaults count: the effective value of the target version, placed at the file's start, fixed by adding a line", () => {
  const got = run('bootstrap.servers=b:9092\n', EXAMPLE, { kafkaVersion: '2.8' });
  assert.deepEqual(got.map((f) => [f.at, f.message, f.fixes[0]]), [
    ['1:1', "Change 'acks' to one of all, -1 (team policy in .kpc.json): Kafka 2.8 defaults to '1'.", 'Add acks=all (team policy)'],
    ['1:1', "Change 'compression.type' to one of lz4, zstd (team policy in .kpc.json): Kafka 2.8 defaults to 'none'.", 'Add compression.type=lz4 (team policy)'],
    ['1:1', "Keep 'linger.ms' between 5 ms and 100 ms (team policy in .kpc.json): Kafka 2.8 defaults to '0 (0 ms (no wait))'.", 'Add linger.ms=5 (team policy)'],
  ]);
  // What kafka-console-producer forces cannot be fixed in the file: said, no fix.
  const console = run('acks=all\nlinger.ms=10\ncompression.type=zstd\n', EXAMPLE, { client: 'console-producer' });
  assert.deepEqual(console.map((f) => [f.message, f.fixes]), [["Change 'compression.type' to one of lz4, zstd (team policy in .kpc.json): kafka-console-producer sets 'none'.", []]]);
});

test('value, required, units in bounds, severity and the team message; Korean', () => {
  const p = policyOf({ policy: { 'enable.idempotence': { value: true }, 'client.id': { required: true }, 'batch.size': { min: '32 KiB', severity: 'warning', message: 'Small batches waste requests.' }, 'delivery.timeout.ms': { max: '2 min' } } });
  const got = run('acks=all\nbatch.size=16384\ndelivery.timeout.ms=300000\n', p);
  assert.deepEqual(got.map((f) => [f.at, f.severity, f.message, f.fixes]), [
    ['1:1', 'error', "Set 'client.id' in the file (team policy in .kpc.json): the team does not leave it to the default.", []],
    ['2:12', 'warning', "Keep 'batch.size' at least 32768 (32 KiB) (team policy in .kpc.json): this file sets '16384 (16 KiB)'. Small batches waste requests.", ['Change to batch.size=32768 (team policy)']],
    ['3:21', 'error', "Keep 'delivery.timeout.ms' at most 120000 (2 min) (team policy in .kpc.json): this file sets '300000 (5 min)'.", ['Change to delivery.timeout.ms=120000 (team policy)']],
  ]);
  const off = run('acks=1\n', p);
  assert.equal(off[0]?.message, "Change 'enable.idempotence' to 'true' (team policy in .kpc.json): Kafka 3.6 runs with 'false' (turned off by Kafka because of acks / retries / max.in.flight).");
  assert.deepEqual(off[0]?.fixes, ['Add enable.idempotence=true (team policy) [safe]']);
  const ko = run('acks=all\nbatch.size=16384\n', p, { locale: 'ko' });
  assert.equal(ko[1]?.message, "'batch.size'를 32768 (32 KiB) 이상(으)로 유지 (.kpc.json 팀 정책): 이 파일의 값은 '16384 (16 KiB)'입니다. Small batches waste requests.");
});

test('secret values never appear in policy messages', () => {
  const p = policyOf({ policy: { 'ssl.key.password': { value: 'expected-secret' }, 'sasl.jaas.config': { oneOf: ['${file:/s.properties:jaas}'] } } });
  const got = run('ssl.key.password=hunter2\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required password="pw";\n', p);
  assert.equal(got.length, 2);
  for (const f of got) {
    assert.doesNotMatch(f.message, /hunter2|expected-secret|pw"/);
    assert.deepEqual(f.fixes, []);
  }
});

test('kpc fix applies the fixed-value fix only (a chosen value is not guessed)', () => {
  const p = policyOf({ policy: { acks: { value: 'all' }, 'compression.type': { oneOf: ['lz4', 'zstd'] }, 'sasl.jaas.config': { forbidden: true } } });
  const text = 'acks=1\ncompression.type=gzip\nsasl.jaas.config=x\n';
  const res = fixAll(text, { kafkaVersion: '3.6', policy: p });
  assert.equal(res.text, 'acks=all\ncompression.type=gzip\nsasl.jaas.config=x\n');
});

test('the rule runs only with a policy, and `policy` severity overrides apply', () => {
  assert.equal(analyze('acks=1\n', { kafkaVersion: '3.6' }).findings.some((f) => f.code === 'policy'), false);
  const a = analyze('acks=1\n', { kafkaVersion: '3.6', policy: EXAMPLE, severity: { policy: 'warning' } });
  assert.deepEqual(a.findings.filter((f) => f.code === 'policy').map((f) => [f.severity, f.data?.key]), [['warning', 'compression.type'], ['warning', 'linger.ms'], ['warning', 'acks']]);
  const disabled = analyze('# kpc-disable policy\nacks=1\n', { kafkaVersion: '3.6', policy: EXAMPLE });
  assert.equal(disabled.findings.some((f) => f.code === 'policy'), false);
});
