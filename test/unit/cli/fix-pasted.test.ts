// `kpc fix --write` on a file of names pasted from Docker env, Spring Boot and librdkafka: the result must be a
// config the Java producer reads exactly like the one written with Java keys by hand
// (INTENDED below): same effective config per Kafka version, and the same key/value pairs for
// java.util.Properties on a real JVM. (INTENDED stays out of test/fixtures: every .properties file there is also
// replicated into the 10 MB robustness file, whose Fix All budget it would change.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFix } from '../../../server/src/cli/fix';
import { analyze } from '../../../server/src/service/analyze';
import { decodeLatin1 } from '#core';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const PASTED = join(FIXTURES, 'pasted-names.properties');
/** What test/fixtures/pasted-names.properties means, written with the Java producer's keys. */
const INTENDED = [
  'bootstrap.servers=broker-1:9092,broker-2:9092',
  'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer=org.apache.kafka.common.serialization.StringSerializer',
  'enable.idempotence=true',
  'acks=all',
  'batch.size=65536',
  'client.id=orders-producer',
  'security.protocol=SSL',
  'linger.ms=20',
  'buffer.memory=67108864',
  'delivery.timeout.ms=180000',
  'retries=2147483647',
  'compression.type=zstd',
  'send.buffer.bytes=-1',
  'max.in.flight.requests.per.connection=5',
  'ssl.truststore.location=/etc/kafka/secrets/ca.pem',
  'ssl.truststore.type=PEM',
].join('\n') + '\n';

function fixWithCli(version: string): { file: string; text: string; stderr: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-pasted-'));
  const file = join(dir, 'producer.properties');
  copyFileSync(PASTED, file);
  let stderr = '';
  const code = runFix([file, '--write', '--kafka-version', version], { stdout: () => {}, stderr: (s) => void (stderr += s) });
  assert.equal(code, 0, stderr);
  return { file, text: decodeLatin1(readFileSync(file)), stderr, dir };
}

function effective(text: string, version: string): Record<string, string> {
  const a = analyze(text, { kafkaVersion: version, decoded: 'latin1' });
  return Object.fromEntries([...a.effective].map(([k, v]) => [k, `${v.value} (${v.source})`]));
}

for (const version of ['2.8', '3.9', '4.2']) {
  test(`kpc fix turns pasted env and librdkafka names into the intended config (Kafka ${version})`, () => {
    const { text, stderr, dir } = fixWithCli(version);
    try {
      assert.match(stderr, /16 fixes applied/);
      assert.deepEqual(effective(text, version), effective(INTENDED, version));
      const left = analyze(text, { kafkaVersion: version, decoded: 'latin1' }).findings.filter((f) => f.code === 'unknown-key');
      assert.deepEqual(left.map((f) => f.message), [], 'every pasted name was renamed');
      // the units and spellings that differ were converted, not copied
      assert.match(text, /^buffer\.memory=67108864$/m);
      assert.match(text, /^send\.buffer\.bytes=-1$/m);
      assert.match(text, /^ssl\.truststore\.type=PEM$/m);
      // comments stay where they were
      assert.ok(text.startsWith('# A producer config assembled from'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('before the fix the Java producer runs on defaults for every pasted line', () => {
  const before = effective(decodeLatin1(readFileSync(PASTED)), '3.9');
  const intended = effective(INTENDED, '3.9');
  const differing = Object.keys(intended).filter((k) => before[k] !== intended[k]);
  assert.ok(differing.length >= 15, differing.join(', '));
});

const javac = spawnSync('javac', ['-version'], { encoding: 'utf8' });
const haveJavac = !javac.error && javac.status === 0;
test('java.util.Properties reads the fixed file and the intended one as the same pairs', { skip: haveJavac ? false : 'javac not found on PATH: the JVM check of the fixed file did NOT run' }, () => {
  const { file, dir } = fixWithCli('3.9');
  try {
    const classes = join(dir, 'classes');
    const c = spawnSync('javac', ['-d', classes, join('test', 'java', 'PropsDump.java')], { encoding: 'utf8' });
    assert.equal(c.status, 0, c.stderr);
    const intended = join(dir, 'intended.properties');
    writeFileSync(intended, INTENDED, 'latin1');
    const r = spawnSync('java', ['-cp', classes, 'PropsDump', 'stream', file, intended], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [fixedOut, intendedOut] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { ok: boolean; entries: [string, string][] });
    assert.ok(fixedOut!.ok && intendedOut!.ok);
    assert.deepEqual(fixedOut!.entries, intendedOut!.entries);
    assert.equal(fixedOut!.entries.length, 17);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
