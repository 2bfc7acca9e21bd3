// kpc simulate FILE [--kafka-version V] [--client C] [--records N] [--rate PER_SEC] [--partitions N] [--brokers N]
//   [--racks N] [--client-rack R] [--keys null|uniform:K|skewed:K] [--faults lost-ack:P,request-failure:P,broker-down:MS] [--seed S] [--format text|json]
// Runs the producer simulator with the file's settings. Exit codes: 0 ran, 1 file unreadable, 2 usage error.
import { inputTarget, simulatorInput, simulatorInputFromText, versionLabel, type Client } from '#core';
import {
  simulatorSettings, simulate, makeScenario, parseFaultSpec, parseKeySpec, DEFAULT_SCENARIO, LIMITS,
  type Scenario, type SimulationResult,
} from '../simulator/index';
import { TARGET_OPTIONS, targetValues } from './args';
import { parseCommandLine, type OptionSpecs } from './options';
import { CliProject } from './project';
import { readConfigFile } from './io';
import { analyzeFile, dialectOption, dialectText, isSpringFile, type DialectArgs } from './springFile';

export const SIMULATE_USAGE = `usage: kpc simulate FILE [options]

  --kafka-version V   Kafka version whose defaults and partitioner apply, 3.0.1 style for a patch
                      (a '# kpc: kafka-version=' comment in the file wins; default: the nearest
                      .kpc.json, else the nearest build file, else latest)
  --client C          java (KafkaProducer, default) or console-producer (kafka-console-producer.sh,
                      whose filled-in values then apply; a '# kpc: client=' comment wins)
  --dialect D         spring (a Spring Boot application*.properties / .yml: the config Boot builds) or
                      properties (a producer config); default: by the file's name
  --spring-boot V     Spring Boot release for a Spring file (default the newest covered)
  --records N         records to send (default ${DEFAULT_SCENARIO.records}, at most ${LIMITS.maxRecords})
  --rate PER_SEC      send() calls per second (default ${DEFAULT_SCENARIO.ratePerSec})
  --value-bytes N     record value size (default ${DEFAULT_SCENARIO.valueBytes})
  --partitions N      partitions of the topic (default ${DEFAULT_SCENARIO.partitions})
  --brokers N         brokers; partition p is led by broker p % N (default ${DEFAULT_SCENARIO.brokers})
  --racks N           racks the brokers are spread over, broker b in rack b % N (default: 3 when the file
                      sets client.rack or partitioner.rack.aware=true, else 1); with more than one rack the
                      output reports the bytes sent to leaders outside the client's rack
  --client-rack R     the rack the producer runs in, 0 … N-1 (default 0); the file's client.rack names it
  --keys SPEC         null (default), uniform:K or skewed:K (Zipf over K keys)
  --faults SPEC       comma list of lost-ack:P, request-failure:P (probabilities per request),
                      broker-down:MS (broker 0 down for MS ms from a quarter of the run) and
                      failover:MS (its partitions get new leaders MS after the crash; unreplicated data is lost)
  --duration S        send for S seconds instead of a record count (records = rate × S)
  --rtt MS            network round trip (default ${DEFAULT_SCENARIO.rttMs})
  --replication-ms MS extra wait for followers before an acks=all response (default ${DEFAULT_SCENARIO.replicationMs})
  --compression-ratio R   override the codec preset's compressed/uncompressed ratio (0.01 … 1)
  --compression-cpu NS    override the codec preset's producer CPU cost, ns per byte
  --seed S            random seed (default ${DEFAULT_SCENARIO.seed}); the same seed gives the same result
  --format text|json  output (default text)
`;

type Flags = { target: { kafkaVersion?: string; client?: Client }; format: 'text' | 'json'; scenario: Partial<Scenario>; file?: string; durationS?: number; spring: DialectArgs };

function intFlag(name: string, v: string, min: number, max: number): number {
  if (!/^-?\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) throw `${name} needs a whole number from ${min} to ${max}, not '${v}'`;
  return Number(v);
}
function numFlag(name: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw `${name} needs a number from ${min} to ${max}, not '${v}'`;
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
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export function parseSimulateArgs(argv: string[]): Flags {
  const f: Flags = { target: {}, format: 'text', scenario: {}, spring: {} };
  const { values: v, positionals } = parseCommandLine(argv, SIMULATE_OPTIONS);
  if (positionals.length > 1) throw `one FILE only (got '${positionals[0]}' and '${positionals[1]}')`;
  f.file = positionals[0];
  f.target = targetValues(v);
  if (typeof v.dialect === 'string') f.spring.dialect = dialectOption(v.dialect);
  if (typeof v['spring-boot'] === 'string') f.spring.springBootVersion = v['spring-boot'];
  const int = (name: keyof typeof SIMULATE_OPTIONS, min: number, max: number): number | undefined => (typeof v[name] === 'string' ? intFlag(`--${name}`, v[name] as string, min, max) : undefined);
  const num = (name: keyof typeof SIMULATE_OPTIONS, min: number, max: number): number | undefined => (typeof v[name] === 'string' ? numFlag(`--${name}`, v[name] as string, min, max) : undefined);
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
    const k = parseKeySpec(v.keys);
    if ('error' in k) throw k.error;
    f.scenario.keys = k;
  }
  if (v.faults !== undefined) {
    const k = parseFaultSpec(v.faults);
    if ('error' in k) throw k.error;
    f.scenario.faults = k;
  }
  if (v.format !== undefined) {
    if (v.format !== 'text' && v.format !== 'json') throw `--format must be text or json, not '${v.format}'`;
    f.format = v.format;
  }
  if (f.file === undefined) throw 'FILE is required';
  if (f.scenario.clientRack !== undefined && f.scenario.racks !== undefined && f.scenario.clientRack >= f.scenario.racks) throw `--client-rack ${f.scenario.clientRack} is not one of the ${f.scenario.racks} racks (0 … ${f.scenario.racks - 1})`;
  if (f.durationS !== undefined) {
    if (f.scenario.records !== undefined) throw 'give --records or --duration, not both';
    const records = Math.round((f.scenario.ratePerSec ?? DEFAULT_SCENARIO.ratePerSec) * f.durationS);
    if (records < 1 || records > LIMITS.maxRecords) throw `--duration ${f.durationS} s at this rate is ${records} records; the limit is 1 … ${LIMITS.maxRecords}`;
    f.scenario.records = records;
  }
  return f;
}

export function runSimulate(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  if (argv.includes('--help') || argv.includes('-h')) { out(SIMULATE_USAGE); return 0; }
  let flags: Flags;
  try {
    flags = parseSimulateArgs(argv);
  } catch (e) {
    err(`kpc simulate: ${String(e)}\n${SIMULATE_USAGE}`);
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
  const result = simulate(simulatorSettings(input), makeScenario(flags.scenario));
  const kafkaVersion = versionLabel(inputTarget(input));
  out(flags.format === 'json' ? `${JSON.stringify({ file: flags.file, kafkaVersion, client: input.client, ...result })}\n` : formatText(flags.file!, kafkaVersion, input.client, result));
  return 0;
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function formatText(file: string, kafkaVersion: string, client: string, r: SimulationResult): string {
  const s = r.settings, sc = r.scenario;
  const lines: string[] = [];
  lines.push(`${file}: Kafka ${kafkaVersion}${client !== 'java' ? ` (${client})` : ''}, ${r.partitioner}`);
  lines.push(`settings  acks=${s.acks === -1 ? 'all' : s.acks} idempotence=${s.idempotence} batch.size=${s.batchSize} linger.ms=${s.lingerMs} compression=${s.compressionType} max.in.flight=${s.maxInFlight} retries=${s.retries}`);
  const keys = sc.keys.kind === 'null' ? 'null keys' : `${sc.keys.kind} keys over ${sc.keys.count}`;
  const f = sc.faults;
  const faults = [f.lostAck ? `lost-ack ${f.lostAck}` : '', f.requestFailure ? `request-failure ${f.requestFailure}` : '', f.brokerDown ? `broker ${f.brokerDown.broker} down ${f.brokerDown.durationMs} ms${f.brokerDown.failoverMs !== undefined ? `, failover after ${f.brokerDown.failoverMs} ms` : ''}` : ''].filter(Boolean).join(', ') || 'no faults';
  const racks = r.crossRack ? ` in ${r.crossRack.racks} racks (client in rack ${r.crossRack.clientRack}${s.clientRack ? `, client.rack=${s.clientRack}` : ''})` : '';
  lines.push(`scenario  ${fmt(sc.records)} records at ${fmt(sc.ratePerSec)}/s, ${sc.valueBytes} B values, ${keys}, ${sc.partitions} partitions on ${sc.brokers} brokers${racks}, ${faults}, seed ${sc.seed}`);
  for (const w of r.warnings) lines.push(`warning   ${w}`);
  lines.push('');
  const rows: [string, string][] = [
    ['records', `sent ${fmt(r.records.sent)}  delivered ${fmt(r.records.delivered)}  lost ${fmt(r.records.lost)} (failed ${fmt(r.records.failed)}, silently ${fmt(r.records.lostSilently)})  duplicated ${fmt(r.records.duplicated)}  reordered ${fmt(r.records.reordered)}`],
    ['batches', `${fmt(r.batches.count)}  avg fill ${fmt(r.batches.avgFill * 100, 1)}%  ${fmt(r.batches.avgRecords, 1)} records/batch  retried ${fmt(r.batches.retried)}  expired ${fmt(r.batches.expired)}`],
    ['requests', `${fmt(r.requests.count)}  ${fmt(r.requests.avgRecords, 1)} records/request  failed ${fmt(r.requests.failed)}  timed out ${fmt(r.requests.timedOut)}`],
    ['latency', `p50 ${fmt(r.latencyMs.p50, 2)} ms  p95 ${fmt(r.latencyMs.p95, 2)} ms  p99 ${fmt(r.latencyMs.p99, 2)} ms  max ${fmt(r.latencyMs.max, 2)} ms`],
    ['throughput', `${fmt(r.throughput.recordsPerSec)} records/s  ${fmt(r.throughput.bytesPerSec / 1e6, 2)} MB/s${r.crossRack ? `  cross-rack ${fmt(r.crossRack.bytesPerSec / 1e6, 2)} MB/s on the wire (${fmt(r.crossRack.share * 100, 1)}% of the bytes sent)` : ''}`],
    ['buffer', `max used ${fmt(r.buffer.maxUsedBytes / 1024, 0)} KiB  blocked ${fmt(r.buffer.blockedMs, 1)} ms  exhausted ${fmt(r.buffer.exhaustedRecords)}`],
  ];
  for (const [k, v] of rows) lines.push(`${k.padEnd(11)}${v}`);
  lines.push('');
  const rk = r.crossRack !== undefined;
  lines.push(`partition  broker${rk ? '  rack' : ''}     records        bytes  batches`);
  for (const p of r.partitions) lines.push(`${String(p.partition).padStart(9)}  ${String(p.broker).padStart(6)}${rk ? String(p.rack ?? '').padStart(6) : ''}  ${fmt(p.records).padStart(10)}  ${fmt(p.bytes).padStart(11)}  ${fmt(p.batches).padStart(7)}`);
  return `${lines.join('\n')}\n`;
}
