// Producer settings for the simulator: the producer model (server/src/service/producer.ts) of a simulator
// input, read as the numbers the engine runs. Nothing about what Kafka does with the configuration is
// decided here: console-producer fill-ins, the idempotence outcome, acks and retries forced by it, the
// raised delivery.timeout.ms and rack-aware partitioning (with its start-up check) all come from the model,
// defaults and value checks from the catalog. What is
// the simulator's own: a value Kafka refuses falls back to the version's default (with a warning and a
// start-up error, and the run goes on with idempotence off to show what the other values do), and
// partitioner.class picks one of the partitioners the engine knows.
import { inputTarget, keyDefault, parseValue, versionAtLeast, type KafkaVersion, type ParsedValue, type SimulatorInput } from '#core';
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
  const t = (en: string, ko: string): string => (locale === 'ko' ? ko : en);
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
      warnings.push(t(`${key}: ${r.message}; the simulation uses the default${shown} instead.`, `${key}: ${r.message}. 시뮬레이션은 대신 기본값${shown}을(를) 씁니다.`));
      fail(t(`The producer would not start: invalid value for ${key} (${r.message}).`, `프로듀서가 시작되지 않습니다: ${key}의 값이 잘못되었습니다 (${r.message}).`));
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
  if (refused.length) fail(idempotenceRefusal(refused, idem.legacy, idem.explicit, t));
  const silenced = idem.problems.filter((p) => p.outcome === 'disabled');
  if (silenced.length) {
    warnings.push(t(`Idempotence is on by default but ${conflicts(silenced, t)}, so the producer silently turns it off.`, `멱등성은 기본으로 켜져 있지만 ${conflicts(silenced, t)}: 프로듀서가 조용히 멱등성을 끕니다.`));
  }
  if (idem.legacy && !idem.explicit && idem.requested === true && !idem.byTransactionalId) {
    warnings.push(t(
      `Kafka ${version}.${input.patch ?? 0} lists enable.idempotence=true as the default but does not apply it unless the key is written (KAFKA-13598): the producer is not idempotent.`,
      `Kafka ${version}.${input.patch ?? 0}은 enable.idempotence 기본값을 true로 표시하지만 키를 직접 쓰지 않으면 적용하지 않습니다(KAFKA-13598): 프로듀서는 멱등성이 꺼져 있습니다.`,
    ));
  }

  // delivery.timeout.ms >= linger.ms + request.timeout.ms (KafkaProducer.configureDeliveryTimeout): the model
  // raises a default one; one from the file that is too small stops the producer.
  const need = Math.min(INT_MAX, lingerMs + requestTimeoutMs);
  if (given.has('delivery.timeout.ms') && deliveryTimeoutMs < need) {
    const message = t('The producer would not start: delivery.timeout.ms must be at least linger.ms + request.timeout.ms (ConfigException).', '프로듀서가 시작되지 않습니다: delivery.timeout.ms는 linger.ms + request.timeout.ms 이상이어야 합니다 (ConfigException).');
    fail(message);
    warnings.push(message);
    deliveryTimeoutMs = need;
  } else if (!given.has('delivery.timeout.ms')) {
    // (a value Kafka refuses fell back to a default the model could not raise: the engine's numbers obey the rule too)
    deliveryTimeoutMs = Math.max(deliveryTimeoutMs, need);
    if (deliveryTimeoutMs > (parseIntStrict(keyDefault('delivery.timeout.ms', version) ?? undefined) ?? INT_MAX)) {
      warnings.push(t(`delivery.timeout.ms is raised to linger.ms + request.timeout.ms = ${deliveryTimeoutMs} ms by the producer.`, `프로듀서가 delivery.timeout.ms를 linger.ms + request.timeout.ms = ${deliveryTimeoutMs} ms로 올립니다.`));
    }
  }
  // Rack-aware partitioning (4.4, rack.ts) as the model reads it; read() for the value checks and the values shown.
  read('partitioner.rack.aware');
  read('client.rack');
  const rackError = rackStartupError(rack, t);
  if (rackError !== undefined) {
    if (startupError === undefined) fail(rackError); // (said below, with what the run does about it)
    else warnings.push(rackError);
  }
  if (acks === 0 && retries > 0 && given.has('retries')) warnings.push(t('retries has no effect with acks=0: the producer never hears about failed writes.', 'acks=0에서는 retries가 아무 효과가 없습니다: 프로듀서는 실패한 쓰기를 알 수 없습니다.'));
  if (retries < 0) retries = 0;

  // A producer that would not start runs with idempotence off, to show what the other values do.
  const idempotence = idem.enabled && startupError === undefined;
  if (startupError) warnings.push(`${startupError} ${t('The simulation runs with idempotence off to show what the other values do.', '나머지 값이 어떻게 동작하는지 보여 주려고 멱등성을 끈 채로 시뮬레이션합니다.')}`);
  effective['enable.idempotence'] = String(idempotence);

  // Partitioner selection
  let partitioner: PartitionerKind = versionAtLeast(version, '3.3') ? 'builtin' : 'default-sticky';
  if (partitionerClass) {
    const cls = partitionerClass.trim();
    if (cls === RR) partitioner = 'round-robin';
    else if (cls === DEFAULT_P) partitioner = 'default-sticky';
    else if (cls === UNIFORM_P) partitioner = 'uniform-sticky-class';
    else warnings.push(t(`partitioner.class ${cls} is a custom partitioner the simulator cannot run; it uses the built-in one instead.`, `partitioner.class ${cls}은(는) 시뮬레이터가 실행할 수 없는 사용자 정의 파티셔너라서 내장 파티셔너를 대신 씁니다.`));
  }
  if (partitioner !== 'builtin' && (given.has('partitioner.ignore.keys') || given.has('partitioner.adaptive.partitioning.enable') || given.has('partitioner.availability.timeout.ms'))) {
    warnings.push(t('partitioner.ignore.keys / adaptive / availability settings only affect the built-in partitioner; with partitioner.class set they do nothing.', 'partitioner.ignore.keys / adaptive / availability 설정은 내장 파티셔너에만 적용됩니다. partitioner.class를 지정하면 아무 효과가 없습니다.'));
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
function conflicts(ps: readonly IdemProblem[], t: (en: string, ko: string) => string): string {
  const what: Record<IdemProblem['kind'], string> = {
    acks: t('acks is not all', 'acks가 all이 아님'),
    retries: t('retries is 0', 'retries가 0'),
    'max-in-flight': 'max.in.flight.requests.per.connection > 5',
    transactional: t('transactional.id is set', 'transactional.id가 있음'),
  };
  return ps.map((p) => what[p.kind]).join(t(' and ', ', '));
}

/** Why the producer refuses to start over idempotence (the first refusal, as ConfigException reports one). */
function idempotenceRefusal(refused: readonly IdemProblem[], legacy: boolean, explicit: boolean, t: (en: string, ko: string) => string): string {
  const first = refused[0]!;
  if (first.kind === 'transactional') return t('The producer would not start: transactional.id needs idempotence (ConfigException).', '프로듀서가 시작되지 않습니다: transactional.id에는 멱등성이 필요합니다 (ConfigException).');
  if (legacy) {
    if (first.kind === 'acks') return t('The producer would not start: idempotence needs acks=all (ConfigException).', '프로듀서가 시작되지 않습니다: 멱등성에는 acks=all이 필요합니다 (ConfigException).');
    if (first.kind === 'retries') return t('The producer would not start: idempotence needs retries > 0 (ConfigException).', '프로듀서가 시작되지 않습니다: 멱등성에는 retries > 0이 필요합니다 (ConfigException).');
    return t('The producer would not start: idempotence needs max.in.flight.requests.per.connection <= 5.', '프로듀서가 시작되지 않습니다: 멱등성에는 max.in.flight.requests.per.connection <= 5가 필요합니다.');
  }
  if (explicit) {
    const list = conflicts(refused.filter((p) => p.kind !== 'transactional'), t);
    return t(`The producer would not start: enable.idempotence=true but ${list} (ConfigException).`, `프로듀서가 시작되지 않습니다: enable.idempotence=true인데 ${list} (ConfigException).`);
  }
  return t('The producer would not start: idempotence (on by default) needs max.in.flight.requests.per.connection <= 5 from Kafka 4.0 (ConfigException).', '프로듀서가 시작되지 않습니다: Kafka 4.0부터 (기본으로 켜진) 멱등성에는 max.in.flight.requests.per.connection <= 5가 필요합니다 (ConfigException).');
}
