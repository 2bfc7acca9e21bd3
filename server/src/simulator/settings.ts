// Producer settings for the simulator from a config file's explicit values and a Kafka version.
// Defaults and value checks come from the catalog (one place for Kafka facts). This reads the catalog's fact
// table rather than getKey() so the preview webview bundle does not carry the en/ko docs (~110 KB minified);
// the answers are the same as getKey(key, version)?.default (checked in test/unit/simulator).

import { parseValue, atVersion, KAFKA_VERSIONS, type KafkaVersion, type ParsedValue } from '../../../schemas/catalog/index';
import { FACTS } from '../../../schemas/catalog/facts';
import type { CompressionCodec, PartitionerKind, ProducerSettings } from './types';
import { rackSettings } from './rack';

export { SIMULATOR_KEYS } from './keys';

const RR = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';
const DEFAULT_P = 'org.apache.kafka.clients.producer.internals.DefaultPartitioner';
const UNIFORM_P = 'org.apache.kafka.clients.producer.UniformStickyPartitioner';
const INT_MAX = 2147483647;

const BY_KEY = new Map(FACTS.map((f) => [f.key, f]));

/** The key as `version` accepts it (undefined when that version has no such key) with its default. */
export function catalogKey(key: string, version: KafkaVersion): { default: string | null } | undefined {
  const f = BY_KEY.get(key);
  if (!f) return undefined;
  const i = KAFKA_VERSIONS.indexOf(version);
  if (i < KAFKA_VERSIONS.indexOf(f.since) || (f.removed !== undefined && i >= KAFKA_VERSIONS.indexOf(f.removed))) return undefined;
  return { default: atVersion(f.defaults, version) ?? null };
}

function atLeast(version: KafkaVersion, v: KafkaVersion): boolean {
  return KAFKA_VERSIONS.indexOf(version) >= KAFKA_VERSIONS.indexOf(v);
}

/**
 * Effective producer settings for the simulator. `values` are the file's explicit entries (last one wins).
 * Invalid values fall back to the version's default with a warning; combinations the producer refuses set `startupError`.
 */
export function settingsFromConfig(values: Record<string, string>, version: KafkaVersion, locale: 'en' | 'ko' = 'en'): ProducerSettings {
  const t = (en: string, ko: string): string => (locale === 'ko' ? ko : en);
  const warnings: string[] = [];
  const effective: Record<string, string> = {};
  const explicit = new Set<string>();
  let startupError: string | undefined;

  const read = (key: string): ParsedValue | undefined => {
    const info = catalogKey(key, version);
    if (!info) return undefined;
    const raw = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
    if (raw !== undefined) {
      const r = parseValue(key, raw, version);
      if (r.ok) {
        explicit.add(key);
        effective[key] = raw.trim();
        return r.value;
      }
      const dflt = info.default === null ? '' : ` ${info.default}`;
      warnings.push(t(`${key}: ${r.message}; the simulation uses the default${dflt} instead.`, `${key}: ${r.message}. 시뮬레이션은 대신 기본값${dflt}을(를) 씁니다.`));
      startupError ??= t(`The producer would not start: invalid value for ${key} (${r.message}).`, `프로듀서가 시작되지 않습니다: ${key}의 값이 잘못되었습니다 (${r.message}).`);
    }
    if (info.default === null) return null;
    effective[key] = info.default;
    const d = parseValue(key, info.default, version);
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
  let acks: 0 | 1 | -1 = acksRaw === '0' ? 0 : acksRaw === '1' ? 1 : -1;
  let retries = num('retries', INT_MAX);
  const retryBackoffMs = num('retry.backoff.ms', 100);
  const retryBackoffMaxMs = catalogKey('retry.backoff.max.ms', version) ? Math.max(retryBackoffMs, num('retry.backoff.max.ms', 1000)) : retryBackoffMs;
  const requestTimeoutMs = num('request.timeout.ms', 30000);
  let deliveryTimeoutMs = num('delivery.timeout.ms', 120000);
  const reconnectBackoffMs = num('reconnect.backoff.ms', 50);
  const maxInFlight = num('max.in.flight.requests.per.connection', 5);
  const idemValue = bool('enable.idempotence', atLeast(version, '3.0'));
  const transactionalId = str('transactional.id');
  const partitionerClass = str('partitioner.class');
  const ignoreKeys = catalogKey('partitioner.ignore.keys', version) ? bool('partitioner.ignore.keys', false) : false;
  const adaptive = catalogKey('partitioner.adaptive.partitioning.enable', version) ? bool('partitioner.adaptive.partitioning.enable', true) : false;
  const availabilityTimeoutMs = catalogKey('partitioner.availability.timeout.ms', version) ? num('partitioner.availability.timeout.ms', 0) : 0;

  // Idempotence (ProducerConfig.postProcessAndValidateIdempotenceConfigs; maybeOverrideAcksAndRetries in 2.8)
  const hasTxn = transactionalId !== null && transactionalId !== '';
  const idemExplicit = explicit.has('enable.idempotence');
  let idempotence: boolean;
  if (!atLeast(version, '3.0')) {
    idempotence = idemExplicit ? idemValue : hasTxn;
    if (idempotence) {
      const strict = idemExplicit || hasTxn;
      if (explicit.has('acks') && acks !== -1) startupError ??= t('The producer would not start: idempotence needs acks=all (ConfigException).', '프로듀서가 시작되지 않습니다: 멱등성에는 acks=all이 필요합니다 (ConfigException).');
      if (explicit.has('retries') && retries === 0) startupError ??= t('The producer would not start: idempotence needs retries > 0 (ConfigException).', '프로듀서가 시작되지 않습니다: 멱등성에는 retries > 0이 필요합니다 (ConfigException).');
      if (maxInFlight > 5) startupError ??= t('The producer would not start: idempotence needs max.in.flight.requests.per.connection <= 5.', '프로듀서가 시작되지 않습니다: 멱등성에는 max.in.flight.requests.per.connection <= 5가 필요합니다.');
      if (strict && !explicit.has('acks')) { acks = -1; effective.acks = '-1'; }
    }
  } else {
    idempotence = idemValue;
    if (idempotence) {
      const conflicts: string[] = [];
      if (acks !== -1) conflicts.push(t('acks is not all', 'acks가 all이 아님'));
      if (retries === 0) conflicts.push(t('retries is 0', 'retries가 0'));
      const inflightConflict = maxInFlight > 5;
      const list = [...conflicts, ...(inflightConflict ? ['max.in.flight.requests.per.connection > 5'] : [])].join(t(' and ', ', '));
      if (idemExplicit && (conflicts.length > 0 || inflightConflict)) {
        startupError ??= t(`The producer would not start: enable.idempotence=true but ${list} (ConfigException).`, `프로듀서가 시작되지 않습니다: enable.idempotence=true인데 ${list} (ConfigException).`);
      } else if (inflightConflict && atLeast(version, '4.0')) {
        startupError ??= t('The producer would not start: idempotence (on by default) needs max.in.flight.requests.per.connection <= 5 from Kafka 4.0 (ConfigException).', '프로듀서가 시작되지 않습니다: Kafka 4.0부터 (기본으로 켜진) 멱등성에는 max.in.flight.requests.per.connection <= 5가 필요합니다 (ConfigException).');
      } else if (conflicts.length > 0 || inflightConflict) {
        warnings.push(t(`Idempotence is on by default but ${list}, so the producer silently turns it off.`, `멱등성은 기본으로 켜져 있지만 ${list}: 프로듀서가 조용히 멱등성을 끕니다.`));
      }
    }
    if (idempotence && (startupError !== undefined || conflictsOff(acks, retries, maxInFlight))) idempotence = false;
  }
  if (hasTxn && !idempotence) startupError ??= t('The producer would not start: transactional.id needs idempotence (ConfigException).', '프로듀서가 시작되지 않습니다: transactional.id에는 멱등성이 필요합니다 (ConfigException).');
  if (startupError && idempotence) idempotence = false;
  if (startupError) warnings.push(`${startupError} ${t('The simulation runs with idempotence off to show what the other values do.', '나머지 값이 어떻게 동작하는지 보여 주려고 멱등성을 끈 채로 시뮬레이션합니다.')}`);
  effective['enable.idempotence'] = String(idempotence);

  // delivery.timeout.ms >= linger.ms + request.timeout.ms (KafkaProducer.configureDeliveryTimeout)
  if (deliveryTimeoutMs < lingerMs + requestTimeoutMs) {
    if (explicit.has('delivery.timeout.ms')) {
      startupError ??= t('The producer would not start: delivery.timeout.ms must be at least linger.ms + request.timeout.ms (ConfigException).', '프로듀서가 시작되지 않습니다: delivery.timeout.ms는 linger.ms + request.timeout.ms 이상이어야 합니다 (ConfigException).');
      warnings.push(startupError);
    } else warnings.push(t(`delivery.timeout.ms is raised to linger.ms + request.timeout.ms = ${lingerMs + requestTimeoutMs} ms by the producer.`, `프로듀서가 delivery.timeout.ms를 linger.ms + request.timeout.ms = ${lingerMs + requestTimeoutMs} ms로 올립니다.`));
    deliveryTimeoutMs = lingerMs + requestTimeoutMs;
  }
  if (acks === 0 && retries > 0 && explicit.has('retries')) warnings.push(t('retries has no effect with acks=0: the producer never hears about failed writes.', 'acks=0에서는 retries가 아무 효과가 없습니다: 프로듀서는 실패한 쓰기를 알 수 없습니다.'));
  if (retries < 0) retries = 0;

  // Partitioner selection
  let partitioner: PartitionerKind = atLeast(version, '3.3') ? 'builtin' : 'default-sticky';
  if (partitionerClass) {
    const cls = partitionerClass.trim();
    if (cls === RR) partitioner = 'round-robin';
    else if (cls === DEFAULT_P) partitioner = 'default-sticky';
    else if (cls === UNIFORM_P) partitioner = 'uniform-sticky-class';
    else warnings.push(t(`partitioner.class ${cls} is a custom partitioner the simulator cannot run; it uses the built-in one instead.`, `partitioner.class ${cls}은(는) 시뮬레이터가 실행할 수 없는 사용자 정의 파티셔너라서 내장 파티셔너를 대신 씁니다.`));
  }
  if (partitioner !== 'builtin' && (explicit.has('partitioner.ignore.keys') || explicit.has('partitioner.adaptive.partitioning.enable') || explicit.has('partitioner.availability.timeout.ms'))) {
    warnings.push(t('partitioner.ignore.keys / adaptive / availability settings only affect the built-in partitioner; with partitioner.class set they do nothing.', 'partitioner.ignore.keys / adaptive / availability 설정은 내장 파티셔너에만 적용됩니다. partitioner.class를 지정하면 아무 효과가 없습니다.'));
  }
  // Rack-aware partitioning (4.4): rack.ts
  const rack = rackSettings(catalogKey('partitioner.rack.aware', version) !== undefined, bool, str, t);
  if (rack.startupError) { startupError ??= rack.startupError; warnings.push(rack.startupError); }
  // KAFKA-9965: RoundRobinPartitioner is called twice when a record needs a new batch; fixed in 4.0 (KAFKA-17632).
  const roundRobinSkipQuirk = partitioner === 'round-robin' && !atLeast(version, '4.0');

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
    rackAware: rack.rackAware,
    clientRack: rack.clientRack,
    ...(startupError ? { startupError } : {}),
    warnings,
    effective,
  };
}

function conflictsOff(acks: number, retries: number, maxInFlight: number): boolean {
  return acks !== -1 || retries === 0 || maxInFlight > 5;
}
