// The start-up checks of Kafka 4.4 (rack-aware partitioning, the incremental allocation strategy, the
// misrouted-connection check) and the key changes around them: messages lead with what to do, say which
// Kafka version introduced the check, and the quick fixes do what their titles say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../../../server/src/service/analyze';
import { applyEdits, fixAll } from '../../../server/src/service/fixAll';
import type { Finding } from '../../../server/src/service/types';
import { complete } from '../../../server/src/service/completion';
import { hover } from '../../../server/src/service/hover';

const BASE = 'bootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\n';
const find = (text: string, opts: AnalysisOptions, code: string): Finding[] => analyze(text, opts).findings.filter((f) => f.code === code);
const only = (text: string, opts: AnalysisOptions, code: string): Finding => {
  const fs = find(text, opts, code);
  assert.equal(fs.length, 1, `${code}: ${JSON.stringify(analyze(text, opts).findings.map((f) => f.code))}`);
  return fs[0]!;
};
const line = (text: string, f: Finding): string => text.slice(f.span.start, f.span.end);

test('partitioner.rack.aware=true without client.rack: an error from 4.4 (latest), with Kafka\'s text and the version', () => {
  const t = BASE + 'partitioner.rack.aware=true\n';
  for (const v of ['4.4', '4.4.0', 'latest', undefined]) {
    const f = only(t, v ? { kafkaVersion: v } : {}, 'rack-aware-without-client-rack');
    assert.equal(f.severity, 'error');
    assert.match(f.message, /^Set client\.rack to the rack/, 'the action comes first');
    assert.match(f.message, /"client\.rack must be provided if partitioner\.rack\.aware is enabled"/);
    assert.match(f.message, /checked since Kafka 4\.4/);
    assert.equal(line(t, f), 'partitioner.rack.aware=true');
    assert.deepEqual(f.data, { since: '4.4' });
  }
  // 4.3 has neither key: the line is unknown there, not an error
  assert.equal(find(t, { kafkaVersion: '4.3' }, 'rack-aware-without-client-rack').length, 0);
  assert.equal(find(t, { kafkaVersion: '4.3' }, 'unknown-key')[0]?.data?.addedIn, '4.4');
  // the fix adds client.rack= right after the line (the user types the rack); the other one turns the setting off
  const f = only(t, { kafkaVersion: '4.4' }, 'rack-aware-without-client-rack');
  assert.deepEqual(f.fixes.map((x) => [x.title, x.preferred ?? false, x.safe ?? false]), [
    ["Add client.rack= (then type this producer's rack id)", true, false],
    ['Set partitioner.rack.aware=false', false, false],
  ]);
  assert.equal(applyEdits(t, f.fixes[0]!.edits), t + 'client.rack=\n');
  assert.equal(applyEdits(t, f.fixes[1]!.edits), BASE + 'partitioner.rack.aware=false\n');
  assert.equal(fixAll(t, { kafkaVersion: '4.4' }).text, t, 'never applied blindly');
  // Korean
  assert.match(only(t, { kafkaVersion: '4.4', locale: 'ko' }, 'rack-aware-without-client-rack').message, /^client\.rack에 .*Kafka 4\.4부터 적용/);
});

test('client.rack blank (whitespace) counts as missing, points at the blank line, and a rack id clears it', () => {
  const t = BASE + 'client.rack=  \npartitioner.rack.aware=True\n';
  const f = only(t, { kafkaVersion: '4.4' }, 'rack-aware-without-client-rack');
  assert.match(f.message, /and a blank client\.rack/);
  assert.equal(f.related?.length, 1);
  assert.equal(line(t, { ...f, span: f.related![0]!.span }), 'client.rack=  ');
  assert.deepEqual(f.fixes.map((x) => x.title), ['Set partitioner.rack.aware=false'], 'no second client.rack line');
  assert.equal(find(BASE + 'client.rack=use1-az1\npartitioner.rack.aware=true\n', { kafkaVersion: '4.4' }, 'rack-aware-without-client-rack').length, 0);
  assert.equal(find(BASE + 'partitioner.rack.aware=false\n', { kafkaVersion: '4.4' }, 'rack-aware-without-client-rack').length, 0);
  // a custom partitioner ignores the setting, but Kafka checks client.rack all the same
  const custom = BASE + 'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner\npartitioner.rack.aware=true\n';
  assert.equal(find(custom, { kafkaVersion: '4.4' }, 'rack-aware-without-client-rack').length, 1);
  assert.equal(find(custom, { kafkaVersion: '4.4' }, 'partitioner-settings-ignored').length, 1, 'and the setting does nothing there');
  // the console producer passes the file's values through: the same error
  assert.equal(find(BASE + 'partitioner.rack.aware=true\n', { kafkaVersion: '4.4', client: 'console-producer' }, 'rack-aware-without-client-rack').length, 1);
});

test('client.rack is a consumer key before 4.4 and a producer key from 4.4', () => {
  const t = BASE + 'client.rack=use1-az1\n';
  const f = only(t, { kafkaVersion: '4.3' }, 'consumer-key');
  assert.match(f.message, /^Remove 'client\.rack' unless this file is shared with a consumer: the producer ignores it\..* The producer reads it from Kafka 4\.4 on\./);
  assert.equal(f.severity, 'information', 'a client key: the file may be shared with a consumer');
  assert.equal(f.data?.producerFrom, '4.4');
  for (const v of ['4.4', 'latest']) assert.deepEqual(analyze(t, { kafkaVersion: v }).findings.map((x) => x.code), [], v);
  assert.equal(find(t, { kafkaVersion: '3.9' }, 'unknown-key').length, 0, 'never both consumer-key and unknown-key');
});

test('incremental allocation with compression: an error with both ways out; the console producer forces compression off', () => {
  const t = BASE + 'buffer.memory.allocation.strategy=incremental\ncompression.type=lz4\n';
  const f = only(t, { kafkaVersion: '4.4' }, 'incremental-allocation-compression');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^Use buffer\.memory\.allocation\.strategy=full, or compression\.type=none: .*compression\.type=lz4 .*checked since Kafka 4\.4/);
  assert.equal(f.related?.length, 1);
  assert.deepEqual(f.fixes.map((x) => x.title), ['Set buffer.memory.allocation.strategy=full (keep compression)', 'Set compression.type=none']);
  assert.equal(applyEdits(t, f.fixes[0]!.edits), BASE + 'buffer.memory.allocation.strategy=full\ncompression.type=lz4\n');
  assert.equal(applyEdits(t, f.fixes[1]!.edits), BASE + 'buffer.memory.allocation.strategy=incremental\ncompression.type=none\n');
  assert.equal(find(t, { kafkaVersion: '4.4', client: 'console-producer' }, 'incremental-allocation-compression').length, 0, 'kafka-console-producer overwrites compression.type with none');
  assert.equal(find(BASE + 'buffer.memory.allocation.strategy=incremental\ncompression.type=none\n', { kafkaVersion: '4.4' }, 'incremental-allocation-compression').length, 0);
  assert.equal(find(BASE + 'buffer.memory.allocation.strategy=full\ncompression.type=gzip\n', { kafkaVersion: '4.4' }, 'incremental-allocation-compression').length, 0);
  // the key is internal (never offered by completion) but known: not unknown-key in 4.4
  assert.equal(find(t, { kafkaVersion: '4.4' }, 'unknown-key').length, 0);
  assert.equal(find(t, { kafkaVersion: '4.3' }, 'unknown-key').length, 1);
});

test('incremental allocation with batch.size below 16 KiB: a warning (Kafka silently uses full)', () => {
  const t = BASE + 'batch.size=1024\nbuffer.memory.allocation.strategy=INCREMENTAL\n';
  const f = only(t, { kafkaVersion: '4.4' }, 'incremental-allocation-small-batch');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /^Raise batch\.size to at least 16384 .*batch\.size=1024.*silently uses the full strategy \(checked since Kafka 4\.4\)/);
  assert.equal(applyEdits(t, f.fixes[0]!.edits), BASE + 'batch.size=16384\nbuffer.memory.allocation.strategy=INCREMENTAL\n');
  assert.equal(applyEdits(t, f.fixes[1]!.edits), BASE + 'batch.size=1024\n');
  for (const b of ['16384', '65536']) assert.equal(find(BASE + `batch.size=${b}\nbuffer.memory.allocation.strategy=incremental\n`, { kafkaVersion: '4.4' }, 'incremental-allocation-small-batch').length, 0, b);
  assert.equal(find(BASE + 'batch.size=0\nbuffer.memory.allocation.strategy=incremental\n', { kafkaVersion: '4.4' }, 'incremental-allocation-small-batch').length, 1, 'batch.size=0 too');
  assert.equal(find(BASE + 'buffer.memory.allocation.strategy=incremental\n', { kafkaVersion: '4.4' }, 'incremental-allocation-small-batch').length, 0, 'the default batch.size is one chunk');
});

test('metadata.cluster.check.enable with metadata.recovery.strategy=none: a hint, from 4.4', () => {
  const t = BASE + 'metadata.recovery.strategy=none\nmetadata.cluster.check.enable=true\n';
  const f = only(t, { kafkaVersion: '4.4' }, 'cluster-check-ignored');
  assert.equal(f.severity, 'hint');
  assert.deepEqual(f.tags, ['unnecessary']);
  assert.match(f.message, /^Remove metadata\.cluster\.check\.enable or set metadata\.recovery\.strategy=rebootstrap: .*\(checked since Kafka 4\.4\)/);
  assert.equal(applyEdits(t, f.fixes[0]!.edits), BASE + 'metadata.recovery.strategy=none\n');
  assert.equal(applyEdits(t, f.fixes[1]!.edits), BASE + 'metadata.recovery.strategy=rebootstrap\nmetadata.cluster.check.enable=true\n');
  assert.equal(find(BASE + 'metadata.cluster.check.enable=true\n', { kafkaVersion: '4.4' }, 'cluster-check-ignored').length, 0, 'rebootstrap is the 4.x default');
  assert.equal(find(BASE + 'metadata.recovery.strategy=rebootstrap\nmetadata.cluster.check.enable=false\n', { kafkaVersion: '4.4' }, 'cluster-check-ignored').length, 0);
  assert.equal(find(t, { kafkaVersion: '4.3' }, 'cluster-check-ignored').length, 0);
});

test('KIP-1161 (4.2+): an empty list item is refused with a safe fix that drops it; duplicates are fine', () => {
  const t = BASE.replace('localhost:9092', 'a:9092,,b:9092') + 'interceptor.classes=com.example.Audit,\nmetric.reporters=x.R,x.R\n';
  for (const v of ['4.2', '4.3', '4.4']) {
    const fs = find(t, { kafkaVersion: v }, 'invalid-value');
    // each finding points at the empty entry and its comma
    assert.deepEqual(fs.map((f) => line(t, f)), [',,', ','], v);
    assert.match(fs[0]!.message, /^Remove the empty entry in 'bootstrap\.servers'.*values must not be empty/);
    assert.deepEqual(fs.map((f) => f.fixes[0]?.safe), [true, true], v);
  }
  assert.deepEqual(find(t, { kafkaVersion: '4.1' }, 'invalid-value'), [], 'before KIP-1161 empty items were kept');
  const fixed = fixAll(t, { kafkaVersion: '4.4' }).text;
  assert.match(fixed, /^bootstrap\.servers=a:9092,b:9092$/m);
  assert.match(fixed, /^interceptor\.classes=com\.example\.Audit$/m);
  assert.match(fixed, /^metric\.reporters=x\.R,x\.R$/m, 'duplicates are dropped by Kafka with a WARN, not refused');
  assert.deepEqual(find(fixed, { kafkaVersion: '4.4' }, 'invalid-value'), []);
});

test('the 4.4 keys are known, typed and ranged like every other key', () => {
  const t = BASE + 'bootstrap.resolve.timeout.ms=-1\nmetadata.cluster.check.enable=maybe\nsasl.oauthbearer.allow.unverified.audience=true\n';
  const codes = analyze(t, { kafkaVersion: '4.4' }).findings.map((f) => `${f.code}@${line(t, f).split('=')[0]}`);
  assert.deepEqual(codes.sort(), ['invalid-value@maybe', 'out-of-range@-1'].sort());
  assert.deepEqual(find(t, { kafkaVersion: '4.3' }, 'unknown-key').map((f) => f.data?.addedIn), ['4.4', '4.4', '4.4']);
});

test('hover and completion: latest is 4.4; the internal key is never offered; client.rack explained per version', () => {
  const t = 'partitioner.rack.aware=true\n';
  const h44 = hover(analyze(t), 3)!.contents;
  assert.match(h44, /Kafka 4\.4/);
  assert.match(h44, /client\.rack/);
  const rack43 = hover(analyze('client.rack=a\n', { kafkaVersion: '4.3' }), 3)!.contents;
  assert.match(rack43, /producer key in Kafka 4\.4/);
  assert.match(rack43, /consumer setting/);
  const labels = (v: string) => complete(analyze('part', { kafkaVersion: v }), 4).items.map((i) => i.label);
  assert.ok(labels('4.4').some((l) => l.startsWith('partitioner.rack.aware')));
  assert.ok(!labels('4.3').some((l) => l.startsWith('partitioner.rack.aware')));
  const all44 = complete(analyze('', { kafkaVersion: '4.4' }), 0).items.map((i) => i.label);
  assert.ok(all44.some((l) => l.startsWith('client.rack')) && all44.some((l) => l.startsWith('metadata.cluster.check.enable')));
  assert.ok(!all44.some((l) => l.startsWith('buffer.memory.allocation.strategy')), 'internal keys are not offered');
  const latest = complete(analyze('# kpc: kafka-version='), 21).items;
  assert.equal(latest[0]!.label, '4.4');
  assert.match(String(latest[latest.length - 1]!.detail), /4\.4/);
});
