// The producer simulator: pure, seeded, deterministic. Shared by `kpc simulate` and the preview webview.
import { hostMessage, type Locale } from '#core';
import { simulateEngine } from './engine';
import type { FaultPlan, KeyDistribution, ProducerSettings, Scenario, SimulationResult } from './types';

export * from './types';
export { murmur2, toPositive, utf8, partitionForKey } from './murmur2';
export { settingsFromConfig, simulatorSettings } from './settings';
export { COMPRESSION_PRESETS, BATCH_HEADER_BYTES, RECORD_OVERHEAD_BYTES, describePartitioner } from './engine';

/** The default scenario: 100k records at 50k/s, 6 partitions on 3 brokers, null keys, no faults, seed 1. */
export const DEFAULT_SCENARIO: Scenario = {
  records: 100_000,
  ratePerSec: 50_000,
  valueBytes: 200,
  keys: { kind: 'null' },
  partitions: 6,
  brokers: 3,
  racks: 0,
  clientRack: 0,
  rttMs: 1,
  replicationMs: 1,
  bandwidthMBps: 100,
  brokerRequestMs: 0.1,
  brokerBatchMs: 0.02,
  senderPollMs: 0.05,
  sendCpuMs: 0.001,
  faults: { lostAck: 0, requestFailure: 0 },
  seed: 1,
  buckets: 60,
};

/** Limits that keep any run bounded (bad input never hangs). */
export const LIMITS = { maxRecords: 5_000_000, maxPartitions: 10_000, maxBrokers: 1000, maxKeys: 1_000_000 };

function clampNum(v: unknown, lo: number, hi: number, dflt: number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return dflt;
  return Math.min(hi, Math.max(lo, n));
}

/** Fills in and clamps a partial scenario. */
export function makeScenario(partial: Partial<Scenario> = {}): Scenario {
  const d = DEFAULT_SCENARIO;
  const keys = partial.keys ?? d.keys;
  const faults: FaultPlan = {
    lostAck: clampNum(partial.faults?.lostAck, 0, 1, 0),
    requestFailure: clampNum(partial.faults?.requestFailure, 0, 1, 0),
  };
  const bd = partial.faults?.brokerDown;
  const records = Math.floor(clampNum(partial.records, 0, LIMITS.maxRecords, d.records));
  const ratePerSec = clampNum(partial.ratePerSec, 0.001, 1e9, d.ratePerSec);
  if (bd && bd.durationMs > 0) {
    // no (finite) start time: a quarter into the run
    const atMs = typeof bd.atMs === 'number' && Number.isFinite(bd.atMs) ? clampNum(bd.atMs, 0, 1e9, 0) : ((records / ratePerSec) * 1000) / 4;
    faults.brokerDown = { broker: Math.floor(clampNum(bd.broker, 0, LIMITS.maxBrokers, 0)), atMs, durationMs: clampNum(bd.durationMs, 0, 1e9, 0) };
    if (bd.failoverMs !== undefined && Number.isFinite(bd.failoverMs) && bd.failoverMs >= 0) faults.brokerDown.failoverMs = clampNum(bd.failoverMs, 0, 1e9, 0);
  }
  return {
    records,
    ratePerSec,
    valueBytes: Math.floor(clampNum(partial.valueBytes, 0, 100 * 1024 * 1024, d.valueBytes)),
    keys: keys.kind === 'null' ? keys : { ...keys, count: Math.floor(clampNum(keys.count, 1, LIMITS.maxKeys, 100)) },
    partitions: Math.floor(clampNum(partial.partitions, 1, LIMITS.maxPartitions, d.partitions)),
    brokers: Math.floor(clampNum(partial.brokers, 1, LIMITS.maxBrokers, d.brokers)),
    racks: Math.floor(clampNum(partial.racks, 0, LIMITS.maxBrokers, d.racks)),
    clientRack: Math.floor(clampNum(partial.clientRack, 0, LIMITS.maxBrokers - 1, d.clientRack)),
    rttMs: clampNum(partial.rttMs, 0, 60_000, d.rttMs),
    replicationMs: clampNum(partial.replicationMs, 0, 60_000, d.replicationMs),
    bandwidthMBps: clampNum(partial.bandwidthMBps, 0.001, 1e6, d.bandwidthMBps),
    brokerRequestMs: clampNum(partial.brokerRequestMs, 0, 60_000, d.brokerRequestMs),
    brokerBatchMs: clampNum(partial.brokerBatchMs, 0, 60_000, d.brokerBatchMs),
    senderPollMs: clampNum(partial.senderPollMs, 0.001, 1000, d.senderPollMs),
    sendCpuMs: clampNum(partial.sendCpuMs, 0, 1000, d.sendCpuMs),
    ...(partial.compressionRatio !== undefined ? { compressionRatio: clampNum(partial.compressionRatio, 0.01, 1, 1) } : {}),
    ...(partial.compressionNsPerByte !== undefined ? { compressionNsPerByte: clampNum(partial.compressionNsPerByte, 0, 1e6, 0) } : {}),
    faults,
    seed: Math.floor(clampNum(partial.seed, -2147483648, 2147483647, d.seed)),
    buckets: Math.floor(clampNum(partial.buckets, 1, 2000, d.buckets)),
  };
}

/** Runs the simulation. Pure and deterministic: the same settings and scenario give the same result. */
export function simulate(settings: ProducerSettings, scenario: Partial<Scenario> | Scenario): SimulationResult {
  return simulateEngine(settings, makeScenario(scenario));
}

/** `null`, `uniform:K`, `skewed:K` (or `skewed:K:S` with Zipf exponent S). */
export function parseKeySpec(spec: string, locale: Locale = 'en'): KeyDistribution | { error: string } {
  const s = spec.trim().toLowerCase();
  if (s === 'null' || s === 'none') return { kind: 'null' };
  const m = /^(uniform|skewed):(\d+)(?::(\d+(?:\.\d+)?))?$/.exec(s);
  if (!m) return { error: hostMessage(locale, 'simulate.err.keys', { spec }) };
  const count = Number(m[2]);
  if (count < 1 || count > LIMITS.maxKeys) return { error: hostMessage(locale, 'simulate.err.keysCount', { spec, max: LIMITS.maxKeys }) };
  if (m[1] === 'uniform') {
    if (m[3] !== undefined) return { error: hostMessage(locale, 'simulate.err.keysUniform', { spec }) };
    return { kind: 'uniform', count };
  }
  return m[3] !== undefined ? { kind: 'skewed', count, exponent: Number(m[3]) } : { kind: 'skewed', count };
}

/**
 * `lost-ack:P,request-failure:P,broker-down:MS[,failover:MS]` (probabilities 0..1; broker-down takes broker 0 down at a
 * quarter of the run; failover moves its partitions' leadership to the other brokers that many ms after the crash).
 */
export function parseFaultSpec(spec: string, locale: Locale = 'en'): FaultPlan | { error: string } {
  const plan: FaultPlan = { lostAck: 0, requestFailure: 0 };
  let failover: number | undefined;
  for (const part of spec.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^(lost-ack|request-failure|broker-down|failover):([0-9]*\.?[0-9]+)$/.exec(part);
    if (!m) return { error: hostMessage(locale, 'simulate.err.fault', { item: part }) };
    const v = Number(m[2]);
    if (m[1] === 'failover') {
      if (v > 1e9) return { error: hostMessage(locale, 'simulate.err.faultTooLarge', { item: part }) };
      failover = v;
    } else if (m[1] === 'broker-down') {
      if (v > 1e9) return { error: hostMessage(locale, 'simulate.err.faultDuration', { item: part }) };
      plan.brokerDown = { broker: 0, atMs: NaN, durationMs: v };
    } else {
      if (v > 1) return { error: hostMessage(locale, 'simulate.err.faultProbability', { item: part }) };
      if (m[1] === 'lost-ack') plan.lostAck = v; else plan.requestFailure = v;
    }
  }
  if (failover !== undefined) {
    if (!plan.brokerDown) return { error: hostMessage(locale, 'simulate.err.failover') };
    plan.brokerDown.failoverMs = failover;
  }
  return plan;
}
