// Exact results of a few seeded scenarios, recorded before the engine was optimised for speed: any change in what the
// simulator computes (not only in how fast) fails here. To re-record after an intended model change:
//   KPC_SIM_SNAPSHOT=write node --import tsx --test test/unit/simulator/snapshot.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SCENARIO, settingsFromConfig, simulate, type Scenario, type SimulationResult } from '../../../server/src/simulator/index';
import { LATEST_VERSION, type KafkaVersion } from '../../../schemas/catalog/index';

const BASE: Record<string, string> = { acks: 'all', 'linger.ms': '5', 'batch.size': '16384', 'compression.type': 'lz4' };
const IDEM = { ...BASE, 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '5', retries: '2147483647' };
const NO_IDEM = { ...BASE, 'enable.idempotence': 'false' };
const KEYED = { keys: { kind: 'uniform', count: 1000 } } as const;
const FAULTS = { lostAck: 0.01, requestFailure: 0.01 };

const CASES: { name: string; config: Record<string, string>; version?: KafkaVersion; scenario: Partial<Scenario> }[] = [
  { name: 'preview default', config: BASE, scenario: {} },
  { name: 'bench keyed', config: BASE, scenario: { ...KEYED, records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'bench null key', config: BASE, scenario: { records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'bench idempotent faults', config: IDEM, scenario: { ...KEYED, faults: FAULTS, records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'acks=0 faults', config: { ...NO_IDEM, acks: '0' }, scenario: { faults: { lostAck: 0.1, requestFailure: 0.1 }, records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'acks=1 broker down, failover', config: { ...NO_IDEM, acks: '1' }, scenario: { ...KEYED, records: 10_000, ratePerSec: 1_000_000, faults: { lostAck: 0.01, requestFailure: 0, brokerDown: { broker: 0, atMs: NaN, durationMs: 2000, failoverMs: 100 } } } },
  { name: 'no idempotence, heavy faults, one partition', config: NO_IDEM, scenario: { partitions: 1, brokers: 1, faults: { lostAck: 0.05, requestFailure: 0.05 }, records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'round robin 3.5, skewed keys', config: { ...BASE, 'partitioner.class': 'org.apache.kafka.clients.producer.RoundRobinPartitioner' }, version: '3.5' as KafkaVersion, scenario: { keys: { kind: 'skewed', count: 500 }, partitions: 12, records: 10_000, ratePerSec: 1_000_000 } },
  { name: 'default sticky 3.0', config: BASE, version: '3.0' as KafkaVersion, scenario: { records: 10_000, ratePerSec: 1_000_000, partitions: 30, brokers: 5, rttMs: 50 } },
  { name: 'small buffer blocks, max.in.flight 1', config: { ...IDEM, 'buffer.memory': '200000', 'max.block.ms': '5', 'max.in.flight.requests.per.connection': '1' }, scenario: { ...KEYED, partitions: 500, brokers: 7, faults: FAULTS, records: 10_000, ratePerSec: 1_000_000 } },
];

/** What the snapshot keeps: the headline numbers as they are, everything else as a hash. */
function fingerprint(r: SimulationResult): unknown {
  const hash = createHash('sha256').update(JSON.stringify({ ...r, settings: undefined, scenario: undefined })).digest('hex').slice(0, 16);
  return { records: r.records, batches: r.batches, requests: r.requests, latencyMs: r.latencyMs, durationMs: r.durationMs, hash };
}

const FILE = join('test', 'unit', 'simulator', 'snapshot.json');

test('seeded scenarios give exactly the recorded results', () => {
  const got: Record<string, unknown> = {};
  for (const c of CASES) got[c.name] = fingerprint(simulate(settingsFromConfig(c.config, c.version ?? LATEST_VERSION), { ...DEFAULT_SCENARIO, ...c.scenario }));
  if (process.env.KPC_SIM_SNAPSHOT === 'write') writeFileSync(FILE, JSON.stringify(got, null, 1) + '\n');
  const want = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  assert.deepEqual(Object.keys(got), Object.keys(want));
  for (const name of Object.keys(want)) assert.deepEqual(got[name], want[name], name);
  // the cases exercise what they are meant to
  const f = want as Record<string, { records: { duplicated: number; lost: number }; requests: { failed: number; disconnects: number }; batches: { retried: number } }>;
  assert.ok(f['bench idempotent faults']!.batches.retried > 0 && f['bench idempotent faults']!.records.duplicated === 0);
  assert.ok(f['no idempotence, heavy faults, one partition']!.records.duplicated > 0);
  assert.ok(f['acks=0 faults']!.records.lost > 0);
});
