// Rack-aware partitioning (Kafka 4.4, KIP-1123) in the simulator: brokers over racks, the sticky partition chosen
// among leaders in the client's rack, cross-rack bytes reported; versions and configs without it unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFromConfig, simulate, type Scenario, type SimulationResult } from '../../../server/src/simulator/index';
import { inRackUniform, inRackWeighted, resolveRacks } from '../../../server/src/simulator/rack';
import { runSimulate } from '../../../server/src/cli/simulate';
import type { KafkaVersion } from '../../../schemas/catalog/index';

const RACK = { 'client.rack': 'use1-az1', 'partitioner.rack.aware': 'true', 'linger.ms': '5' };
const SMALL: Partial<Scenario> = { records: 20_000, ratePerSec: 200_000 };
const run = (values: Record<string, string>, version: KafkaVersion, scn: Partial<Scenario> = {}): SimulationResult => simulate(settingsFromConfig(values, version), { ...SMALL, ...scn });
/** What the run computed, without the rack report (to compare runs that differ only in what is reported). */
const core = (r: SimulationResult) => ({ records: r.records, batches: r.batches, requests: r.requests, latencyMs: r.latencyMs, partitions: r.partitions.map((p) => ({ ...p, rack: undefined })) });

test('4.4 rack-aware: keyless records go only to partitions led in the client\'s rack, no cross-rack bytes', () => {
  const r = run(RACK, '4.4', { racks: 3, clientRack: 1 });
  assert.equal(r.settings.rackAware, true);
  assert.equal(r.settings.clientRack, 'use1-az1');
  assert.match(r.partitioner, /rack-aware \(KIP-1123\)/);
  assert.deepEqual(r.crossRack && { racks: r.crossRack.racks, clientRack: r.crossRack.clientRack, bytes: r.crossRack.bytes, share: r.crossRack.share }, { racks: 3, clientRack: 1, bytes: 0, share: 0 });
  // 6 partitions on 3 brokers in 3 racks: partitions 1 and 4 are led by broker 1, in rack 1
  for (const p of r.partitions) assert.equal(p.records > 0, p.rack === 1, `partition ${p.partition} (rack ${p.rack}): ${p.records}`);
  assert.equal(r.records.delivered, 20_000);
});

test('without rack awareness the same producer sends most bytes across racks: what the setting saves', () => {
  const off = run({ ...RACK, 'partitioner.rack.aware': 'false' }, '4.4', { racks: 3 });
  assert.equal(off.settings.rackAware, false);
  assert.ok(off.crossRack!.share > 0.5 && off.crossRack!.share < 0.8, `share ${off.crossRack!.share}`);
  assert.ok(off.crossRack!.bytesPerSec > 0);
  assert.equal(off.partitions.filter((p) => p.records > 0).length, 6);
  const before = run(RACK, '4.3', { racks: 3 });
  assert.equal(before.settings.rackAware, false, '4.3 has no partitioner.rack.aware');
  assert.ok(before.crossRack!.share > 0.5);
});

test('older versions and configs without racks compute exactly what they did; racks only add the report', () => {
  for (const v of ['3.2', '3.9', '4.3'] as KafkaVersion[]) {
    const cfg = { 'linger.ms': '5', 'compression.type': 'lz4' };
    const plain = run(cfg, v);
    assert.equal(plain.crossRack, undefined, `${v}: no rack report without racks`);
    assert.ok(plain.partitions.every((p) => p.rack === undefined));
    assert.deepEqual(core(run(cfg, v, { racks: 3, clientRack: 2 })), core(plain), `${v}: racks change nothing but the report`);
  }
  // 4.4 without the setting: the same
  assert.deepEqual(core(run({ 'client.rack': 'a' }, '4.4', { racks: 3 })), core(run({}, '4.4')));
  // one rack: every leader is in the client's rack, so rack awareness changes nothing
  assert.deepEqual(core(run(RACK, '4.4', { racks: 1 })), core(run({ ...RACK, 'partitioner.rack.aware': 'false' }, '4.4', { racks: 1 })));
});

test('no leader in the client\'s rack: Kafka falls back to all available partitions (the same draws as without the setting)', () => {
  const scn = { racks: 4, clientRack: 3 }; // 3 brokers in racks 0-2, the client in rack 3
  const aware = run(RACK, '4.4', scn);
  const off = run({ ...RACK, 'partitioner.rack.aware': 'false' }, '4.4', scn);
  assert.deepEqual(core(aware), core(off));
  assert.equal(aware.crossRack!.share, 1);
});

test('keyed records keep their hashed partition; a custom partitioner ignores the setting', () => {
  const keyed = { keys: { kind: 'uniform', count: 500 } as const, racks: 3 };
  assert.deepEqual(core(run(RACK, '4.4', keyed)), core(run({ ...RACK, 'partitioner.rack.aware': 'false' }, '4.4', keyed)));
  const rr = { ...RACK, 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' };
  assert.deepEqual(core(run(rr, '4.4', { racks: 3 })), core(run({ ...rr, 'partitioner.rack.aware': 'false' }, '4.4', { racks: 3 })));
});

test('under load the choice stays in the rack, and the run is deterministic', () => {
  // Kafka weighs partitions by queue size only once every partition has a batch queue (RecordAccumulator.partitionReady);
  // rack-aware keyless traffic never creates queues outside the rack, so the choice stays uniform within it
  const scn: Partial<Scenario> = { racks: 2, clientRack: 0, brokers: 4, partitions: 8, bandwidthMBps: 2, records: 10_000, ratePerSec: 50_000 };
  const a = run(RACK, '4.4', scn);
  for (const p of a.partitions) if (p.rack !== 0) assert.equal(p.records, 0, `partition ${p.partition}`);
  assert.ok(a.partitions.filter((p) => p.records > 0).length >= 2);
  assert.deepEqual(run(RACK, '4.4', scn), a);
});

test('a blank client.rack is Kafka\'s start-up error; the simulation still shows the rack-aware run', () => {
  const s = settingsFromConfig({ 'partitioner.rack.aware': 'true', 'client.rack': ' ' }, '4.4');
  assert.match(s.startupError ?? '', /client\.rack must be provided if partitioner\.rack\.aware is enabled/);
  assert.match(s.startupError ?? '', /since Kafka 4\.4/);
  assert.ok(s.warnings.some((w) => w.includes('client.rack must be provided')));
  assert.equal(settingsFromConfig({ 'partitioner.rack.aware': 'true' }, '4.3').startupError, undefined, '4.3 ignores the key');
  assert.equal(settingsFromConfig({ 'partitioner.rack.aware': 'true', 'client.rack': 'r' }, '4.4').startupError, undefined);
  const r = simulate(s, { ...SMALL, racks: 3 });
  assert.equal(r.crossRack!.bytes, 0);
  assert.match(settingsFromConfig({ 'partitioner.rack.aware': 'true' }, '4.4', 'ko').startupError ?? '', /프로듀서가 시작되지 않습니다/);
});

test('rack helpers follow BuiltInPartitioner: in-rack table from raw queue sizes, uniform pick among in-rack partitions', () => {
  // partitions 0..3 with queue sizes 5, 0, 3, 1; even partitions in the client's rack → weights 6-5=1, 6-3=3
  const ids = Int32Array.from([0, 1, 2, 3]), sizes = Int32Array.from([5, 0, 3, 1]);
  const even = (p: number) => p % 2 === 0;
  const scratch = () => [new Int32Array(4), new Int32Array(4)] as const;
  const picks = [0, 1, 2, 3, 4, 5, 6, 7].map((r) => inRackWeighted(r, ids, sizes, 4, even, ...scratch()));
  assert.deepEqual(picks, [0, 2, 2, 2, 0, 2, 2, 2]);
  assert.deepEqual([...sizes], [5, 0, 3, 1], 'the raw sizes are not touched');
  assert.equal(inRackWeighted(3, ids, sizes, 4, () => false, ...scratch()), -1);
  assert.deepEqual([0, 1, 2, 3].map((r) => inRackUniform(r, 6, (p) => p % 3 === 0)), [0, 3, 0, 3]);
  assert.equal(inRackUniform(7, 6, () => false), -1);
  assert.deepEqual(resolveRacks({ rackAware: false, clientRack: '' }, { racks: 0, clientRack: 0 }), { racks: 1, clientRack: 0 });
  assert.deepEqual(resolveRacks({ rackAware: false, clientRack: 'az1' }, { racks: 0, clientRack: 5 }), { racks: 3, clientRack: 2 });
  assert.deepEqual(resolveRacks({ rackAware: true, clientRack: '' }, { racks: 2, clientRack: 1 }), { racks: 2, clientRack: 1 });
});

test('kpc simulate reports cross-rack bytes beside the throughput for a rack-aware 4.4 config', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-racks-'));
  try {
    const file = join(dir, 'producer.config');
    writeFileSync(file, 'client.rack=use1-az1\npartitioner.rack.aware=true\n');
    let out = '', err = '';
    const code = runSimulate([file, '--records', '5000'], (s) => (out += s), (s) => (err += s));
    assert.equal(code, 0, err);
    assert.match(out, /Kafka 4\.4, .*rack-aware \(KIP-1123\)/);
    assert.match(out, /on 3 brokers in 3 racks \(client in rack 0, client\.rack=use1-az1\)/, 'racks default to 3 for a file that names its rack');
    assert.match(out, /^throughput .* MB\/s {2}cross-rack 0\.00 MB\/s on the wire \(0\.0% of the bytes sent\)$/m);
    assert.match(out, /^partition +broker +rack +records/m);
    out = '';
    runSimulate([file, '--records', '5000', '--kafka-version', '4.3', '--racks', '3', '--format', 'json'], (s) => (out += s), () => {});
    const j = JSON.parse(out) as SimulationResult;
    assert.ok(j.crossRack!.share > 0.5, '4.3 has no rack awareness');
    assert.deepEqual(Object.keys(j.crossRack!).sort(), ['bytes', 'bytesPerSec', 'clientRack', 'racks', 'share']);
    for (const argv of [[file, '--racks', '0'], [file, '--racks', '2', '--client-rack', '2'], [file, '--client-rack', '-1']]) {
      let e = '';
      assert.equal(runSimulate(argv, () => {}, (s) => (e += s)), 2, argv.join(' '));
      assert.match(e, /^kpc simulate: /);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
