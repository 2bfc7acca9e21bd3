// kpc simulate FILE [--kafka-version V] [--client C] [--locale en|ko] [--records N] [--rate PER_SEC] [--partitions N] [--brokers N]
//   [--racks N] [--client-rack R] [--keys null|uniform:K|skewed:K] [--faults lost-ack:P,request-failure:P,broker-down:MS] [--seed S] [--format text|json]
// Runs the producer simulator with the file's settings. Exit codes: 0 ran, 1 file unreadable, 2 usage error.
import { inputTarget, hostMessage, type Locale, simulatorInput, simulatorInputFromText, versionLabel, type Client, type HostMessageKey, type MessageParams } from '#core';
import {
  simulatorSettings, simulate, makeScenario, parseFaultSpec, parseKeySpec, DEFAULT_SCENARIO, LIMITS,
  type Scenario, type SimulationResult,
} from '../simulator/index';
import { TARGET_OPTIONS, targetValues } from './args';
import { argvLocale, localeOption, parseCommandLine, type OptionSpecs } from './options';
import { CliProject } from './project';
import { readConfigFile } from './io';
import { analyzeFile, dialectOption, dialectText, isSpringFile, type DialectArgs } from './springFile';

export const simulateUsage = (locale: Locale): string => hostMessage(locale, 'simulate.usage', {
  records: DEFAULT_SCENARIO.records,
  maxRecords: LIMITS.maxRecords,
  rate: DEFAULT_SCENARIO.ratePerSec,
  valueBytes: DEFAULT_SCENARIO.valueBytes,
  partitions: DEFAULT_SCENARIO.partitions,
  brokers: DEFAULT_SCENARIO.brokers,
  rtt: DEFAULT_SCENARIO.rttMs,
  replicationMs: DEFAULT_SCENARIO.replicationMs,
  seed: DEFAULT_SCENARIO.seed,
});

type Flags = { target: { kafkaVersion?: string; client?: Client }; format: 'text' | 'json'; locale: Locale; scenario: Partial<Scenario>; file?: string; durationS?: number; spring: DialectArgs };

function intFlag(locale: Locale, name: string, v: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) throw hostMessage(locale, 'simulate.err.wholeNumber', { name, min, max, value: v });
  return Number(v);
}
function numFlag(locale: Locale, name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw hostMessage(locale, 'simulate.err.number', { name, min, max, value: v });
  return n;
}

const SIMULATE_OPTIONS = {
  ...TARGET_OPTIONS,
  dialect: { type: 'string' },
  'spring-boot': { type: 'string' },
  records: { type: 'string' },
  rate: { type: 'string' },
  'value-bytes': { type: 'string' },
  partitions: { type: 'string' },
  brokers: { type: 'string' },
  racks: { type: 'string' },
  'client-rack': { type: 'string' },
  rtt: { type: 'string' },
  'replication-ms': { type: 'string' },
  duration: { type: 'string' },
  'compression-ratio': { type: 'string' },
  'compression-cpu': { type: 'string' },
  seed: { type: 'string' },
  keys: { type: 'string' },
  faults: { type: 'string' },
  format: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export function parseSimulateArgs(argv: string[]): Flags {
  const lang = argvLocale(argv);
  const { values: v, positionals } = parseCommandLine(argv, SIMULATE_OPTIONS, lang);
  const f: Flags = { target: {}, format: 'text', locale: localeOption(v.locale) ?? 'en', scenario: {}, spring: {} };
  if (positionals.length > 1) throw hostMessage(lang, 'simulate.err.oneFile', { first: String(positionals[0]), second: String(positionals[1]) });
  f.file = positionals[0];
  f.target = targetValues(v, lang);
  if (typeof v.dialect === 'string') f.spring.dialect = dialectOption(v.dialect, lang);
  if (typeof v['spring-boot'] === 'string') f.spring.springBootVersion = v['spring-boot'];
  const int = (name: keyof typeof SIMULATE_OPTIONS, min: number, max: number): number | undefined => (typeof v[name] === 'string' ? intFlag(lang, `--${name}`, v[name] as string, min, max) : undefined);
  const num = (name: keyof typeof SIMULATE_OPTIONS, min: number, max: number): number | undefined => (typeof v[name] === 'string' ? numFlag(lang, `--${name}`, v[name] as string, min, max) : undefined);
  const set = <K extends keyof Scenario>(key: K, value: Scenario[K] | undefined): void => {
    if (value !== undefined) f.scenario[key] = value;
  };
  set('records', int('records', 1, LIMITS.maxRecords));
  set('ratePerSec', num('rate', 0.001, 1e9));
  set('valueBytes', int('value-bytes', 0, 100 * 1024 * 1024));
  set('partitions', int('partitions', 1, LIMITS.maxPartitions));
  set('brokers', int('brokers', 1, LIMITS.maxBrokers));
  set('racks', int('racks', 1, LIMITS.maxBrokers));
  set('clientRack', int('client-rack', 0, LIMITS.maxBrokers - 1));
  set('rttMs', num('rtt', 0, 60_000));
  set('replicationMs', num('replication-ms', 0, 60_000));
  set('compressionRatio', num('compression-ratio', 0.01, 1));
  set('compressionNsPerByte', num('compression-cpu', 0, 1e6));
  set('seed', int('seed', -2147483648, 2147483647));
  const duration = num('duration', 0.001, 86_400);
  if (duration !== undefined) f.durationS = duration;
  if (v.keys !== undefined) {
    const k = parseKeySpec(v.keys, lang);
    if ('error' in k) throw k.error;
    f.scenario.keys = k;
  }
  if (v.faults !== undefined) {
    const k = parseFaultSpec(v.faults, lang);
    if ('error' in k) throw k.error;
    f.scenario.faults = k;
  }
  if (v.format !== undefined) {
    if (v.format !== 'text' && v.format !== 'json') throw hostMessage(lang, 'cli.err.format', { value: v.format });
    f.format = v.format;
  }
  if (f.file === undefined) throw hostMessage(lang, 'simulate.err.fileRequired');
  if (f.scenario.clientRack !== undefined && f.scenario.racks !== undefined && f.scenario.clientRack >= f.scenario.racks) throw hostMessage(lang, 'simulate.err.clientRack', { rack: f.scenario.clientRack, racks: f.scenario.racks, last: f.scenario.racks - 1 });
  if (f.durationS !== undefined) {
    if (f.scenario.records !== undefined) throw hostMessage(lang, 'simulate.err.recordsOrDuration');
    const records = Math.round((f.scenario.ratePerSec ?? DEFAULT_SCENARIO.ratePerSec) * f.durationS);
    if (records < 1 || records > LIMITS.maxRecords) throw hostMessage(lang, 'simulate.err.duration', { seconds: f.durationS, records, max: LIMITS.maxRecords });
    f.scenario.records = records;
  }
  return f;
}

export function runSimulate(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  const lang = argvLocale(argv);
  if (argv.includes('--help') || argv.includes('-h')) { out(simulateUsage(lang)); return 0; }
  let flags: Flags;
  try {
    flags = parseSimulateArgs(argv);
  } catch (e) {
    err(`kpc simulate: ${String(e)}\n${simulateUsage(lang)}`);
    return 2;
  }
  const read = readConfigFile(flags.file!);
  if (!read.ok) { err(`kpc simulate: ${read.message}\n`); return 1; }
  // The same input the preview gets for this file (core's simulatorInput), so both simulate one model.
  // The target: the file's `# kpc:` comment > --kafka-version/--client > .kpc.json > the build file > latest.
  const fp = new CliProject().forFile(flags.file!, flags.target);
  const project = fp.options;
  const target = { ...(project.kafkaVersion !== undefined ? { kafkaVersion: project.kafkaVersion } : {}), ...(project.client !== undefined ? { client: project.client } : {}) };
  // A Spring Boot file: the producer config Boot builds from it (the preview's input for it too).
  const springBootVersion = flags.spring.springBootVersion ?? fp.info.springBootVersion;
  const spring = { ...flags.spring, ...(springBootVersion ? { springBootVersion } : {}) };
  const input = isSpringFile(flags.file!, spring)
    ? (() => {
        const a = analyzeFile(flags.file!, dialectText(flags.file!, read.text, spring), target, spring);
        return simulatorInput(a.parsed, a.target);
      })()
    : simulatorInputFromText(read.text, target);
  const result = simulate(simulatorSettings(input, flags.locale), makeScenario(flags.scenario));
  const kafkaVersion = versionLabel(inputTarget(input));
  out(flags.format === 'json' ? `${JSON.stringify({ file: flags.file, kafkaVersion, client: input.client, ...result })}\n` : formatText(flags.file!, kafkaVersion, input.client, result, flags.locale));
  return 0;
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function formatText(file: string, kafkaVersion: string, client: string, r: SimulationResult, locale: Locale = 'en'): string {
  const s = r.settings, sc = r.scenario;
  const lines: string[] = [];
  lines.push(`${file}: Kafka ${kafkaVersion}${client !== 'java' ? ` (${client})` : ''}, ${r.partitioner}`);
  const t = (key: HostMessageKey, params?: MessageParams): string => hostMessage(locale, key, params);
  lines.push(t('simulate.line.settings', { acks: s.acks === -1 ? 'all' : s.acks, idempotence: String(s.idempotence), batchSize: s.batchSize, lingerMs: s.lingerMs, compression: s.compressionType, maxInFlight: s.maxInFlight, retries: s.retries }));
  const keys = sc.keys.kind === 'null' ? t('simulate.keys.null') : t('simulate.keys.over', { kind: sc.keys.kind, count: sc.keys.count });
  const f = sc.faults;
  const faults = [
    f.lostAck ? t('simulate.faults.lostAck', { p: f.lostAck }) : '',
    f.requestFailure ? t('simulate.faults.requestFailure', { p: f.requestFailure }) : '',
    f.brokerDown ? t('simulate.faults.brokerDown', { broker: f.brokerDown.broker, ms: f.brokerDown.durationMs, failover: f.brokerDown.failoverMs !== undefined ? t('simulate.faults.failover', { ms: f.brokerDown.failoverMs }) : '' }) : '',
  ].filter(Boolean).join(', ') || t('simulate.faults.none');
  const racks = r.crossRack ? t('simulate.racks', { racks: r.crossRack.racks, rack: r.crossRack.clientRack, clientRack: s.clientRack ? `, client.rack=${s.clientRack}` : '' }) : '';
  lines.push(t('simulate.line.scenario', { records: fmt(sc.records), rate: fmt(sc.ratePerSec), valueBytes: sc.valueBytes, keys, partitions: sc.partitions, brokers: sc.brokers, racks, faults, seed: sc.seed }));
  for (const w of r.warnings) lines.push(t('simulate.line.warning', { warning: w }));
  lines.push('');
  lines.push(
    t('simulate.row.records', { sent: fmt(r.records.sent), delivered: fmt(r.records.delivered), lost: fmt(r.records.lost), failed: fmt(r.records.failed), silently: fmt(r.records.lostSilently), duplicated: fmt(r.records.duplicated), reordered: fmt(r.records.reordered) }),
    t('simulate.row.batches', { count: fmt(r.batches.count), fill: fmt(r.batches.avgFill * 100, 1), perBatch: fmt(r.batches.avgRecords, 1), retried: fmt(r.batches.retried), expired: fmt(r.batches.expired) }),
    t('simulate.row.requests', { count: fmt(r.requests.count), perRequest: fmt(r.requests.avgRecords, 1), failed: fmt(r.requests.failed), timedOut: fmt(r.requests.timedOut) }),
    t('simulate.row.latency', { p50: fmt(r.latencyMs.p50, 2), p95: fmt(r.latencyMs.p95, 2), p99: fmt(r.latencyMs.p99, 2), max: fmt(r.latencyMs.max, 2) }),
    t('simulate.row.throughput', { records: fmt(r.throughput.recordsPerSec), mb: fmt(r.throughput.bytesPerSec / 1e6, 2), crossRack: r.crossRack ? t('simulate.crossRack', { mb: fmt(r.crossRack.bytesPerSec / 1e6, 2), share: fmt(r.crossRack.share * 100, 1) }) : '' }),
    t('simulate.row.buffer', { kib: fmt(r.buffer.maxUsedBytes / 1024, 0), ms: fmt(r.buffer.blockedMs, 1), exhausted: fmt(r.buffer.exhaustedRecords) }),
  );
  lines.push('');
  const rk = r.crossRack !== undefined;
  lines.push(t('simulate.line.partitions', { rack: rk ? '  rack' : '' }));
  for (const p of r.partitions) lines.push(`${String(p.partition).padStart(9)}  ${String(p.broker).padStart(6)}${rk ? String(p.rack ?? '').padStart(6) : ''}  ${fmt(p.records).padStart(10)}  ${fmt(p.bytes).padStart(11)}  ${fmt(p.batches).padStart(7)}`);
  return `${lines.join('\n')}\n`;
}
