// Producer settings for the simulator: the producer model (server/src/service/producer.ts) of a simulator
// input, read as the numbers the engine runs. Nothing about what Kafka does with the configuration is
// decided here: console-producer fill-ins, the idempotence outcome, acks and retries forced by it, the
// raised delivery.timeout.ms and rack-aware partitioning (with its start-up check) all come from the model,
// defaults and value checks from the catalog. What is
// the simulator's own: a value Kafka refuses falls back to the version's default (with a warning and a
// start-up error, and the run goes on with idempotence off to show what the other values do), and
// partitioner.class picks one of the partitioners the engine knows.
import { inputTarget, keyDefault, message, parseValue, versionAtLeast, type KafkaVersion, type Locale, type ParsedValue, type SimulatorInput } from '#core';
import { parseIntStrict, producerModel, recordValues, type IdemProblem } from '../service/producer';
import type { CompressionCodec, PartitionerKind, ProducerSettings } from './types';
import { rackStartupError } from './rack';

const RR = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';
const DEFAULT_P = 'org.apache.kafka.clients.producer.internals.DefaultPartitioner';
const UNIFORM_P = 'org.apache.kafka.clients.producer.UniformStickyPartitioner';
const INT_MAX = 2147483647;

/** Settings for a simulator input (the preview and `kpc simulate` build it with core's simulatorInput). */
export function simulatorSettings(input: SimulatorInput, locale: 'en' | 'ko' = 'en'): ProducerSettings {
  const version = input.kafkaVersion;
  const { effective: eff, idempotence: idem, rack } = producerModel(recordValues(input.values), inputTarget(input));
  const warnings: string[] = [];
  const effective: Record<string, string> = {};
  /** Keys whose value comes from the file (or kafka-console-producer) and is one Kafka accepts. */
  const given = new Set<string>();
  let startupError: string | undefined;
  const fail = (message: string): void => {
    startupError ??= message;
  };

  /** The value the producer runs with, parsed; undefined when this version has no such key. */
  const read = (key: string): ParsedValue | undefined => {
    const dflt = keyDefault(key, version);
    if (dflt === undefined) return undefined;
    const e = eff.get(key);
    if (e) {
      const r = parseValue(key, e.value, version);
      if (r.ok) {
        if (e.source !== 'default') given.add(key);
        effective[key] = e.value.trim();
        return r.value;
      }
      const shown = dflt === null ? '' : ` ${dflt}`;
      warnings.push(message(locale, 'sim.invalidValueDefaultUsed', { key, message: r.message, shown }));
      fail(message(locale, 'sim.refused.invalidValue', { key, message: r.message }));
    }
    if (dflt === null) return null;
    effective[key] = dflt;
    const d = parseValue(key, dflt, version);
    return d.ok ? d.value : null;
  };
  const num = (key: string, fallback: number): number => {
    const v = read(key);
    return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = read(key);
    return typeof v === 'boolean' ? v : fallback;
  };
  const str = (key: string): string | null => {
    const v = read(key);
    return typeof v === 'string' ? v : null;
  };

  const batchSize = num('batch.size', 16384);
  const lingerMs = num('linger.ms', 0);
  const bufferMemory = num('buffer.memory', 33554432);
  const maxBlockMs = num('max.block.ms', 60000);
  const maxRequestSize = num('max.request.size', 1048576);
  const codec = (str('compression.type') ?? 'none').toLowerCase();
  const compressionType: CompressionCodec = (['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const).find((c) => c === codec) ?? 'none';
  const acksRaw = (str('acks') ?? 'all').trim();
  const acks: 0 | 1 | -1 = acksRaw === '0' ? 0 : acksRaw === '1' ? 1 : -1;
  let retries = num('retries', INT_MAX);
  const retryBackoffMs = num('retry.backoff.ms', 100);
  const retryBackoffMaxMs = keyDefault('retry.backoff.max.ms', version) !== undefined ? Math.max(retryBackoffMs, num('retry.backoff.max.ms', 1000)) : retryBackoffMs;
  const requestTimeoutMs = num('request.timeout.ms', 30000);
  let deliveryTimeoutMs = num('delivery.timeout.ms', 120000);
  const reconnectBackoffMs = num('reconnect.backoff.ms', 50);
  const maxInFlight = num('max.in.flight.requests.per.connection', 5);
  // Read for their value checks only (a value Kafka refuses stops the producer); the model decides idempotence.
  read('enable.idempotence');
  read('transactional.id');
  const partitionerClass = str('partitioner.class');
  const ignoreKeys = keyDefault('partitioner.ignore.keys', version) !== undefined ? bool('partitioner.ignore.keys', false) : false;
  const adaptive = keyDefault('partitioner.adaptive.partitioning.enable', version) !== undefined ? bool('partitioner.adaptive.partitioning.enable', true) : false;
  const availabilityTimeoutMs = keyDefault('partitioner.availability.timeout.ms', version) !== undefined ? num('partitioner.availability.timeout.ms', 0) : 0;

  // Idempotence, as the model decided it (ProducerConfig.postProcessAndValidateIdempotenceConfigs).
  const refused = idem.problems.filter((p) => p.outcome === 'error');
  if (refused.length) fail(idempotenceRefusal(refused, idem.legacy, idem.explicit, locale));
  const silenced = idem.problems.filter((p) => p.outcome === 'disabled');
  if (silenced.length) {
    warnings.push(message(locale, 'sim.idempotenceSilencedOff', { conflicts: conflicts(silenced, locale) }));
  }
  if (idem.legacy && !idem.explicit && idem.requested === true && !idem.byTransactionalId) {
    warnings.push(message(locale, 'sim.idempotenceDefaultIgnored', { version: `${version}.${input.patch ?? 0}` }));
  }

  // delivery.timeout.ms >= linger.ms + request.timeout.ms (KafkaProducer.configureDeliveryTimeout): the model
  // raises a default one; one from the file that is too small stops the producer.
  const need = Math.min(INT_MAX, lingerMs + requestTimeoutMs);
  if (given.has('delivery.timeout.ms') && deliveryTimeoutMs < need) {
    const refusal = message(locale, 'sim.refused.deliveryTimeout');
    fail(refusal);
    warnings.push(refusal);
    deliveryTimeoutMs = need;
  } else if (!given.has('delivery.timeout.ms')) {
    // (a value Kafka refuses fell back to a default the model could not raise: the engine's numbers obey the rule too)
    deliveryTimeoutMs = Math.max(deliveryTimeoutMs, need);
    if (deliveryTimeoutMs > (parseIntStrict(keyDefault('delivery.timeout.ms', version) ?? undefined) ?? INT_MAX)) {
      warnings.push(message(locale, 'sim.deliveryTimeoutRaised', { deliveryTimeoutMs }));
    }
  }
  // Rack-aware partitioning (4.4, rack.ts) as the model reads it; read() for the value checks and the values shown.
  read('partitioner.rack.aware');
  read('client.rack');
  const rackError = rackStartupError(rack, locale);
  if (rackError !== undefined) {
    if (startupError === undefined) fail(rackError); // (said below, with what the run does about it)
    else warnings.push(rackError);
  }
  if (acks === 0 && retries > 0 && given.has('retries')) warnings.push(message(locale, 'sim.retriesWithAcks0'));
  if (retries < 0) retries = 0;

  // A producer that would not start runs with idempotence off, to show what the other values do.
  const idempotence = idem.enabled && startupError === undefined;
  if (startupError) warnings.push(`${startupError} ${message(locale, 'sim.runsWithIdempotenceOff')}`);
  effective['enable.idempotence'] = String(idempotence);

  // Partitioner selection
  let partitioner: PartitionerKind = versionAtLeast(version, '3.3') ? 'builtin' : 'default-sticky';
  if (partitionerClass) {
    const cls = partitionerClass.trim();
    if (cls === RR) partitioner = 'round-robin';
    else if (cls === DEFAULT_P) partitioner = 'default-sticky';
    else if (cls === UNIFORM_P) partitioner = 'uniform-sticky-class';
    else warnings.push(message(locale, 'sim.customPartitioner', { cls }));
  }
  if (partitioner !== 'builtin' && (given.has('partitioner.ignore.keys') || given.has('partitioner.adaptive.partitioning.enable') || given.has('partitioner.availability.timeout.ms'))) {
    warnings.push(message(locale, 'sim.partitionerSettingsIgnored'));
  }
  // KAFKA-9965: RoundRobinPartitioner is called twice when a record needs a new batch; fixed in 4.0 (KAFKA-17632).
  const roundRobinSkipQuirk = partitioner === 'round-robin' && !versionAtLeast(version, '4.0');

  return {
    kafkaVersion: version,
    locale,
    batchSize: Math.max(0, batchSize),
    lingerMs: Math.max(0, lingerMs),
    bufferMemory: Math.max(1, bufferMemory),
    maxBlockMs: Math.max(0, maxBlockMs),
    maxRequestSize: Math.max(1, maxRequestSize),
    compressionType,
    acks,
    retries,
    retryBackoffMs: Math.max(0, retryBackoffMs),
    retryBackoffMaxMs: Math.max(0, retryBackoffMaxMs),
    requestTimeoutMs: Math.max(0, requestTimeoutMs),
    deliveryTimeoutMs,
    reconnectBackoffMs: Math.max(0, reconnectBackoffMs),
    maxInFlight: Math.max(1, maxInFlight),
    idempotence,
    partitioner,
    roundRobinSkipQuirk,
    partitionerIgnoreKeys: ignoreKeys,
    adaptivePartitioning: adaptive,
    availabilityTimeoutMs: Math.max(0, availabilityTimeoutMs),
    rackAware: rack.aware,
    clientRack: rack.clientRack,
    ...(startupError ? { startupError } : {}),
    warnings,
    effective,
  };
}

/** Settings for a Java producer with these explicit values, at `version` (no patch). */
export function settingsFromConfig(values: Record<string, string>, version: KafkaVersion, locale: 'en' | 'ko' = 'en'): ProducerSettings {
  return simulatorSettings({ kafkaVersion: version, client: 'java', values }, locale);
}

/** "acks is not all and retries is 0" */
function conflicts(ps: readonly IdemProblem[], locale: Locale): string {
  const what: Record<IdemProblem['kind'], string> = {
    acks: message(locale, 'sim.conflict.acks'),
    retries: message(locale, 'sim.conflict.retries'),
    'max-in-flight': 'max.in.flight.requests.per.connection > 5',
    transactional: message(locale, 'sim.conflict.transactional'),
  };
  return ps.map((p) => what[p.kind]).join(message(locale, 'sim.conflict.and'));
}

/** Why the producer refuses to start over idempotence (the first refusal, as ConfigException reports one). */
function idempotenceRefusal(refused: readonly IdemProblem[], legacy: boolean, explicit: boolean, locale: Locale): string {
  const first = refused[0]!;
  if (first.kind === 'transactional') return message(locale, 'sim.refused.transactional');
  if (legacy) {
    if (first.kind === 'acks') return message(locale, 'sim.refused.legacyAcks');
    if (first.kind === 'retries') return message(locale, 'sim.refused.legacyRetries');
    return message(locale, 'sim.refused.legacyMaxInFlight');
  }
  if (explicit) {
    const list = conflicts(refused.filter((p) => p.kind !== 'transactional'), locale);
    return message(locale, 'sim.refused.explicit', { list });
  }
  return message(locale, 'sim.refused.maxInFlight40');
}
