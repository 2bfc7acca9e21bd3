// The producer model: the configuration a file turns into for one target. Which keys the producer sees as
// user-supplied (ProducerConfig's `originals()`), what kafka-console-producer.sh adds on top, the defaults
// for the target version, and what the idempotence post-processing makes of it all. The rules, hover, the
// CLI and the simulator all read this one model (producerModel).
//
// Facts: ProducerConfig.java (postProcessAndValidateIdempotenceConfigs; maybeOverrideAcksAndRetries in
// 2.8), KafkaProducer.configureDeliveryTimeout and ConsoleProducer.scala at the release tags
// (schemas/catalog/sources.ts); how a new release is checked: docs/kafka-versions.md.
import {
  CHECKS,
  javaTrim,
  keyDefault,
  listKeys,
  versionAtLeast,
  versionDefaults,
  type KafkaVersion,
  type KeyInfo,
  type ParsedProperties,
  type PropertyEntry,
  type Target,
} from '#core';

export interface EffectiveValue {
  value: string;
  source: 'explicit' | 'default' | 'console-producer';
  /** Index into `parsed.entries` of the line that supplies the value (the last one for a duplicated key). */
  entryIndex?: number;
  /** Why the producer runs with a value other than the one configured (e.g. forced by idempotence): `producer.note.<id>` in the message catalog. */
  note?: ProducerNote;
}

/** Why a value changed on its way into the producer (each has a `producer.note.<id>` message). */
export type ProducerNote = 'consoleOverwritten' | 'idempotenceOnByTransactionalId' | 'idempotenceDefaultNotHonoured' | 'idempotenceOffByKafka' | 'acksForcedAll' | 'retriesForcedMax' | 'deliveryTimeoutRaised';

/**
 * 2.8, 3.0.0 and 3.1.0 decide idempotence only from keys the user set (the KAFKA-13598 bug kept the
 * 2.8 logic after the default flipped). A 3.0 / 3.1 target without a patch number is read as the
 * latest patch of that line, which has the fix.
 */
export function isLegacyIdempotence(t: Pick<Target, 'version' | 'patch'>): boolean {
  if (t.version === '2.8') return true;
  return (t.version === '3.0' || t.version === '3.1') && t.patch === 0;
}

const BYTE_ARRAY = 'org.apache.kafka.common.serialization.ByteArraySerializer';

/**
 * What kafka-console-producer.sh puts into the producer properties.
 * `merged`: written only when the key is missing from the file (then it counts as user-set).
 * `forced`: always written, whatever the file says.
 */
export function consoleProducerSettings(t: Pick<Target, 'version' | 'patch'>): { merged: Record<string, string>; forced: Record<string, string> } {
  return {
    merged: {
      acks: isLegacyIdempotence(t) ? '1' : '-1',
      'linger.ms': '1000',
      'request.timeout.ms': '1500',
      retries: '3',
      'retry.backoff.ms': '100',
      'send.buffer.bytes': '102400',
      'buffer.memory': '33554432',
      'batch.size': '16384',
      'metadata.max.age.ms': '300000',
      'max.block.ms': '60000',
      'client.id': 'console-producer',
    },
    forced: {
      'bootstrap.servers': '<--bootstrap-server>',
      'compression.type': 'none',
      'key.serializer': BYTE_ARRAY,
      'value.serializer': BYTE_ARRAY,
    },
  };
}

export const CONSOLE_OPTION: Record<string, string> = {
  acks: '--request-required-acks',
  'linger.ms': '--timeout',
  'request.timeout.ms': '--request-timeout-ms',
  retries: '--message-send-max-retries',
  'retry.backoff.ms': '--retry-backoff-ms',
  'send.buffer.bytes': '--socket-buffer-size',
  'buffer.memory': '--max-memory-bytes',
  'batch.size': '--batch-size',
  'metadata.max.age.ms': '--metadata-expiry-ms',
  'max.block.ms': '--max-block-ms',
  'compression.type': '--compression-codec',
  'bootstrap.servers': '--bootstrap-server',
};

/** One pass over the entries: decoded key → entry indexes in file order. */
export function indexEntries(entries: readonly PropertyEntry[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (let i = 0; i < entries.length; i++) {
    const k = entries[i]!.key;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

const KEY_INDEX = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();
/**
 * The key index of a parse (indexEntries of its entries), kept with the parse: the analysis hands over the one
 * it built (`built`), so hover and completion look a key up instead of scanning every entry per request.
 */
export function keyIndex(parsed: { readonly entries: readonly PropertyEntry[] }, built?: ReadonlyMap<string, readonly number[]>): ReadonlyMap<string, readonly number[]> {
  let m = built ?? KEY_INDEX.get(parsed);
  if (!m) m = indexEntries(parsed.entries);
  if (built || !KEY_INDEX.has(parsed)) KEY_INDEX.set(parsed, m);
  return m;
}

/** A key's value as the file gives it (the last occurrence), with the line it is on when there is a file. */
export interface ExplicitValue {
  value: string;
  /** Index into `parsed.entries` (the last one for a duplicated key). */
  entryIndex?: number;
}
/** The file's keys and values as `Properties` holds them: the last occurrence of a key wins. */
export type ExplicitValues = ReadonlyMap<string, ExplicitValue>;

/**
 * A read-only map whose values are computed when asked. The producer model of a file of 221k custom keys kept
 * three maps over every key (explicit values, originals, effective values), with an object per key in two of
 * them: ~50 MB of a 10 MB file's heap, and as much garbage while the maps grew. The views below keep only what
 * differs from the file (defaults, the console producer's values, post-processing) and read the rest from the
 * key index and the entries.
 */
abstract class MapView<V> implements ReadonlyMap<string, V> {
  abstract get(key: string): V | undefined;
  abstract has(key: string): boolean;
  /** In the order the plain map the view stands for would iterate. */
  abstract all(): Generator<[string, V]>;
  get size(): number {
    let n = 0;
    for (const _ of this.all()) n++;
    return n;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.all() as MapIterator<[string, V]>;
  }
  entries(): MapIterator<[string, V]> {
    return this[Symbol.iterator]();
  }
  keys(): MapIterator<string> {
    return (function* (all: Generator<[string, V]>) {
      for (const [k] of all) yield k;
    })(this.all()) as MapIterator<string>;
  }
  values(): MapIterator<V> {
    return (function* (all: Generator<[string, V]>) {
      for (const [, v] of all) yield v;
    })(this.all()) as MapIterator<V>;
  }
  forEach(cb: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) cb.call(thisArg, v, k, this);
  }
}

/** The explicit values of a parsed file, read from its key index and entries (`lines`: the entries as they are now). */
export class FileValues extends MapView<ExplicitValue> {
  constructor(
    private readonly byKey: ReadonlyMap<string, readonly number[]>,
    public lines: readonly PropertyEntry[],
  ) {
    super();
  }
  override get size(): number {
    return this.byKey.size;
  }
  get(key: string): ExplicitValue | undefined {
    const idx = this.byKey.get(key);
    if (!idx) return undefined;
    const i = idx[idx.length - 1]!;
    return { value: this.lines[i]!.value, entryIndex: i };
  }
  has(key: string): boolean {
    return this.byKey.has(key);
  }
  override keys(): MapIterator<string> {
    return this.byKey.keys();
  }
  *all(): Generator<[string, ExplicitValue]> {
    for (const k of this.byKey.keys()) yield [k, this.get(k)!];
  }
}

/** The explicit values of a parsed file (`byKey` from indexEntries). */
export function fileValues(parsed: ParsedProperties, byKey: ReadonlyMap<string, readonly number[]>): FileValues {
  return new FileValues(byKey, parsed.entries);
}

/** Explicit values given as a plain record (the simulator input). */
export function recordValues(values: Readonly<Record<string, string>>): ExplicitValues {
  return new Map(Object.entries(values).map(([k, value]) => [k, { value }]));
}

/** The file's values, with the console producer's on top (its merged keys after the file's, then its forced ones). */
class OriginalValues extends MapView<string> {
  constructor(
    private readonly file: ExplicitValues,
    /** The console producer's values (merged and forced), in that order. */
    readonly tool: Map<string, string>,
  ) {
    super();
  }
  get(key: string): string | undefined {
    return this.tool.get(key) ?? this.file.get(key)?.value;
  }
  has(key: string): boolean {
    return this.tool.has(key) || this.file.has(key);
  }
  *all(): Generator<[string, string]> {
    for (const [k, e] of this.file) yield [k, this.tool.get(k) ?? e.value];
    for (const [k, v] of this.tool) if (!this.file.has(k)) yield [k, v];
  }
}

/** The keys and values ProducerConfig receives as user-supplied, with where each came from. */
export interface Originals {
  values: ReadonlyMap<string, string>;
  /** Keys whose value came from the console producer rather than the file. */
  fromTool: Set<string>;
  /** File keys the console producer overwrites (their file value never reaches the producer). */
  overwritten: Set<string>;
}

export function buildOriginals(explicit: ExplicitValues, t: Target): Originals {
  const tool = new Map<string, string>();
  const fromTool = new Set<string>();
  const overwritten = new Set<string>();
  if (t.client === 'console-producer') {
    const { merged, forced } = consoleProducerSettings(t);
    for (const [k, v] of Object.entries(merged)) {
      if (!explicit.has(k)) {
        tool.set(k, v);
        fromTool.add(k);
      }
    }
    // (no key is both merged and forced)
    for (const [k, v] of Object.entries(forced)) {
      if (explicit.has(k)) overwritten.add(k);
      tool.set(k, v);
      fromTool.add(k);
    }
  }
  return { values: new OriginalValues(explicit, tool), fromTool, overwritten };
}

// ---- idempotence -----------------------------------------------------------------------------

export type IdemOutcome = 'error' | 'disabled' | 'forced';
export interface IdemProblem {
  kind: 'acks' | 'retries' | 'max-in-flight' | 'transactional';
  outcome: IdemOutcome;
  /** The value that caused it (never a secret). */
  value: string;
}
export interface IdempotenceState {
  legacy: boolean;
  /** `enable.idempotence` is among the user-supplied keys. */
  explicit: boolean;
  /** What enable.idempotence says (explicit value or the version default); undefined if unparsable. */
  requested: boolean | undefined;
  /** Whether the producer really ends up idempotent (when it starts at all). */
  enabled: boolean;
  /** Turned on only by transactional.id (2.8 / 3.0.0 / 3.1.0). */
  byTransactionalId: boolean;
  problems: IdemProblem[];
}

function parseBool(raw: string | undefined | null): boolean | undefined {
  if (raw === undefined || raw === null) return undefined;
  const t = javaTrim(raw).toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

function parseIntStrict(raw: string | undefined | null): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const t = javaTrim(raw);
  return /^[+-]?\d+$/.test(t) ? Number(t) : undefined;
}

/** Catalog default of `key` at `version` (null when none or when the version lacks the key). */
export function defaultOf(key: string, version: KafkaVersion): string | null {
  return keyDefault(key, version) ?? null;
}

/** What evaluateIdempotence reads of the user-supplied values. */
export type ValueLookup = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;

/** `values` with `key` set to `value`, without copying them (a what-if for evaluateIdempotence on a file of thousands of keys). */
export function withValue(values: ValueLookup, key: string, value: string): ValueLookup {
  return { get: (k) => (k === key ? value : values.get(k)), has: (k) => k === key || values.has(k) };
}

/** ProducerConfig's idempotence post-processing for `t`, over the user-supplied `orig` values. */
export function evaluateIdempotence(orig: ValueLookup, t: Target): IdempotenceState {
  const legacy = isLegacyIdempotence(t);
  const explicit = orig.has('enable.idempotence');
  const requested = parseBool(explicit ? orig.get('enable.idempotence') : defaultOf('enable.idempotence', t.version));
  const tx = orig.has('transactional.id');
  const acksRaw = javaTrim(orig.get('acks') ?? defaultOf('acks', t.version) ?? 'all');
  const acksValid = ['all', '-1', '0', '1'].includes(acksRaw);
  const acksAll = acksRaw === 'all' || acksRaw === '-1';
  const retries = parseIntStrict(orig.get('retries') ?? defaultOf('retries', t.version));
  const mif = parseIntStrict(orig.get('max.in.flight.requests.per.connection') ?? defaultOf('max.in.flight.requests.per.connection', t.version));
  const problems: IdemProblem[] = [];
  if (requested === undefined) return { legacy, explicit, requested, enabled: false, byTransactionalId: false, problems };
  if (legacy) {
    const on = (explicit && requested) || tx;
    if (explicit && !requested && tx) {
      // idempotenceEnabled() throws before any other check runs
      problems.push({ kind: 'transactional', outcome: 'error', value: 'false' });
      return { legacy, explicit, requested, enabled: false, byTransactionalId: false, problems };
    }
    if (on) {
      if (orig.has('retries') && retries === 0) problems.push({ kind: 'retries', outcome: 'error', value: '0' });
      if (orig.has('acks') && acksValid && !acksAll) problems.push({ kind: 'acks', outcome: 'error', value: acksRaw });
      if (!orig.has('acks') && !acksAll) problems.push({ kind: 'acks', outcome: 'forced', value: acksRaw });
      if (mif !== undefined && mif > 5) problems.push({ kind: 'max-in-flight', outcome: 'error', value: String(mif) });
    }
    return { legacy, explicit, requested, enabled: on && !problems.some((p) => p.outcome === 'error'), byTransactionalId: on && !(explicit && requested), problems };
  }
  let on = requested;
  if (on) {
    if (retries === 0) problems.push({ kind: 'retries', outcome: explicit ? 'error' : 'disabled', value: '0' });
    if (acksValid && !acksAll) problems.push({ kind: 'acks', outcome: explicit ? 'error' : 'disabled', value: acksRaw });
    if (mif !== undefined && mif > 5) problems.push({ kind: 'max-in-flight', outcome: explicit || versionAtLeast(t.version, '4.0') ? 'error' : 'disabled', value: String(mif) });
    if (problems.some((p) => p.outcome === 'disabled')) on = false;
  }
  if (tx && !on) problems.push({ kind: 'transactional', outcome: 'error', value: String(requested) });
  return { legacy, explicit, requested, enabled: on && !problems.some((p) => p.outcome === 'error'), byTransactionalId: false, problems };
}

// ---- effective config ------------------------------------------------------------------------

const keysMemo = new Map<KafkaVersion, KeyInfo[]>();
export function keysOf(version: KafkaVersion): KeyInfo[] {
  let ks = keysMemo.get(version);
  if (!ks) {
    ks = listKeys(version);
    keysMemo.set(version, ks);
  }
  return ks;
}

const keyNamesMemo = new Map<KafkaVersion, string[]>();
export function keyNamesOf(version: KafkaVersion): string[] {
  let ks = keyNamesMemo.get(version);
  if (!ks) {
    ks = keysOf(version).filter((k) => !k.internal).map((k) => k.key);
    keyNamesMemo.set(version, ks);
  }
  return ks;
}

/**
 * The effective values: kept for the keys with a default at the version, the console producer's keys and what
 * post-processing set (`kept`); any other key is the file's value, read when asked. Iterates as the plain map
 * did: the keys with a default in the catalog's order, then the file's other keys in file order, then the
 * console producer's keys the file does not set.
 */
export class EffectiveValues extends MapView<EffectiveValue> {
  private readonly kept = new Map<string, EffectiveValue>();
  constructor(
    private readonly file: ExplicitValues,
    private readonly defaults: ReadonlyMap<string, string | null>,
  ) {
    super();
  }
  private hasDefault(key: string): boolean {
    return (this.defaults.get(key) ?? null) !== null;
  }
  get(key: string): EffectiveValue | undefined {
    const v = this.kept.get(key);
    if (v) return v;
    const e = this.file.get(key);
    return e && explicitValue(e);
  }
  has(key: string): boolean {
    return this.kept.has(key) || this.file.has(key);
  }
  /** Sets a key's value (one with a default, the console producer's or post-processed; or the edited key: `keep` says whether it has to be kept). */
  set(key: string, v: EffectiveValue): void {
    this.kept.set(key, v);
  }
  /** Whether `key`'s value has to be kept (else it is the file's value, read when asked). */
  keeps(key: string): boolean {
    return this.kept.has(key) || this.hasDefault(key);
  }
  *all(): Generator<[string, EffectiveValue]> {
    // `kept` starts with every key that has a default, in the catalog's order
    for (const [k, v] of this.kept) if (this.hasDefault(k)) yield [k, v];
    for (const k of this.file.keys()) if (!this.hasDefault(k)) yield [k, this.get(k)!];
    for (const [k, v] of this.kept) if (!this.hasDefault(k) && !this.file.has(k)) yield [k, v];
  }
}

/**
 * What the producer will run with: every key the version knows (explicit, console-producer or
 * default), plus the file's own keys; idempotence, acks, retries and delivery.timeout.ms after
 * Kafka's post-processing.
 */
export function effectiveConfig(explicit: ExplicitValues, orig: Originals, idem: IdempotenceState, t: Target): EffectiveValues {
  const defaults = versionDefaults(t.version);
  const eff = new EffectiveValues(explicit, defaults);
  for (const [key, value] of defaults) {
    if (value === null) continue;
    const e = explicit.get(key);
    eff.set(key, e ? explicitValue(e) : { value, source: 'default' });
  }
  for (const k of orig.fromTool) eff.set(k, toolValue(k, orig, eff.get(k)));
  postProcess(eff, idem);
  return eff;
}

function explicitValue(e: ExplicitValue): EffectiveValue {
  return { value: e.value, source: 'explicit', ...(e.entryIndex !== undefined ? { entryIndex: e.entryIndex } : {}) };
}

function toolValue(k: string, orig: Originals, prev: EffectiveValue | undefined): EffectiveValue {
  return {
    value: orig.values.get(k)!,
    source: 'console-producer',
    ...(orig.overwritten.has(k) && prev?.entryIndex !== undefined ? { note: 'consoleOverwritten' as const } : {}),
  };
}

/** The keys Kafka's post-processing may change (postProcess). */
const POST_PROCESSED = ['enable.idempotence', 'acks', 'retries', 'delivery.timeout.ms'];

/** Idempotence, acks, retries and delivery.timeout.ms after Kafka's post-processing, in place. */
function postProcess(eff: EffectiveValues, idem: IdempotenceState): void {
  const idemNow = eff.get('enable.idempotence');
  if (idemNow && parseBool(idemNow.value) !== idem.enabled && idem.requested !== undefined) {
    eff.set('enable.idempotence', {
      ...idemNow,
      value: String(idem.enabled),
      note: idem.enabled ? 'idempotenceOnByTransactionalId' : idem.legacy && !idem.explicit ? 'idempotenceDefaultNotHonoured' : 'idempotenceOffByKafka',
    });
  }
  if (idem.enabled) {
    const acks = eff.get('acks');
    if (acks && acks.source === 'default' && acks.value !== 'all' && acks.value !== '-1') eff.set('acks', { value: '-1', source: 'default', note: 'acksForcedAll' });
    const retries = eff.get('retries');
    if (idem.legacy && retries && retries.source === 'default') eff.set('retries', { value: '2147483647', source: 'default', note: 'retriesForcedMax' });
  }
  // delivery.timeout.ms is raised to linger.ms + request.timeout.ms when it was left at its default.
  const dt = eff.get('delivery.timeout.ms');
  if (dt && dt.source === 'default') {
    const sum = deliverySum(eff);
    const cur = parseIntStrict(dt.value);
    if (sum !== undefined && cur !== undefined && cur < sum) eff.set('delivery.timeout.ms', { value: String(sum), source: 'default', note: 'deliveryTimeoutRaised' });
  }
}

/**
 * The producer model after the file's value of `key` changed (its entries and every other value as
 * before): `model` (from producerModel or an earlier update, with `explicit` its input, which reads the
 * entries as they are now) is updated in place to what producerModel would give now, touching only `key`
 * and what Kafka's post-processing reads, not every key of the file. For an edit inside one value of a
 * file of thousands of keys.
 */
export function updateModel(model: ProducerModel, explicit: ExplicitValues, key: string): void {
  const t = model.target;
  const { originals: orig, effective: eff } = model;
  const idem = evaluateIdempotence(orig.values, t);
  for (const k of [key, ...POST_PROCESSED]) {
    const d = defaultOf(k, t.version);
    let v: EffectiveValue | undefined = d !== null ? { value: d, source: 'default' } : undefined;
    const e = explicit.get(k);
    if (e) v = explicitValue(e);
    if (orig.fromTool.has(k)) v = toolValue(k, orig, v);
    if (v && eff.keeps(k)) eff.set(k, v);
  }
  postProcess(eff, idem);
  model.idempotence = idem;
  model.rack = rackState(eff, t.version);
}

/** linger.ms + request.timeout.ms as KafkaProducer.configureDeliveryTimeout computes it (capped at Integer.MAX_VALUE). */
export function deliverySum(eff: ReadonlyMap<string, { value: string }>): number | undefined {
  const linger = parseIntStrict(eff.get('linger.ms')?.value);
  const req = parseIntStrict(eff.get('request.timeout.ms')?.value);
  if (linger === undefined || req === undefined) return undefined;
  const MAX = 2147483647;
  return Math.min(MAX, Math.min(MAX, linger) + req);
}

// ---- rack-aware partitioning -------------------------------------------------------------------

/** partitioner.rack.aware and client.rack as the producer reads them (Kafka 4.4, KIP-1123). */
export interface RackState {
  /** partitioner.rack.aware is on (false when the version has no such key, or for a value that is not a boolean). */
  aware: boolean;
  /** client.rack, trimmed as Kafka trims it ('' when unset, blank, or before the producer reads it). */
  clientRack: string;
  /**
   * The KafkaProducer constructor refuses the config: rack awareness on and client.rack blank
   * (the catalog's CHECKS['rack-aware-needs-client-rack']; also with a custom partitioner.class).
   */
  needsClientRack: boolean;
}

/** The rack settings of the effective config at `version`. */
export function rackState(eff: ReadonlyMap<string, { value: string }>, version: KafkaVersion): RackState {
  if (keyDefault('partitioner.rack.aware', version) === undefined) return { aware: false, clientRack: '', needsClientRack: false };
  const aware = parseBool(eff.get('partitioner.rack.aware')?.value) === true;
  const clientRack = keyDefault('client.rack', version) === undefined ? '' : javaTrim(eff.get('client.rack')?.value ?? '');
  const check = CHECKS['rack-aware-needs-client-rack'];
  return { aware, clientRack, needsClientRack: aware && clientRack === '' && versionAtLeast(version, check.since) };
}

// ---- the model -------------------------------------------------------------------------------

/**
 * The configuration Kafka runs with for one target: what the producer receives as user-supplied, the
 * idempotence outcome, and every effective value. Computed once per analysis; the rules, hover, the CLI
 * and the simulator (for the preview's what-if variants too) all read this one.
 */
export interface ProducerModel {
  target: Target;
  originals: Originals;
  idempotence: IdempotenceState;
  effective: EffectiveValues;
  /** Rack-aware partitioning (4.4) and whether its start-up check refuses the config. */
  rack: RackState;
}

export function producerModel(explicit: ExplicitValues, target: Target): ProducerModel {
  const originals = buildOriginals(explicit, target);
  const idempotence = evaluateIdempotence(originals.values, target);
  const effective = effectiveConfig(explicit, originals, idempotence, target);
  return { target, originals, idempotence, effective, rack: rackState(effective, target.version) };
}

export { parseBool, parseIntStrict };
