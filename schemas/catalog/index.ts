// The producer config catalog: every key the Java KafkaProducer accepts, per Kafka version.
// Pure data and functions (no fs, no zod at run time) so the server, CLI and webview can all import it.
import type { ConfigType, Importance, KafkaVersion, KeyDoc, KeyFacts, KeyGroup, Rule } from './model';
import { KAFKA_VERSION_LIST, versionOrder } from './versions';
import { FACTS } from './facts';
import { DOCS_EN } from './docs/en';
import { DOCS_KO } from './docs/ko';
import { javaTrim, parseTyped, type ParsedValue } from './parseValue';
import { OTHER_COMPONENT_KEYS, type OtherComponent } from './other-components';
import { pluginDoc, pluginsReading, type PluginKeyMatch, type PluginSlot } from './plugins/index';
import type { PluginSource } from './model';
import { SOURCES, VERSION_SOURCES, type Confidence, type FactSource, type SourceId, type SourceRef } from './sources';

export { JAVA_CONSTANTS } from './java-constants';
export { LEGACY_NAMES, type LegacyName, type LegacyOrigin, type ValueMapping } from './legacy-names';
export { ENV_PREFIXES, KEY_PREFIXES, type NamePrefix } from './name-prefixes';

export type { ConfigType, Importance, KafkaVersion, KeyDoc, KeyFacts, KeyGroup, Rule, ParsedValue, Confidence, FactSource, SourceId, SourceRef };
export { SOURCES, VERSION_SOURCES };
export { javaTrim, listItems, looksLikeClassName, parseJavaList, type Expectation, type ListItem } from './parseValue';
export { versionAtLeast, versionOrder } from './versions';
export { EMPTY_LIST_ITEMS, type EmptyItemFact, type EmptyItemOutcome } from './lists';
export { KAFKA_CLASSES, SERIALIZATION_PACKAGE } from './classes';
export { PLUGINS, PLUGIN_SLOTS, namedPlugins, pluginById, pluginOfClass, pluginSummary, type PluginFacts, type PluginSlot } from './plugins/index';
export type { PluginSource } from './model';
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
  /** `id`: the entry of SOURCES (a plugin's source is a single reference of its own, without one) */
  refs: (SourceRef & { id?: SourceId })[];
  note?: string;
}

export function resolveSource(s: FactSource): ResolvedSource {
  return { confidence: s.confidence, refs: s.refs.map((id) => ({ id, ...SOURCES[id] })), ...(s.note ? { note: s.note } : {}) };
}

const READ_CONFIDENCE: Record<PluginSource['read'], Confidence> = { src: 'source', docs: 'docs', log: 'third-party', inferred: 'inferred' };
/** A plugin fact's source (`github:owner/repo@commit path`, or a URL) in the shape of the Kafka facts' sources. */
export function resolvePluginSource(s: PluginSource): ResolvedSource {
  const gh = /^github:([^@\s]+)@(\S+) (\S+)$/.exec(s.where);
  const url = gh ? `https://github.com/${gh[1]}/blob/${gh[2]}/${gh[3]}` : /^https?:\/\//.test(s.where) ? s.where : '';
  const confidence = READ_CONFIDENCE[s.read];
  return { confidence, refs: [{ title: s.where, url, confidence }], ...(s.note ? { note: s.note } : {}) };
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
  /** set for a key a plugin reads (a serializer, interceptor, config provider …), not ProducerConfig */
  plugin?: PluginRef;
}

/** Who reads a plugin key and whether the file names them. */
export interface PluginRef {
  /** every plugin that reads the key (ids and display names), the ones the file names first */
  readers: { id: string; name: string; vendor: string; builtIn: boolean }[];
  /** the readers in a few words: their suite's name when they share one, else their names */
  label: string;
  /** every reader is Kafka's own (config providers, metrics context …) */
  builtIn: boolean;
  /** classes that would make it read (serializers, interceptors …), for "name one of …" */
  classes: string[];
  /** true when the file names one of the readers (or a reader is Kafka's own) */
  active: boolean;
  /** a name no other component uses: quiet even when no reader is named */
  distinctive: boolean;
  /** values the plugin cannot use: thrown at start-up, or silently ignored */
  invalid: 'throws' | 'ignored';
  /** how values are read: Kafka's ConfigDef (ConfigException) or the plugin's own code */
  parser: 'configdef' | 'own';
  /** EnumRecommender: each value all lower case or all upper case */
  enumCase?: 'lowerOrUpper';
  /** compared as written, surrounding spaces included */
  untrimmed?: boolean;
  /** the part after a family prefix that is itself a Kafka key (`ssl.truststore.location`) */
  kafkaKey?: string;
  source: PluginSource;
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
  /**
   * `problem`: not a version at all, newer than the newest covered, or otherwise not covered (core's versionProblem
   * puts it in words). `nearest`: for a well-formed version the catalog does not cover, the covered one to use
   * instead and how it relates.
   */
  | { ok: false; problem: 'malformed' | 'newer' | 'uncovered'; input: string; nearest?: { version: KafkaVersion; relation: 'newest' | 'oldest' | 'below' } };

/** 'latest', '3.6', '3.6.1', ' 3.6 ' → a covered minor version (patch kept for patch-level rules). */
export function resolveKafkaVersion(input: string | undefined): VersionResolution {
  const s = (input ?? '').trim();
  if (s === '' || s.toLowerCase() === 'latest') return { ok: true, version: LATEST_VERSION, exact: LATEST_VERSION };
  const m = /^v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,4}))?$/i.exec(s);
  if (!m) return { ok: false, problem: 'malformed', input: s };
  const minor = `${Number(m[1])}.${Number(m[2])}`;
  if (!VERSION_INDEX.has(minor)) {
    const asked = versionOrder(minor);
    const newer = asked > versionOrder(LATEST_VERSION);
    const below = KAFKA_VERSIONS.filter((v) => versionOrder(v) < asked);
    const nearest = below.length === 0
      ? { version: KAFKA_VERSIONS[0]!, relation: 'oldest' as const }
      : { version: below[below.length - 1]!, relation: newer ? ('newest' as const) : ('below' as const) };
    return { ok: false, problem: newer ? 'newer' : 'uncovered', input: s, nearest };
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
): ReturnType<typeof parseTyped> {
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
export function otherComponentKey(key: string, version?: KafkaVersion): { component: OtherComponent; note: { en: string; ko: string }; producerFrom?: KafkaVersion } | undefined {
  const other = OTHER_COMPONENT_KEYS[key];
  if (!other) return undefined;
  const f = BY_KEY.get(key);
  if (!f) return other;
  if (version === undefined || accepted(f, version)) return undefined;
  // known to other producer versions: a component key only where the producer has not taken it over yet
  return vi(version) < vi(f.since) ? { ...other, producerFrom: f.since } : undefined;
}

const SSL_KEYS = new Map<KafkaVersion, Set<string>>();
function isClientSslKey(rest: string, version: KafkaVersion): boolean {
  let set = SSL_KEYS.get(version);
  if (!set) {
    set = new Set(FACTS.filter((f) => f.key.startsWith('ssl.') && accepted(f, version)).map((f) => f.key));
    SSL_KEYS.set(version, set);
  }
  return set.has(rest);
}

const MATCHES = new Map<string, PluginKeyMatch[]>();
const NO_MATCH: PluginKeyMatch[] = [];
/** The plugins that read `key` at `version` (none for a key ProducerConfig itself defines). */
export function pluginMatches(key: string, version: KafkaVersion): PluginKeyMatch[] {
  const id = `${version}\u0000${key}`;
  let m = MATCHES.get(id);
  if (m === undefined) {
    m = getKey(key, version) ? NO_MATCH : pluginsReading(key, (rest) => isClientSslKey(rest, version)).filter((x) => !x.facts?.since || vi(version) >= vi(x.facts.since));
    if (m.length === 0) m = NO_MATCH;
    if (MATCHES.size > 50_000) MATCHES.clear();
    MATCHES.set(id, m);
  }
  return m;
}

const PLUGIN_INFO = new Map<string, KeyInfo | null>();

/**
 * A KeyInfo for a key plugins read, or undefined when none does (or ProducerConfig defines it).
 * `named`: the plugins the file names (id → slots), as the language service computes them.
 */
export function pluginKeyInfo(key: string, version: KafkaVersion, named: ReadonlyMap<string, readonly PluginSlot[]>): KeyInfo | undefined {
  const matches = pluginMatches(key, version);
  if (matches.length === 0) return undefined;
  const activeOnes = matches.filter((m) => named.has(m.plugin.id) || m.plugin.builtIn && m.plugin.classes.length === 0);
  const id = `${key}@${version}@${activeOnes.map((m) => m.plugin.id).join(',')}`;
  const hit = PLUGIN_INFO.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const ordered = [...activeOnes, ...matches.filter((m) => !activeOnes.includes(m))];
  const m = ordered[0]!;
  const inner = m.family && m.family.kind !== 'any' && m.rest ? getKey(m.rest, version) : undefined;
  const f = m.facts;
  const type: ConfigType = f?.type ?? inner?.type ?? m.family?.type ?? 'string';
  const rule: Rule | null = f ? f.rule ?? null : inner?.rule ?? null;
  const distinctive = matches.some((x) => x.facts?.distinctive ?? x.family?.distinctive ?? false);
  const doc = (locale: 'en' | 'ko'): KeyDoc => {
    const own = pluginDoc(m, locale);
    if (inner && !m.facts) {
      const base = inner.docs[locale];
      return { summary: own.summary, body: `${own.body ? own.body + '\n\n' : ''}${locale === 'ko' ? `\`${inner.key}\`: ` : `\`${inner.key}\`: `}${base.summary}` };
    }
    return { summary: own.summary, body: own.body ?? '' };
  };
  const info: KeyInfo = {
    key,
    type,
    group: f?.group ?? inner?.group ?? (m.family?.kind === 'kafka-ssl' ? 'security' : 'other'),
    importance: f?.importance ?? inner?.importance ?? 'low',
    ...(f?.unit ?? inner?.unit ? { unit: (f?.unit ?? inner?.unit)! } : {}),
    default: f ? f.default : inner ? inner.default : null,
    required: false,
    ...(rule?.kind === 'enum' ? { validValues: rule.values, ...(rule.caseInsensitive ? { caseInsensitive: true } : {}) } : {}),
    ...(rule?.kind === 'range' ? { range: { ...(rule.min !== undefined ? { min: rule.min } : {}), ...(rule.max !== undefined ? { max: rule.max } : {}) } } : {}),
    rule,
    since: f?.since ?? m.family?.since ?? KAFKA_VERSIONS[0]!,
    sinceBeforeCoverage: !(f?.since ?? m.family?.since),
    ...(f?.deprecated ? { deprecated: { since: '', ...(f.deprecated.replacement ? { replacement: f.deprecated.replacement } : {}) } } : {}),
    secret: type === 'password' || f?.secret === true || inner?.secret === true,
    version,
    source: resolvePluginSource(f?.source ?? m.plugin.source),
    docs: { en: doc('en'), ko: doc('ko') },
    plugin: {
      readers: ordered.map((x) => ({ id: x.plugin.id, name: x.plugin.name, vendor: x.plugin.vendor, builtIn: x.plugin.builtIn === true })).filter((r, i, a) => a.findIndex((y) => y.id === r.id) === i),
      builtIn: ordered.every((x) => x.plugin.builtIn === true),
      label: ordered.every((x) => x.plugin.suite && x.plugin.suite === ordered[0]!.plugin.suite) && ordered.length > 1 ? ordered[0]!.plugin.suite! : [...new Set(ordered.map((x) => x.plugin.name))].join(', '),
      classes: [...new Set(ordered.flatMap((x) => x.plugin.classes.filter((c) => c.role !== 'deserializer').map((c) => c.name)))],
      active: activeOnes.length > 0,
      distinctive,
      invalid: f?.invalid ?? 'throws',
      parser: m.plugin.parser ?? 'configdef',
      ...(f?.enumCase ? { enumCase: f.enumCase } : {}),
      ...(f?.untrimmed ? { untrimmed: true } : {}),
      ...(inner ? { kafkaKey: inner.key } : {}),
      source: f?.source ?? m.plugin.source,
    },
  };
  if (PLUGIN_INFO.size > 20000) PLUGIN_INFO.clear();
  PLUGIN_INFO.set(id, info);
  return info;
}

/** Check a value for `info` (a Kafka key or a plugin key) as the code that reads it would. */
export function parseInfoValue(info: KeyInfo, raw: string): ReturnType<typeof parseTyped> {
  if (!info.plugin) return parseValue(info.key, raw, info.version);
  let rule = info.rule;
  if (info.plugin.untrimmed && rule?.kind === 'enum' && raw !== javaTrim(raw) && rule.values.includes(javaTrim(raw))) {
    return { ok: false, kind: 'enum', message: `the value is compared as written, and '${javaTrim(raw)}' with spaces around it matches none of ${rule.values.join(', ')}`, expected: { type: info.type, rule, casing: 'exactNoSpaces' } };
  }
  if (rule?.kind === 'enum' && info.plugin.enumCase === 'lowerOrUpper') {
    const written = rule;
    rule = { ...rule, values: [...new Set(rule.values.flatMap((v) => [v.toLowerCase(), v.toUpperCase()]))], caseInsensitive: false };
    const r = parseTyped(info.type, rule, raw);
    // Confluent's EnumRecommender.ensureValid: ConfigException(key, value, "Invalid enumerator")
    return r.ok || r.kind !== 'enum' ? r : { ...r, message: 'Invalid enumerator', expected: { type: info.type, rule: written, casing: 'lowerOrUpper' } };
  }
  return parseTyped(info.type, rule, raw);
}

/** The classes that read a plugin key by short name (`KafkaAvroSerializer, KafkaJsonSchemaSerializer, …`), else the plugin's name. */
export function pluginReaders(p: PluginRef): string {
  const names = p.classes.map((c) => c.slice(c.lastIndexOf('.') + 1));
  if (names.length === 0) return p.label;
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} …`;
}
