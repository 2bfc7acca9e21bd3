// The producer config catalog: every key the Java KafkaProducer accepts, per Kafka version.
// Pure data and functions (no fs, no zod at run time) so the server, CLI and webview can all import it.
import type { ConfigType, Importance, KafkaVersion, KeyDoc, KeyFacts, KeyGroup, Rule } from './model';
import { KAFKA_VERSION_LIST, versionOrder } from './versions';
import { FACTS } from './facts';
import { DOCS_EN } from './docs/en';
import { DOCS_KO } from './docs/ko';
import { parseTyped, type ParsedValue } from './parseValue';
import { OTHER_COMPONENT_KEYS, type OtherComponent } from './other-components';
import { SOURCES, VERSION_SOURCES, type Confidence, type FactSource, type SourceId, type SourceRef } from './sources';

export { JAVA_CONSTANTS } from './java-constants';
export { LEGACY_NAMES, type LegacyName, type LegacyOrigin, type ValueMapping } from './legacy-names';
export { ENV_PREFIXES, KEY_PREFIXES, type NamePrefix } from './name-prefixes';

export type { ConfigType, Importance, KafkaVersion, KeyDoc, KeyFacts, KeyGroup, Rule, ParsedValue, Confidence, FactSource, SourceId, SourceRef };
export { SOURCES, VERSION_SOURCES };
export { describeRule, javaTrim, parseJavaList } from './parseValue';
export { versionAtLeast, versionOrder } from './versions';
export { CHECKS, INCREMENTAL_CHUNK_BYTES, type CheckFacts, type CheckId } from './checks';

export const KAFKA_VERSIONS: readonly KafkaVersion[] = KAFKA_VERSION_LIST;
export const LATEST_VERSION: KafkaVersion = KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1]!;
/** Where this catalog's facts come from, per version, in one line (shown by `kpc describe` and in the JSON Schemas). */
export const FACTS_SOURCE: Record<KafkaVersion, string> = Object.fromEntries(
  KAFKA_VERSIONS.map((v) => [v, `${VERSION_SOURCES[v].summary} [${VERSION_SOURCES[v].confidence}]`]),
) as Record<KafkaVersion, string>;

/** A fact source with its references spelled out. */
export interface ResolvedSource {
  confidence: Confidence;
  refs: (SourceRef & { id: SourceId })[];
  note?: string;
}

export function resolveSource(s: FactSource): ResolvedSource {
  return { confidence: s.confidence, refs: s.refs.map((id) => ({ id, ...SOURCES[id] })), ...(s.note ? { note: s.note } : {}) };
}

export interface KeyInfo {
  key: string;
  type: ConfigType;
  group: KeyGroup;
  importance: Importance;
  unit?: 'ms' | 'bytes' | 'count';
  /** 'seconds' for the few keys measured in seconds (not part of the unit contract) */
  unitHint?: 'seconds';
  /** Kafka's default for the asked version, as Kafka would print it; null = no default */
  default: string | null;
  /** when the default is computed from the JVM, how (en) */
  defaultNote?: string;
  required: boolean;
  validValues?: readonly string[];
  /** true when validValues are compared ignoring case */
  caseInsensitive?: boolean;
  range?: { min?: number; max?: number };
  /** the validator in force for this version (null = type check only) */
  rule: Rule | null;
  since: string;
  /** true when the key is older than the oldest covered version: `since` then reads "2.8 or earlier" */
  sinceBeforeCoverage: boolean;
  deprecated?: { since: string; replacement?: string };
  removed?: { since: string };
  /** Kafka-internal key (defineInternal): accepted but not documented */
  internal?: boolean;
  /** class values deprecated / removed in some versions (partitioner.class) */
  deprecatedValues?: readonly { value: string; deprecatedSince: string; removedIn?: string; replacement: string }[];
  secret: boolean;
  /** the version this info describes */
  version: KafkaVersion;
  /** where this key's facts for `version` were read, and how sure they are */
  source: ResolvedSource;
  docs: { en: KeyDoc; ko: KeyDoc };
}

// Pure (annotated): a bundle that uses no key facts (the extension client) leaves the facts out.
const BY_KEY = /* @__PURE__ */ new Map<string, KeyFacts>(/* @__PURE__ */ FACTS.map((f) => [f.key, f]));
const VERSION_INDEX = new Map<string, number>(KAFKA_VERSIONS.map((v, i) => [v, i]));
const vi = (v: string): number => VERSION_INDEX.get(v) ?? -1;

/** The value of a version-keyed map at `version` (the entry with the greatest start <= version). */
export function atVersion<T>(map: Partial<Record<KafkaVersion, T>> | undefined, version: KafkaVersion): T | undefined {
  if (!map) return undefined;
  let best: T | undefined;
  let bestIdx = -1;
  const target = vi(version);
  for (const [v, val] of Object.entries(map) as [KafkaVersion, T][]) {
    const i = vi(v);
    if (i <= target && i > bestIdx) {
      best = val;
      bestIdx = i;
    }
  }
  return best;
}

function accepted(f: KeyFacts, version: KafkaVersion): boolean {
  const i = vi(version);
  return i >= vi(f.since) && (f.removed === undefined || i < vi(f.removed));
}

const DEFAULT_NOTES: Record<string, string> = {
  jvm8: 'computed when the class loads: this value on Java 11 and newer, TLSv1.2 on Java 8',
  jvmKeyManager: "the running JVM's KeyManagerFactory default algorithm (SunX509 on OpenJDK)",
  jvmTrustManager: "the running JVM's TrustManagerFactory default algorithm (PKIX on OpenJDK)",
};

function fallbackDoc(f: KeyFacts): KeyDoc {
  return { summary: `${f.key} (${f.type})`, body: `${f.key} is a ${f.type} producer setting in the ${f.group} group.` };
}

const cache = new Map<string, KeyInfo>();
/** docs (with the generated default history) do not depend on the version: built once per key */
const docsCache = new Map<string, { en: KeyDoc; ko: KeyDoc }>();

function build(f: KeyFacts, version: KafkaVersion): KeyInfo {
  const id = `${f.key}@${version}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const rule = atVersion(f.rules, version) ?? null;
  const importance = typeof f.importance === 'string' ? f.importance : atVersion(f.importance, version) ?? 'low';
  const dflt = atVersion(f.defaults, version);
  const note = atVersion(f.defaultNote, version);
  // Docs (with the generated default history) are built on first use (hover, completion), not when
  // analysis lists the version's keys: that keeps the server's first diagnostics fast.
  const docsOf = (): { en: KeyDoc; ko: KeyDoc } => {
    let docs = docsCache.get(f.key);
    if (!docs) {
      const docsEn = DOCS_EN[f.key] ?? fallbackDoc(f);
      const docsKo = DOCS_KO[f.key] ?? docsEn;
      docs = { en: withHistory(f, docsEn, 'en'), ko: withHistory(f, docsKo, 'ko') };
      docsCache.set(f.key, docs);
    }
    return docs;
  };
  const info: KeyInfo = {
    key: f.key,
    type: f.type,
    group: f.group,
    importance,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.unitHint ? { unitHint: f.unitHint } : {}),
    default: dflt === undefined ? null : dflt,
    ...(note ? { defaultNote: DEFAULT_NOTES[note] } : {}),
    required: f.requiredFrom !== undefined && vi(version) >= vi(f.requiredFrom),
    ...(rule?.kind === 'enum' ? { validValues: rule.values, ...(rule.caseInsensitive ? { caseInsensitive: true } : {}) } : {}),
    ...(rule?.kind === 'range' ? { range: { ...(rule.min !== undefined ? { min: rule.min } : {}), ...(rule.max !== undefined ? { max: rule.max } : {}) } } : {}),
    rule,
    since: f.since,
    sinceBeforeCoverage: f.since === KAFKA_VERSIONS[0],
    ...(f.deprecated && vi(version) >= vi(f.deprecated.since) ? { deprecated: { ...f.deprecated } } : {}),
    ...(f.removed ? { removed: { since: f.removed } } : {}),
    ...(f.internal ? { internal: true } : {}),
    ...(f.deprecatedValues ? { deprecatedValues: f.deprecatedValues } : {}),
    secret: f.type === 'password',
    version,
    source: resolveSource(atVersion(f.sources, version) ?? VERSION_SOURCES[version]),
    get docs() {
      return docsOf();
    },
  };
  cache.set(id, info);
  return info;
}

function showDefault(v: string | null, locale: 'en' | 'ko'): string {
  if (v === null) return locale === 'ko' ? '기본값 없음' : 'no default';
  if (v === '') return locale === 'ko' ? '빈 값' : 'empty';
  return `\`${v}\``;
}

function withHistory(f: KeyFacts, doc: KeyDoc, locale: 'en' | 'ko'): KeyDoc {
  const rows = defaultHistory(f.key);
  const parts: string[] = [];
  if (rows.length > 1) {
    parts.push(rows.map((r) => (locale === 'ko' ? `${r.from}부터 ${showDefault(r.default, locale)}` : `${showDefault(r.default, locale)} from ${r.from}`)).join(locale === 'ko' ? ', ' : '; ') + '.');
  } else if (rows[0]) {
    const d = rows[0].default;
    if (d === null) parts.push(locale === 'ko' ? `${rows[0].from} 이후 줄곧 기본값이 없습니다.` : `No default in any covered version (${rows[0].from} on).`);
    else parts.push(locale === 'ko' ? `기본값은 ${rows[0].from} 이후 줄곧 ${showDefault(d, locale)}입니다.` : `The default has been ${showDefault(d, locale)} in every covered version since ${rows[0].from}.`);
  }
  if (doc.history) parts.push(doc.history);
  return { ...doc, history: parts.join(' ') };
}

/** Info for `key` as `version` accepts it; undefined when that version does not define the key. */
export function getKey(key: string, version: KafkaVersion): KeyInfo | undefined {
  const f = BY_KEY.get(key);
  if (!f || !accepted(f, version)) return undefined;
  return build(f, version);
}

/** For keys not in the asked version: the newest version that has it, and every version that does. */
export function findKeyInAnyVersion(key: string): { info: KeyInfo; versions: KafkaVersion[] } | undefined {
  const f = BY_KEY.get(key);
  if (!f) return undefined;
  const versions = KAFKA_VERSIONS.filter((v) => accepted(f, v));
  const newest = versions[versions.length - 1];
  if (!newest) return undefined;
  return { info: build(f, newest), versions };
}

/** Every key the version accepts (internal ones included; filter on `internal` for completion). */
export function listKeys(version: KafkaVersion): KeyInfo[] {
  return FACTS.filter((f) => accepted(f, version)).map((f) => build(f, version));
}

/** All key names in any covered version. */
export function allKeyNames(): string[] {
  return FACTS.map((f) => f.key);
}

/** One row per change of the default, from the version that introduced the key. */
export function defaultHistory(key: string): { from: KafkaVersion; default: string | null }[] {
  const f = BY_KEY.get(key);
  if (!f) return [];
  const rows: { from: KafkaVersion; default: string | null }[] = [];
  for (const v of KAFKA_VERSIONS) {
    if (!accepted(f, v)) continue;
    const d = atVersion(f.defaults, v) ?? null;
    if (rows.length === 0 || rows[rows.length - 1]!.default !== d) rows.push({ from: v, default: d });
  }
  return rows;
}

/**
 * Kafka's default of `key` at `version` (null: none), or undefined when that version has no such key: what
 * getKey(key, version)?.default says, read from the facts alone, so a bundle that needs only defaults (the
 * preview webview's producer model) carries no docs.
 */
export function keyDefault(key: string, version: KafkaVersion): string | null | undefined {
  const f = BY_KEY.get(key);
  if (!f || !accepted(f, version)) return undefined;
  return atVersion(f.defaults, version) ?? null;
}

const defaultsMemo = new Map<KafkaVersion, ReadonlyMap<string, string | null>>();
/** Every key `version` accepts, internal ones included, with its default (facts alone, as keyDefault). */
export function versionDefaults(version: KafkaVersion): ReadonlyMap<string, string | null> {
  let m = defaultsMemo.get(version);
  if (!m) {
    m = new Map(FACTS.filter((f) => accepted(f, version)).map((f) => [f.key, atVersion(f.defaults, version) ?? null]));
    defaultsMemo.set(version, m);
  }
  return m;
}

export type VersionResolution =
  | { ok: true; version: KafkaVersion; patch?: number; exact: string }
  /** `nearest`: for a well-formed version the catalog does not cover, the covered one to use instead and how it relates. */
  | { ok: false; message: string; nearest?: { version: KafkaVersion; relation: 'newest' | 'oldest' | 'below' } };

/** 'latest', '3.6', '3.6.1', ' 3.6 ' → a covered minor version (patch kept for patch-level rules). */
export function resolveKafkaVersion(input: string | undefined): VersionResolution {
  const s = (input ?? '').trim();
  const list = `${KAFKA_VERSIONS.join(', ')} (or latest = ${LATEST_VERSION})`;
  if (s === '' || s.toLowerCase() === 'latest') return { ok: true, version: LATEST_VERSION, exact: LATEST_VERSION };
  const m = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?$/i.exec(s);
  if (!m) return { ok: false, message: `'${s}' is not a Kafka version; use major.minor or major.minor.patch, one of ${list}` };
  const minor = `${Number(m[1])}.${Number(m[2])}`;
  if (!VERSION_INDEX.has(minor)) {
    const asked = versionOrder(minor);
    const newer = asked > versionOrder(LATEST_VERSION);
    const why = newer ? `newer than the facts this catalog has (it knows Kafka up to ${LATEST_VERSION})` : 'not covered by this catalog';
    const below = KAFKA_VERSIONS.filter((v) => versionOrder(v) < asked);
    const nearest = below.length === 0
      ? { version: KAFKA_VERSIONS[0]!, relation: 'oldest' as const }
      : { version: below[below.length - 1]!, relation: newer ? ('newest' as const) : ('below' as const) };
    return { ok: false, message: `Kafka ${s} is ${why}; supported: ${list}`, nearest };
  }
  const version = minor as KafkaVersion;
  if (m[3] !== undefined) return { ok: true, version, patch: Number(m[3]), exact: `${minor}.${Number(m[3])}` };
  return { ok: true, version, exact: minor };
}

/**
 * Check `raw` (the decoded Properties value) exactly as ConfigDef.parseType + the key's validator would.
 * Keys unknown to `version` are accepted as-is: Kafka does not parse them.
 */
export function parseValue(
  key: string,
  raw: string,
  version: KafkaVersion,
): { ok: true; value: ParsedValue } | { ok: false; kind: 'type' | 'range' | 'enum' | 'empty'; message: string; expected: string; stage?: 'config' | 'construct' } {
  const f = BY_KEY.get(key);
  // A key the version does not define is never parsed by Kafka (it is only reported as unused).
  if (!f || !accepted(f, version)) return { ok: true, value: raw };
  const rule = atVersion(f.rules, version) ?? null;
  const removedClasses = f.deprecatedValues?.filter((d) => d.removedIn !== undefined && vi(version) >= vi(d.removedIn)).map((d) => d.value);
  return parseTyped(f.type, rule, raw, removedClasses);
}

/**
 * Keys that belong to another Kafka component (consumer, broker, topic, admin, streams, connect). With a
 * version: undefined when that version's producer accepts the key (`client.rack` is a producer key from 4.4,
 * a consumer key before); without one: undefined for any key the producer accepts in some covered version.
 */
export function otherComponentKey(key: string, version?: KafkaVersion): { component: OtherComponent; note: string; producerFrom?: KafkaVersion } | undefined {
  const other = OTHER_COMPONENT_KEYS[key];
  if (!other) return undefined;
  const f = BY_KEY.get(key);
  if (!f) return other;
  if (version === undefined || accepted(f, version)) return undefined;
  // known to other producer versions: a component key only where the producer has not taken it over yet
  return vi(version) < vi(f.since) ? { ...other, producerFrom: f.since } : undefined;
}
