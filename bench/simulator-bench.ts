/**
 * Simulator throughput (simulated records per wall-clock second) for three scenarios at 10k, 100k
 * and 1M records, and the preview's recompute time for the default scenario (config values →
 * settings → simulation, what the preview does when the file changes).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_SCENARIO, settingsFromConfig, simulate, type Scenario } from '../server/src/simulator/index';
import { LATEST_VERSION } from '../schemas/catalog/index';
import { median, quantile, round } from './stats';

export interface SimScenarioResult {
  scenario: string;
  records: number;
  ms: number;
  recordsPerSec: number;
  /** Proof the run did the work: delivered / duplicated records as the simulator reports them. */
  delivered: number;
  duplicated: number;
  batches: number;
}

export interface SimResult {
  scenarios: SimScenarioResult[];
  previewRecompute: { median?: number; p95?: number; n: number; records: number };
  error?: string;
}

/** The config the scenarios simulate (what a user of the preview typically has open). */
const BASE_CONFIG: Record<string, string> = {
  'bootstrap.servers': 'broker1:9092,broker2:9092,broker3:9092',
  'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
  acks: 'all',
  'linger.ms': '5',
  'batch.size': '16384',
  'compression.type': 'lz4',
};

interface Case {
  name: string;
  config: Record<string, string>;
  scenario: Partial<Scenario>;
}

const CASES: Case[] = [
  { name: 'keyed (1000 uniform keys)', config: BASE_CONFIG, scenario: { keys: { kind: 'uniform', count: 1000 } } },
  { name: 'null key, sticky partitioner', config: BASE_CONFIG, scenario: { keys: { kind: 'null' } } },
  {
    name: 'idempotent, lost acks + failures',
    config: { ...BASE_CONFIG, 'enable.idempotence': 'true', 'max.in.flight.requests.per.connection': '5', retries: '2147483647' },
    scenario: { keys: { kind: 'uniform', count: 1000 }, faults: { lostAck: 0.01, requestFailure: 0.01 } },
  },
];

export function runSimulatorBench(sizes: number[], log: (s: string) => void, budgetMs = 90_000): SimResult {
  const t0 = performance.now();
  const scenarios: SimScenarioResult[] = [];
  for (const c of CASES) {
    const settings = settingsFromConfig(c.config, LATEST_VERSION);
    // Warm the JIT once so the first size is not charged for compilation.
    simulate(settings, { ...DEFAULT_SCENARIO, ...c.scenario, records: 10_000 });
    for (const records of sizes) {
      if (performance.now() - t0 > budgetMs) {
        log(`  simulator: budget of ${budgetMs / 1000} s spent, skipping ${c.name} @ ${records}`);
        continue;
      }
      // A high offered rate so the run is bounded by the producer model, not by idle simulated time.
      const scenario: Partial<Scenario> = { ...DEFAULT_SCENARIO, ...c.scenario, records, ratePerSec: 1_000_000 };
      const reps = 3;
      const times: number[] = [];
      let last: ReturnType<typeof simulate> | undefined;
      for (let i = 0; i < reps; i++) {
        const s = performance.now();
        last = simulate(settings, scenario);
        times.push(performance.now() - s);
      }
      const ms = median(times) as number;
      const r = last as ReturnType<typeof simulate>;
      scenarios.push({
        scenario: c.name,
        records,
        ms: round(ms, 2) as number,
        recordsPerSec: Math.round(records / (ms / 1000)),
        delivered: r.records.delivered,
        duplicated: r.records.duplicated,
        batches: r.batches.count,
      });
      log(`  simulator ${c.name.padEnd(34)} ${String(records).padStart(8)} records: ${ms.toFixed(1)} ms`);
    }
  }
  // Preview recompute: settings from the file's values, then the default scenario.
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const s = performance.now();
    const st = settingsFromConfig(BASE_CONFIG, LATEST_VERSION);
    simulate(st, DEFAULT_SCENARIO);
    if (i > 1) times.push(performance.now() - s);
  }
  return {
    scenarios,
    previewRecompute: { median: round(median(times), 2), p95: round(quantile(times, 0.95), 2), n: times.length, records: DEFAULT_SCENARIO.records },
  };
}
