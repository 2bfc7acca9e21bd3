import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../../../server/src/service/analyze';
import { applyEdits, fixAll } from '../../../server/src/service/fixAll';
import type { Finding } from '../../../server/src/service/types';

const SEED = 'enavle.idempotence =true\nmax.in.flight.request.per.connection =5\nretriess = 5\n';
const FIXED = 'enable.idempotence=true\nmax.in.flight.requests.per.connection=5\nretries=5\n';

const find = (text: string, opts: AnalysisOptions, code: string): Finding[] => analyze(text, opts).findings.filter((f) => f.code === code);
const codes = (text: string, opts: AnalysisOptions): string[] => analyze(text, opts).findings.map((f) => `${f.code}:${f.severity}`);

test('seed: the misspelt enable.idempotence explains that idempotence is NOT enabled where it defaults to false', () => {
  for (const v of ['2.8', '3.0.0', '3.1.0']) {
    const [f] = find(SEED, { kafkaVersion: v }, 'unknown-key');
    assert.ok(f);
    assert.match(f.message, /enavle\.idempotence/);
    assert.match(f.message, /idempotence is NOT enabled/i);
    assert.match(f.message, /^Unknown key 'enavle\.idempotence' — did you mean 'enable\.idempotence'\?/);
  }
  const [f39] = find(SEED, { kafkaVersion: '3.9' }, 'unknown-key');
  assert.doesNotMatch(f39!.message, /NOT enabled/);
  assert.match(f39!.message, /default/);
});

test('seed with kafka-console-producer 2.8–3.1.0: once fixed, the tool-filled acks=1 throws', () => {
  for (const v of ['2.8', '3.0.0', '3.1.0']) {
    const [f] = find(SEED, { kafkaVersion: v, client: 'console-producer' }, 'unknown-key');
    assert.match(f!.message, /once fixed, it throws ConfigException/);
    assert.match(f!.message, /acks=1/);
  }
  const [f] = find(SEED, { kafkaVersion: '3.0.1', client: 'console-producer' }, 'unknown-key');
  assert.doesNotMatch(f!.message, /ConfigException/);
});

test('the rename fix edits only the key span and is safe', () => {
  const [f] = find(SEED, {}, 'unknown-key');
  const fix = f!.fixes[0]!;
  assert.equal(fix.safe, true);
  assert.deepEqual(fix.edits, [{ span: { start: 0, end: 18 }, newText: 'enable.idempotence' }]);
  assert.equal(applyEdits(SEED, fix.edits).split('\n')[0], 'enable.idempotence =true');
});

test('idempotence-acks severity follows the version and the client', () => {
  const sev = (v: string, client: 'java' | 'console-producer') => find(FIXED, { kafkaVersion: v, client }, 'idempotence-acks').map((f) => f.severity);
  assert.deepEqual(sev('2.8', 'console-producer'), ['error']);
  assert.deepEqual(sev('3.0.0', 'console-producer'), ['error']);
  assert.deepEqual(sev('3.1.0', 'console-producer'), ['error']);
  assert.deepEqual(sev('3.0.1', 'console-producer'), ['hint']);
  assert.deepEqual(sev('3.0', 'console-producer'), ['hint']); // no patch: latest patch of the line
  assert.deepEqual(sev('3.2', 'console-producer'), ['hint']);
  assert.deepEqual(sev('2.8', 'java'), ['hint']); // acks silently forced to all
  assert.deepEqual(sev('3.9', 'java'), ['hint']); // default already all
  const [err] = find(FIXED, { kafkaVersion: '2.8', client: 'console-producer' }, 'idempotence-acks');
  assert.match(err!.message, /kafka-console-producer fills in acks=1/);
  assert.match(err!.message, /ConfigException/);
  const fix = err!.fixes[0]!;
  assert.equal(fix.safe, true);
  assert.equal(applyEdits(FIXED, fix.edits), 'enable.idempotence=true\nacks=all\nmax.in.flight.requests.per.connection=5\nretries=5\n');
});

test('explicit vs default enable.idempotence: ConfigException vs silently off (3.0.1+), nothing in 2.8 / 3.0.0', () => {
  const dflt = 'acks=1\n';
  const expl = 'enable.idempotence=true\nacks=1\n';
  assert.deepEqual(codes(dflt, { kafkaVersion: '3.9', allowedKeys: [] }).filter((c) => c.startsWith('idem')), ['idempotence-acks:warning']);
  assert.deepEqual(codes(expl, { kafkaVersion: '3.9' }).filter((c) => c.startsWith('idem')), ['idempotence-acks:error']);
  assert.deepEqual(codes(dflt, { kafkaVersion: '2.8' }).filter((c) => c.startsWith('idem')), []);
  assert.deepEqual(codes(dflt, { kafkaVersion: '3.0.0' }).filter((c) => c.startsWith('idem')), []);
  assert.deepEqual(codes(expl, { kafkaVersion: '2.8' }).filter((c) => c.startsWith('idem')), ['idempotence-acks:error']);
  // misspelt keys do not count as explicit
  assert.deepEqual(codes('enavle.idempotence=true\nacks=1\n', { kafkaVersion: '3.9' }).filter((c) => c.startsWith('idem')), ['idempotence-acks:warning']);
});

test('max.in.flight > 5: warning in 3.x with default idempotence, error from 4.0', () => {
  const t = 'max.in.flight.requests.per.connection=10\n';
  assert.equal(find(t, { kafkaVersion: '3.9' }, 'idempotence-max-in-flight')[0]?.severity, 'warning');
  assert.equal(find(t, { kafkaVersion: '4.0' }, 'idempotence-max-in-flight')[0]?.severity, 'error');
  assert.equal(find(t, { kafkaVersion: '2.8' }, 'idempotence-max-in-flight').length, 0);
  assert.equal(find('enable.idempotence=true\n' + t, { kafkaVersion: '2.8' }, 'idempotence-max-in-flight')[0]?.severity, 'error');
});

test('retries=0 and transactional.id', () => {
  assert.equal(find('retries=0\n', { kafkaVersion: '3.9' }, 'idempotence-retries')[0]?.severity, 'warning');
  assert.equal(find('enable.idempotence=true\nretries=0\n', { kafkaVersion: '3.9' }, 'idempotence-retries')[0]?.severity, 'error');
  assert.equal(find('transactional.id=t\nretries=0\n', { kafkaVersion: '2.8' }, 'idempotence-retries')[0]?.severity, 'error');
  const tx = find('transactional.id=t\nacks=1\n', { kafkaVersion: '3.9' }, 'transactional-requires-idempotence');
  assert.equal(tx.length, 1);
  assert.match(tx[0]!.message, /acks=1/);
  assert.equal(find('transactional.id=t\nenable.idempotence=false\n', { kafkaVersion: '2.8' }, 'transactional-requires-idempotence').length, 1);
  assert.equal(find('transactional.id=t\n', { kafkaVersion: '3.9' }, 'transactional-requires-idempotence').length, 0);
});

test('delivery.timeout.ms: explicit too small is an error, default is raised with a warning', () => {
  const [e] = find('linger.ms=500\nrequest.timeout.ms=30000\ndelivery.timeout.ms=20000\n', {}, 'delivery-timeout-too-small');
  assert.equal(e?.severity, 'error');
  assert.equal(e!.fixes[0]!.edits[0]!.newText, '30500');
  const [w] = find('linger.ms=100000\n', { kafkaVersion: '3.9' }, 'delivery-timeout-too-small');
  assert.equal(w?.severity, 'warning');
  assert.match(w!.message, /130000/);
  assert.equal(find('linger.ms=100000\n', { kafkaVersion: '3.9', client: 'console-producer' }, 'delivery-timeout-too-small').length, 0);
});

test('console producer ignores compression.type from the file', () => {
  const [f] = find('compression.type=zstd\n', { client: 'console-producer' }, 'console-producer-ignored');
  assert.equal(f?.severity, 'warning');
  assert.match(f!.message, /--compression-codec/);
  assert.equal(find('compression.type=ZSTD\n', { client: 'console-producer' }, 'invalid-value').length, 0);
  assert.equal(find('compression.type=ZSTD\n', { kafkaVersion: '3.9' }, 'invalid-value').length, 1);
});

test('values: type, enum, range exactly as ConfigDef parses', () => {
  assert.equal(find('batch.size=16k\n', {}, 'invalid-value').length, 1);
  assert.equal(find('batch.size=16384 \n', {}, 'invalid-value').length, 0);
  assert.equal(find('enable.idempotence=TRUE\n', {}, 'invalid-value').length, 0);
  const [acks] = find('acks=ALL\n', {}, 'invalid-value');
  assert.equal(acks!.fixes[0]!.edits[0]!.newText, 'all');
  assert.equal(acks!.fixes[0]!.safe, true);
  assert.equal(find('send.buffer.bytes=-2\n', {}, 'out-of-range').length, 1);
  assert.equal(find('send.buffer.bytes=-1\n', {}, 'out-of-range').length, 0);
});

test('duplicate keys: earlier lines flagged, identical ones removed safely', () => {
  const t = 'acks=all\nlinger.ms=5\nacks=all\n';
  const [d] = find(t, {}, 'duplicate-key');
  assert.equal(d!.span.start, 0);
  assert.equal(d!.fixes[0]!.safe, true);
  assert.equal(applyEdits(t, d!.fixes[0]!.edits), 'linger.ms=5\nacks=all\n');
  const [d2] = find('acks=1\nacks=all\n', {}, 'duplicate-key');
  assert.equal(d2!.fixes[0]!.safe, false);
});

test('custom keys: allowedKeys setting and # kpc: allow', () => {
  assert.equal(find('my.key=1\n', {}, 'unknown-key').length, 1);
  assert.equal(find('my.key=1\n', { allowedKeys: ['my.key'] }, 'unknown-key').length, 0);
  assert.equal(find('# kpc: allow my.key other.key\nmy.key=1\nother.key=2\n', {}, 'unknown-key').length, 0);
});

test('suppression comments and severity overrides', () => {
  const t = '# kpc-disable-next-line unknown-key\nfoo.bar=1\nbaz.qux=2\n';
  assert.deepEqual(find(t, {}, 'unknown-key').map((f) => f.span.start), [t.indexOf('baz')]);
  assert.equal(find('# kpc-disable-next-line\nfoo.bar=1\n', {}, 'unknown-key').length, 0);
  assert.equal(find('# kpc-disable-next-line acks-typo\nfoo.bar=1\n', {}, 'unknown-key').length, 1);
  assert.equal(find('# kpc-disable unknown-key\nfoo.bar=1\nbaz.qux=2\n', {}, 'unknown-key').length, 0);
  assert.equal(find('foo.bar=1\n', { severity: { 'unknown-key': 'error' } }, 'unknown-key')[0]?.severity, 'error');
  assert.equal(find('foo.bar=1\n', { severity: { 'unknown-key': 'off' } }, 'unknown-key').length, 0);
});

test('version and client directives win over settings; bad ones are reported and fall back', () => {
  const a = analyze('# kpc: kafka-version=3.0.0\n# kpc: client=console-producer\nenable.idempotence=true\n', { kafkaVersion: '3.9' });
  assert.equal(a.version, '3.0');
  assert.equal(a.patch, 0);
  assert.equal(a.versionSource, 'comment');
  assert.equal(a.client, 'console-producer');
  assert.equal(a.findings.find((f) => f.code === 'idempotence-acks')?.severity, 'error');
  const b = analyze('# kpc: kafka-version=9.9\nacks=all\n', { kafkaVersion: '3.6' });
  assert.equal(b.version, '3.6');
  const bad = b.findings.find((f) => f.code === 'unknown-kafka-version');
  assert.ok(bad);
  assert.match(bad.message, /9\.9/);
  const c = analyze('acks=all\n', { kafkaVersion: 'banana' });
  assert.ok(c.findings.some((f) => f.code === 'unknown-kafka-version'));
});

test('effective config: console-producer fills and the 3.0.0 idempotence quirk', () => {
  const a = analyze('linger.ms=7\n', { kafkaVersion: '2.8', client: 'console-producer' });
  assert.deepEqual({ ...a.effective.get('acks') }, { value: '1', source: 'console-producer' });
  assert.equal(a.effective.get('linger.ms')?.source, 'explicit');
  assert.equal(a.effective.get('compression.type')?.value, 'none');
  const b = analyze('acks=all\n', { kafkaVersion: '3.0.0' });
  assert.equal(b.effective.get('enable.idempotence')?.value, 'false');
  const c = analyze('acks=all\n', { kafkaVersion: '3.0.1' });
  assert.equal(c.effective.get('enable.idempotence')?.value, 'true');
});

test('secrets are never echoed', () => {
  const t = 'ssl.truststore.password=hunter2\nsasl.jaas.config=x required password="hunter2";\nssl.key.password=hunter2\nssl.keystore.password=hunter2\n';
  for (const locale of ['en', 'ko'] as const) {
    for (const f of analyze(t, { locale }).findings) assert.doesNotMatch(f.message, /hunter2/);
  }
  assert.equal(find(t, {}, 'plaintext-secret').length, 4);
  assert.equal(find('ssl.truststore.password=${file:/s.properties:pw}\n', {}, 'plaintext-secret').length, 0);
});

test('non-ASCII and malformed escapes', () => {
  const [n] = find('client.id=café\n', {}, 'non-ascii');
  assert.ok(n);
  assert.match(n.message, /Ã©/);
  assert.equal(applyEdits('client.id=café\n', n.fixes[0]!.edits), 'client.id=caf\\u00E9\n');
  assert.equal(find('acks=\\u12G4\n', {}, 'malformed-escape')[0]?.severity, 'error');
});

test('removed, deprecated and other-component keys', () => {
  assert.equal(find('auto.include.jmx.reporter=true\n', { kafkaVersion: '4.0' }, 'removed-key').length, 1);
  assert.equal(find('auto.include.jmx.reporter=true\n', { kafkaVersion: '3.9' }, 'deprecated-key').length, 1);
  assert.equal(find('group.id=x\n', {}, 'consumer-key').length, 1);
  assert.equal(find('group.id=x\n', {}, 'unknown-key').length, 0);
});

test('Korean messages', () => {
  const [f] = find(SEED, { locale: 'ko', kafkaVersion: '2.8' }, 'unknown-key');
  assert.match(f!.message, /멱등성/);
});

test('fixAll: seed for the 2.8 console producer, idempotent, CRLF and missing final newline kept', () => {
  const r = fixAll(SEED, { kafkaVersion: '2.8', client: 'console-producer' });
  assert.equal(r.text, 'enable.idempotence =true\nacks=all\nmax.in.flight.requests.per.connection =5\nretries = 5\n');
  assert.equal(r.applied, 4);
  assert.deepEqual(fixAll(r.text, { kafkaVersion: '2.8', client: 'console-producer' }), { text: r.text, applied: 0 });
  const crlf = fixAll('enable.idempotence=true\r\nlinger,ms=5', { kafkaVersion: '3.9' });
  assert.equal(crlf.text, 'enable.idempotence=true\r\nacks=all\r\nlinger.ms=5');
});

test('analyze never throws on odd input', () => {
  const samples = ['', '\\', '=', ':::', '\u0000\uFFFF', 'a\\\n', '\uFEFF#x', 'k=\\u', 'x'.repeat(5000), '\r\r\n\n', 'enable.idempotence=true\ntransactional.id\n'];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = 'ab.=:\\ \n\r\t#!u0eé\u00ff';
  for (let i = 0; i < 300; i++) {
    let s = '';
    for (let j = 0; j < 40; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    samples.push(s);
  }
  for (const s of samples) {
    for (const client of ['java', 'console-producer'] as const) {
      const a = analyze(s, { client, kafkaVersion: '2.8' });
      for (const f of a.findings) assert.ok(f.span.start >= 0 && f.span.end <= s.length && f.span.start <= f.span.end);
      fixAll(s, { client });
    }
  }
});

test('3.0.0 / 3.1.0: acks=all alone is not idempotent (default not honoured)', () => {
  assert.equal(find('acks=all\n', { kafkaVersion: '3.0.0' }, 'idempotence-default-ignored').length, 1);
  assert.equal(find('acks=all\n', { kafkaVersion: '3.1.0' }, 'idempotence-default-ignored').length, 1);
  assert.equal(find('acks=all\n', { kafkaVersion: '3.0.1' }, 'idempotence-default-ignored').length, 0);
  assert.equal(find('acks=all\nenable.idempotence=true\n', { kafkaVersion: '3.0.0' }, 'idempotence-default-ignored').length, 0);
  assert.equal(analyze('acks=all\n', { kafkaVersion: '3.0.0' }).effective.get('enable.idempotence')?.value, 'false');
});

test('empty sasl.mechanism with SASL: ConfigException from 3.3', () => {
  const t = 'security.protocol=SASL_SSL\nsasl.mechanism=\n';
  assert.equal(find(t, { kafkaVersion: '3.3' }, 'sasl-mechanism-empty')[0]?.severity, 'error');
  assert.equal(find(t, { kafkaVersion: '3.2' }, 'sasl-mechanism-empty').length, 0);
  assert.equal(find('security.protocol=SSL\nsasl.mechanism=\n', { kafkaVersion: '3.9' }, 'sasl-mechanism-empty').length, 0);
  assert.equal(find('security.protocol=SASL_SSL\n', { kafkaVersion: '3.9' }, 'sasl-mechanism-empty').length, 0);
});

test('allowed keys accept a prefix with *', () => {
  assert.equal(find('my.company.a=1\nmy.company.b.c=2\nother=3\n', { allowedKeys: ['my.company.*'] }, 'unknown-key').length, 1);
  assert.equal(find('# kpc: allow interceptor.tracing.*\ninterceptor.tracing.endpoint=x\n', {}, 'unknown-key').length, 0);
});

test('non-ASCII findings are capped (binary files)', () => {
  const text = Array.from({ length: 300 }, (_, i) => `client.id.${i}=café`).join('\n');
  const f = find(text, { allowedKeys: ['client.id.*'] }, 'non-ascii');
  assert.equal(f.length, 201);
  assert.match(f[200]!.message, /and 99 more/);
});

test('config.providers keys are known to AbstractConfig in every version', () => {
  const t = 'config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.truststore.password=${file:/etc/s.properties:pw}\n';
  for (const v of ['2.8', '3.9', '4.2']) assert.equal(find(t, { kafkaVersion: v }, 'unknown-key').length, 0, v);
  assert.equal(find(t, {}, 'plaintext-secret').length, 0);
});

test('JmxReporter keys: include/exclude always read, blacklist/whitelist gone in 4.0', () => {
  assert.equal(find('metrics.jmx.exclude=kafka.producer:*\n', { kafkaVersion: '2.8' }, 'unknown-key').length, 0);
  assert.equal(find('metrics.jmx.blacklist=x\n', { kafkaVersion: '3.9' }, 'unknown-key').length, 0);
  const [f] = find('metrics.jmx.blacklist=x\n', { kafkaVersion: '4.0' }, 'unknown-key');
  assert.match(f!.message, /removed in Kafka 4\.0/);
  assert.equal(applyEdits('metrics.jmx.blacklist=x\n', f!.fixes[0]!.edits), 'metrics.jmx.exclude=x\n');
});

test('a misspelt enable.idempotence next to an explicit one names that line, never calls it the default', () => {
  const msg = (text: string, v: string) => find(text, { kafkaVersion: v }, 'unknown-key')[0]?.message ?? '';
  assert.match(msg('enavle.idempotence=true\nenable.idempotence=false\n', '3.9'), /enable\.idempotence=false is set elsewhere in the file/);
  assert.doesNotMatch(msg('enavle.idempotence=true\nenable.idempotence=false\n', '3.9'), /default: false/);
  assert.match(msg('enavle.idempotence=true\n', '2.8'), /\(default: false\)/);
});
