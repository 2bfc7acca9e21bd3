// Did-you-mean for producer keys that were pasted from somewhere else rather than misspelt from scratch:
// another naming convention (`lingerMs`, `batch-size`, `LINGER_MS`), a Java constant (`ProducerConfig.ACKS_CONFIG`),
// an environment variable (`KAFKA_LINGER_MS`), a framework prefix (`spring.kafka.producer.batch-size`), a unit
// suffix left out or added (`linger`, `batch.size.bytes`), or a name from librdkafka, the 0.8 Scala producer or an
// older Java producer (the legacy table in the catalog). Each way of reading the key is a "view" with the reasons
// that produced it; every view is matched exactly, ignoring separators, with a unit suffix, and (for short
// transformations only) with a small edit distance, so these candidates rank together with plain typos.
//
// Safety: only the prefixes, constants and names the catalog lists are stripped or mapped, so a custom or plugin key
// that merely contains a producer key is not turned into a rename.
//
// Plugin keys: a caller passes the plugins whose keys are candidates too (those the file names, so
// `schema.registry.ulr` finds `schema.registry.url` beside KafkaAvroSerializer). A key a plugin reads is
// never asked about (the callers know it), so it is never "corrected" into a producer key.
import { ENV_PREFIXES, JAVA_CONSTANTS, KEY_PREFIXES, LEGACY_NAMES, findKeyInAnyVersion, getKey, hostMessage, pluginById, type KafkaVersion, type LegacyName, type Locale, type HostMessageKey, type NamePrefix } from '#core';
import { BoundedMemo } from './memo';
import { keyNamesOf } from './producer';
import { maxDistance, normalizeKey, scoreSuggestions } from './suggest';

export type CaseStyle = 'camel' | 'kebab' | 'snake' | 'screaming' | 'joined';

export type Reason =
  | { kind: 'case'; style: CaseStyle }
  | { kind: 'constant'; name: string }
  | { kind: 'constant-like' }
  | { kind: 'env'; prefix: NamePrefix }
  | { kind: 'prefix'; prefix: NamePrefix }
  | { kind: 'unit'; added?: string; removed?: string; replaced?: string }
  | { kind: 'legacy'; entry: LegacyName };

export interface NearMiss {
  key: string;
  /** Edit distance left after the transformations the reasons describe (0: they explain the whole difference). */
  distance: number;
  /** Outermost first; empty for a plain misspelling. */
  reasons: readonly Reason[];
  /** The legacy-table entry this candidate comes from (value conversion, companion line, notes). */
  legacy?: LegacyName;
}

export interface NearMissResult {
  /** Best first, at most three. */
  candidates: NearMiss[];
  /** The one candidate good enough to apply without looking (the caller still checks the value and the file). */
  clear?: NearMiss;
  /** A legacy name with no Java key in this version: what it is and what to do instead. */
  foreign?: { entry: LegacyName; reasons: readonly Reason[]; availableFrom?: string };
}

interface View {
  /** Dotted, lower case. */
  text: string;
  reasons: Reason[];
  /** From the Java constant table: the text is the key itself. */
  constant?: boolean;
}

const LEGACY_BY_NAME = new Map(LEGACY_NAMES.map((e) => [e.name, e]));
const CLASS_PREFIX = /^(?:[A-Za-z_$][\w$]*\.)*(ProducerConfig|CommonClientConfigs|SaslConfigs|SslConfigs|SecurityConfig|AbstractConfig)\.([A-Za-z][A-Za-z0-9_]*)$/;
const SCREAMING = /^[A-Z][A-Z0-9_]*$/;
const UNIT_WORDS: Record<string, string> = { ms: 'ms', millis: 'ms', msec: 'ms', msecs: 'ms', milliseconds: 'ms', bytes: 'bytes', byte: 'bytes', seconds: 'seconds', secs: 'seconds', sec: 'seconds' };
const KEY_PREFIX_RES = KEY_PREFIXES.map((p) => ({ p, re: new RegExp('^' + p.prefix.replace(/[.]/g, '\\.').replace('*', '[^.]+'), 'i') }));

/** `maxInFlight` → `max.In.Flight`, `SSLKeystore` → `SSL.Keystore`: a dot at each camelCase boundary. */
function splitCamel(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1.$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1.$2');
}

/** Lower case, dotted, camelCase split, Spring's `properties[a.b]` brackets opened. */
function dotted(s: string): string {
  return normalizeKey(splitCamel(s.replace(/[[\]]/g, '.')));
}

const squash = (s: string): string => s.replace(/[^a-z0-9]/g, '');

/** The naming convention a name is written in, if any (a dotted name only counts as kebab-case). */
function caseStyle(raw: string): CaseStyle | undefined {
  // Spring's relaxed names keep the dots between groups and put dashes inside them: `ssl.key-store-location`.
  if (raw.includes('-') && !raw.includes('_')) return 'kebab';
  if (raw.includes('.')) return undefined;
  if (SCREAMING.test(raw) && raw.includes('_')) return 'screaming';
  if (/[a-z0-9][A-Z]/.test(raw)) return 'camel';
  if (raw.includes('_')) return 'snake';
  return undefined;
}

function constantName(name: string, cls?: string): { key: string; name: string } | undefined {
  const c = JAVA_CONSTANTS[name];
  if (!c) return undefined;
  return { key: c.key, name: `${cls && c.in.includes(cls) ? cls : c.in[0]}.${name}` };
}

/** Every way of reading `raw`, most specific first. */
function viewsOf(raw: string): View[] {
  const out: View[] = [];
  const push = (text: string, reasons: Reason[], constant = false): void => {
    if (text && !out.some((v) => v.text === text && v.reasons.length <= reasons.length)) out.push({ text, reasons, ...(constant ? { constant } : {}) });
  };
  // Java constants: `ProducerConfig.LINGER_MS_CONFIG`, `LINGER_MS_CONFIG`.
  const q = CLASS_PREFIX.exec(raw);
  const constName = q ? q[2]! : SCREAMING.test(raw) ? raw : undefined;
  if (constName) {
    const c = constantName(constName, q?.[1]);
    if (c) push(c.key, [{ kind: 'constant', name: c.name }], true);
    else if (q || constName.endsWith('_CONFIG')) push(dotted(constName.replace(/_CONFIG$/, '')), [{ kind: 'constant-like' }]);
  }
  // Environment variables: `KAFKA_LINGER_MS`, `SPRING_KAFKA_PRODUCER_BATCHSIZE`.
  if (SCREAMING.test(raw)) {
    for (const p of ENV_PREFIXES) if (raw.startsWith(p.prefix) && raw.length > p.prefix.length) push(dotted(raw.slice(p.prefix.length)), [{ kind: 'env', prefix: p }]);
  }
  const style = caseStyle(raw);
  const base: View = { text: dotted(raw), reasons: style ? [{ kind: 'case', style }] : [] };
  // Framework and application prefixes, tried on the name as written (a `*` segment may be camelCase).
  const src = raw.includes('.') ? raw.replace(/[[\]]/g, '.') : base.text;
  for (const { p, re } of KEY_PREFIX_RES) {
    const m = re.exec(src);
    if (m && src.length > m[0].length) {
      const rest = src.slice(m[0].length);
      const restStyle = raw.includes('.') ? caseStyle(rest) : style;
      push(dotted(rest), [{ kind: 'prefix', prefix: p }, ...(restStyle ? [{ kind: 'case' as const, style: restStyle }] : [])]);
    }
  }
  push(base.text, base.reasons);
  return out;
}

interface VersionIndex {
  keys: string[];
  set: Set<string>;
  /** squashed name → key (null when two keys squash alike) */
  squashed: Map<string, string | null>;
}
const INDEX = new Map<string, VersionIndex>();
/** The candidate keys: the version's producer keys, then the keys of `plugins` (ids, sorted). */
function indexOf(version: KafkaVersion, plugins: readonly string[]): VersionIndex {
  const id = plugins.length ? `${version}|${plugins.join(',')}` : version;
  let ix = INDEX.get(id);
  if (!ix) {
    const own = keyNamesOf(version);
    const keys = plugins.length ? [...new Set([...own, ...plugins.flatMap((p) => pluginById(p)?.keys.map((k) => k.key) ?? [])])] : own;
    const squashed = new Map<string, string | null>();
    for (const k of keys) squashed.set(squash(k), squashed.has(squash(k)) ? null : k);
    ix = { keys, set: new Set(keys), squashed };
    if (INDEX.size > 200) INDEX.clear();
    INDEX.set(id, ix);
  }
  return ix;
}

function unitOfKey(key: string, version: KafkaVersion): string | undefined {
  const info = getKey(key, version);
  return info?.unit === 'ms' || info?.unit === 'bytes' ? info.unit : info?.unitHint;
}

/** Candidates from a unit suffix left out, added, or spelt another way. */
function unitCandidates(v: View, ix: VersionIndex, version: KafkaVersion, add: (c: NearMiss) => void): void {
  for (const u of ['ms', 'bytes', 'seconds']) {
    const k = `${v.text}.${u}`;
    if (ix.set.has(k)) add({ key: k, distance: 0, reasons: [...v.reasons, { kind: 'unit', added: '.' + u }] });
  }
  const dot = v.text.lastIndexOf('.');
  if (dot <= 0) return;
  const word = v.text.slice(dot + 1);
  const unit = UNIT_WORDS[word];
  if (!unit) return;
  const stem = v.text.slice(0, dot);
  if (ix.set.has(stem) && unitOfKey(stem, version) === unit) add({ key: stem, distance: 0, reasons: [...v.reasons, { kind: 'unit', removed: '.' + word }] });
  const respelt = `${stem}.${unit}`;
  if (word !== unit && ix.set.has(respelt)) add({ key: respelt, distance: 0, reasons: [...v.reasons, { kind: 'unit', replaced: `.${word} → .${unit}` }] });
}

const better = (a: NearMiss, b: NearMiss): boolean => a.distance < b.distance || (a.distance === b.distance && a.reasons.length < b.reasons.length);

/** How far a transformed view may still be misspelt: transformations already explain a lot, so less. */
function transformedLimit(len: number): number {
  if (len < 6) return 0;
  return len >= 14 ? 2 : 1;
}

const EMPTY: NearMissResult = { candidates: [] };
/**
 * Per version (and plugins) and key: a file with thousands of custom keys asks for each of them on every edit (a
 * 10 MB file: 221k). Keyed by the key itself (a string the parse holds anyway), one memo per version and plugins.
 */
const MEMO = new Map<string, BoundedMemo<NearMissResult>>();

/**
 * Did-you-mean candidates for an unknown key of `version`, with the reason for each; memoized (bounded: a
 * file with thousands of custom keys asks for each of them on every edit). `plugins`: the ids of plugins
 * whose keys are candidates too (sorted; see suggestablePlugins in plugins.ts).
 */
export function nearMiss(input: string, version: KafkaVersion, plugins: readonly string[] = []): NearMissResult {
  const set = plugins.length ? version + '|' + plugins.join(',') : version;
  let memo = MEMO.get(set);
  if (!memo) MEMO.set(set, (memo = new BoundedMemo<NearMissResult>(250_000)));
  return memo.get(input, () => compute(input, version, plugins));
}

function compute(input: string, version: KafkaVersion, plugins: readonly string[]): NearMissResult {
  const raw = input.trim();
  if (raw === '' || raw.length > 200) return EMPTY;
  const ix = indexOf(version, plugins);
  const views = viewsOf(raw);

  // A Java constant or a name of the legacy table says exactly what was meant: nothing else competes.
  const decisive: NearMiss[] = [];
  let foreign: NearMissResult['foreign'];
  for (const v of views) {
    const entry = LEGACY_BY_NAME.get(v.text);
    if (entry) {
      const reasons: Reason[] = [...v.reasons, { kind: 'legacy', entry }];
      if (entry.to && ix.set.has(entry.to)) decisive.push({ key: entry.to, distance: 0, reasons, legacy: entry });
      // "No Java equivalent" only for the name as written: after a stripped prefix, short names such as
      // `debug` or `partitioner` (KAFKA_DEBUG, kafka.partitioner) are as likely the application's own.
      else if (!v.reasons.some((r) => r.kind === 'env' || r.kind === 'prefix')) foreign ??= { entry, reasons, ...(entry.to ? { availableFrom: findKeyInAnyVersion(entry.to)?.versions[0] } : {}) };
    } else if (v.constant && ix.set.has(v.text)) {
      decisive.push({ key: v.text, distance: 0, reasons: v.reasons });
    }
  }
  if (decisive.length || foreign) {
    const candidates = dedupe(decisive).slice(0, 3);
    const only = candidates.length === 1 ? candidates[0]! : undefined;
    const clear = only && (!only.legacy || only.legacy.match === 'same') ? only : undefined;
    return { candidates, ...(clear ? { clear } : {}), ...(foreign && !candidates.length ? { foreign } : {}) };
  }

  const found = new Map<string, NearMiss>();
  const add = (c: NearMiss): void => {
    const cur = found.get(c.key);
    if (!cur || better(c, cur)) found.set(c.key, c);
  };
  for (const v of views) {
    const transformed = v.reasons.length > 0;
    if (ix.set.has(v.text) && v.text !== raw) add({ key: v.text, distance: 0, reasons: v.reasons });
    const sq = ix.squashed.get(squash(v.text));
    if (sq && sq !== v.text) add({ key: sq, distance: 0, reasons: v.reasons.length ? v.reasons : [{ kind: 'case', style: 'joined' }] });
    unitCandidates(v, ix, version, add);
    const limit = transformed ? transformedLimit(v.text.length) : maxDistance(v.text.length);
    if (limit === 0) continue;
    for (const s of scoreSuggestions(v.text, ix.keys, 5)) if (s.distance <= limit) add({ key: s.key, distance: s.distance, reasons: v.reasons });
  }
  const candidates = [...found.values()].sort((a, b) => a.distance - b.distance || a.reasons.length - b.reasons.length || ix.keys.indexOf(a.key) - ix.keys.indexOf(b.key)).slice(0, 3);
  const best = candidates[0];
  if (!best) return EMPTY;
  const second = candidates[1];
  const safeLimit = normalizeKey(raw).length <= 5 ? 1 : 2;
  const clear = (!second || second.distance > best.distance) && best.distance <= safeLimit ? best : undefined;
  return { candidates, ...(clear ? { clear } : {}) };
}

function dedupe(list: NearMiss[]): NearMiss[] {
  const out: NearMiss[] = [];
  for (const c of list) {
    const i = out.findIndex((o) => o.key === c.key);
    if (i < 0) out.push(c);
    else if (better(c, out[i]!)) out[i] = c;
  }
  return out;
}

// ---- values ---------------------------------------------------------------------------------

/**
 * The value a legacy name's line should have under its Java key: `value` (unchanged or converted), `null`
 * when the line has no effect in Java and can go, or `undefined` when the value has no Java equivalent.
 */
export function convertLegacyValue(entry: LegacyName, raw: string): string | null | undefined {
  const m = entry.values;
  if (!m) return raw;
  const v = raw.trim();
  if (m.file) {
    const last = v.split(/[\\/]/).pop() ?? '';
    if (v === '' || v.toLowerCase() === 'probe' || /[\\/]$/.test(v) || !/\.[A-Za-z0-9]+$/.test(last)) return undefined;
  }
  if (m.scale !== undefined) {
    if (!/^\d{1,15}$/.test(v)) return undefined;
    return String(BigInt(v) * BigInt(m.scale));
  }
  if (m.map) {
    const hit = Object.entries(m.map).find(([k]) => (m.ignoreCase ? k.toLowerCase() === v.toLowerCase() : k === v));
    if (hit) return hit[1];
    if (m.exhaustive) return undefined;
  }
  return raw;
}

// ---- words ----------------------------------------------------------------------------------

function originLabel(entry: LegacyName, locale: Locale): string {
  const o = entry.origins;
  if (o.includes('java')) return hostMessage(locale, 'nearMiss.label.removed', { version: String(entry.removedIn) });
  if (o.includes('librdkafka') && o.includes('scala')) return hostMessage(locale, 'nearMiss.label.librdkafkaScala');
  if (o.includes('librdkafka')) return hostMessage(locale, 'nearMiss.label.librdkafka');
  return hostMessage(locale, 'nearMiss.label.scala');
}

/** What a legacy name is, for "a … with no Java producer equivalent". */
export function originNoun(entry: LegacyName, locale: Locale): string {
  const o = entry.origins;
  if (o.includes('java')) return hostMessage(locale, 'nearMiss.noun.java', { version: String(entry.removedIn) });
  if (o.includes('librdkafka') && o.includes('scala')) return hostMessage(locale, 'nearMiss.noun.librdkafkaScala');
  if (o.includes('librdkafka')) return hostMessage(locale, 'nearMiss.noun.librdkafka');
  return hostMessage(locale, 'nearMiss.noun.scala');
}

const STYLE: Record<CaseStyle, HostMessageKey> = {
  camel: 'nearMiss.style.camel',
  kebab: 'nearMiss.style.kebab',
  snake: 'nearMiss.style.snake',
  screaming: 'nearMiss.style.screaming',
  joined: 'nearMiss.style.joined',
};

export function reasonLabel(r: Reason, locale: Locale): string {
  switch (r.kind) {
    case 'case':
      return hostMessage(locale, STYLE[r.style]);
    case 'constant':
      return hostMessage(locale, 'nearMiss.constant', { name: r.name });
    case 'constant-like':
      return hostMessage(locale, 'nearMiss.constantLike');
    case 'env':
      return hostMessage(locale, 'nearMiss.env', { prefix: r.prefix.prefix, by: r.prefix.by[locale] });
    case 'prefix':
      return hostMessage(locale, 'nearMiss.prefix', { prefix: r.prefix.prefix, by: r.prefix.by[locale] });
    case 'unit':
      if (r.added) return hostMessage(locale, 'nearMiss.unit.missing', { suffix: r.added });
      if (r.removed) return hostMessage(locale, 'nearMiss.unit.extra', { suffix: r.removed });
      return hostMessage(locale, 'nearMiss.unit.other', { suffix: String(r.replaced) });
    case 'legacy':
      return originLabel(r.entry, locale) + (r.entry.match === 'close' ? hostMessage(locale, 'nearMiss.closestJava') : '');
  }
}

/** The reasons of a candidate as one phrase ("environment-variable form, KAFKA_… (…), librdkafka name"); '' for a plain typo. */
export function reasonText(reasons: readonly Reason[], locale: Locale): string {
  return reasons.map((r) => reasonLabel(r, locale)).join(', ');
}
