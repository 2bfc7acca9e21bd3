/**
 * Completion of keys (every producer key of the target version; already-present keys and
 * deprecated ones ranked down; a snippet `key=${default}`) and of values (enums, booleans,
 * `acks` forms, codecs, common sizes and durations with human units, serializer classes).
 */
import { escapeForProperties, getKey, KAFKA_VERSIONS, LATEST_VERSION, lineOfOffset, listKeys, lowerBound, parseDirective, pick, pluginById, pluginKeyInfo, type KeyInfo, type Locale } from '#core';
import type { Analysis } from './analyze';
import { nearMiss, reasonText } from './nearMiss';
import { keyIndex } from './producer';
import { ALL_CODES } from './rules/index';
import { suggestablePlugins } from './plugins';
import { isSecretKey } from './secrets';
import { entryAt, groupLabel, keyInfo } from './symbols';
import type { Span } from './types';
import { humanize, unitOf, withHuman } from './units';

export interface CompletionItemData {
  label: string;
  kind: 'property' | 'value' | 'enum' | 'class' | 'keyword';
  /** Short text shown beside the label (the key's area for key items). */
  description?: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Text to insert; a snippet when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** Span of the text the item replaces. */
  span: Span;
  sortText: string;
  filterText?: string;
  deprecated?: boolean;
  preselect?: boolean;
}

export interface CompletionData {
  context: 'key' | 'value' | 'directive' | 'none';
  key?: string;
  items: CompletionItemData[];
  /** Ask again as the user types: the list ranks keys by a name typed in another convention (`LINGER_MS`). */
  incomplete?: boolean;
}

const IMPORTANCE_RANK: Record<string, string> = { high: '0', medium: '1', low: '2' };

function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Defaults that are real literals (not prose such as "JVM default"). */
function literalDefault(info: KeyInfo): string | undefined {
  if (info.default === null || info.default === '' || isSecretKey(info.key)) return undefined;
  return /^[\w.,:/+\-[\]]+$/.test(info.default) ? info.default : undefined;
}

/** What a key item shows that depends only on the key, the Kafka version and the locale. */
interface KeyTemplate {
  key: string;
  description: string;
  detail: string;
  documentation: string;
  /** The key escaped for a properties file. */
  keyText: string;
  /** `key=${1:default}` */
  snippet: string;
  rank: string;
  deprecated: boolean;
}

/** Key templates per version and locale, built on first use: completion then only adds the document's part. */
const KEY_TEMPLATES = new Map<string, KeyTemplate[]>();

function keyTemplates(version: Analysis['version'], locale: Locale, pluginId?: string): KeyTemplate[] {
  const id = `${version}|${locale}|${pluginId ?? ''}`;
  let list = KEY_TEMPLATES.get(id);
  if (list) return list;
  list = [];
  const plugin = pluginId ? pluginById(pluginId) : undefined;
  const infos = plugin
    ? plugin.keys.map((k) => pluginKeyInfo(k.key, version, new Map([[plugin.id, []]]))).filter((i): i is KeyInfo => i !== undefined && i.plugin !== undefined)
    : listKeys(version);
  for (const info of infos) {
    if (info.removed || info.internal) continue;
    const def = literalDefault(info);
    const doc = info.docs[locale] ?? info.docs.en;
    const defText = info.required
      ? pick(locale, 'required', '필수')
      : info.default === null
        ? pick(locale, 'no default', '기본값 없음')
        : `${pick(locale, 'default', '기본값')} ${isSecretKey(info.key) ? '' : withHuman(info.default, unitOf(info), locale)}`.trim();
    const keyText = escapeForProperties(info.key, 'key');
    list.push({
      key: info.key,
      description: plugin ? plugin.name : groupLabel(info.group, locale),
      detail: `${plugin ? plugin.vendor : groupLabel(info.group, locale)} · ${info.type} · ${defText}`,
      documentation: `${doc.summary}${info.deprecated ? `\n\n${pick(locale, `Deprecated since Kafka ${info.deprecated.since}`, `Kafka ${info.deprecated.since}부터 지원 중단`)}${info.deprecated.replacement ? ` → ${info.deprecated.replacement}` : ''}` : ''}`,
      keyText,
      snippet: `${snippetEscape(keyText)}=${def !== undefined ? `\${1:${snippetEscape(def)}}` : '$1'}`,
      rank: IMPORTANCE_RANK[info.importance] ?? '2',
      deprecated: !!info.deprecated,
    });
  }
  KEY_TEMPLATES.set(id, list);
  return list;
}

/**
 * Keys that what was typed stands for in another convention (`linger`, `LINGER`, `lingerMs`, `KAFKA_LINGER_MS`,
 * `queue.buffering.max.ms`): they come first, with the reason, and match the typed text whatever the client's filter.
 */
function nearMissKeys(analysis: Analysis, typed: string, locale: Locale): Map<string, { rank: number; why: string }> {
  const out = new Map<string, { rank: number; why: string }>();
  if (typed.length < 3 || getKey(typed, analysis.version) || pluginKeyInfo(typed, analysis.version, analysis.plugins)) return out;
  const r = nearMiss(typed, analysis.version, suggestablePlugins(analysis.plugins));
  r.candidates.filter((c) => c.distance === 0 || c === r.clear).forEach((c, rank) => out.set(c.key, { rank, why: reasonText(c.reasons, locale) }));
  return out;
}

export function keyItems(analysis: Analysis, span: Span, hasValue: boolean, currentIndex: number | undefined, locale: Locale, typed = ''): CompletionItemData[] {
  const index = keyIndex(analysis.parsed);
  // set on a line other than the one being completed
  const present = { has: (key: string): boolean => (index.get(key) ?? []).some((i) => i !== currentIndex) };
  const alreadySet = pick(locale, ' · already set', ' · 이미 설정됨');
  const near = nearMissKeys(analysis, typed, locale);
  // Kafka's keys, then the keys of each plugin the file names (a serializer's schema.registry.url …)
  const templates = [...keyTemplates(analysis.version, locale)];
  const seen = new Set(templates.map((t) => t.key));
  for (const id of analysis.plugins.keys()) {
    for (const t of keyTemplates(analysis.version, locale, id)) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      templates.push(t);
    }
  }
  return templates.map((t) => {
    const isPresent = present.has(t.key);
    const n = near.get(t.key);
    const detail = isPresent ? t.detail + alreadySet : t.detail;
    return {
      label: t.key,
      kind: 'property',
      description: t.description,
      detail: n && n.why ? `${n.why} · ${detail}` : detail,
      documentation: t.documentation,
      insertText: hasValue ? t.keyText : t.snippet,
      snippet: !hasValue,
      span,
      // ' ' sorts before every other rank: the keys the typed name stands for come first.
      sortText: n ? ` ${n.rank}${t.key}` : `${isPresent ? '2' : t.deprecated ? '1' : '0'}${t.rank}${t.key}`,
      filterText: n ? typed : t.key,
      deprecated: t.deprecated ? true : undefined,
      preselect: n && n.rank === 0 ? true : undefined,
    };
  });
}

interface ValueChoice {
  value: string;
  detail?: string;
  doc?: string;
}

const ACKS: Record<string, { en: string; ko: string }> = {
  all: { en: 'Wait for every in-sync replica (strongest; needed for idempotence)', ko: '모든 in-sync 레플리카를 기다림 (가장 안전; 멱등성에 필요)' },
  '-1': { en: 'Same as all', ko: 'all과 같음' },
  '1': { en: 'Leader only: lost if the leader dies before followers copy it', ko: '리더만 확인: 팔로워가 복제하기 전에 리더가 죽으면 유실' },
  '0': { en: 'No acknowledgement: fire and forget, retries have no effect', ko: '응답 없음: 보내고 잊음, 재시도가 의미 없음' },
};
const CODECS: Record<string, { en: string; ko: string }> = {
  none: { en: 'No compression', ko: '압축 안 함' },
  gzip: { en: 'Best ratio of the classic codecs, most CPU', ko: '압축률 높음, CPU 많이 사용' },
  snappy: { en: 'Fast, moderate ratio', ko: '빠름, 보통 압축률' },
  lz4: { en: 'Fast with a good ratio; a common throughput choice', ko: '빠르고 압축률 좋음; 처리량 튜닝에 흔히 사용' },
  zstd: { en: 'High ratio at moderate CPU (brokers 2.1+)', ko: '적당한 CPU로 높은 압축률 (브로커 2.1+)' },
};
/** A one-line meaning of an `acks` or `compression.type` value, for hovers. */
export function valueMeaning(key: string, value: string, locale: Locale = 'en'): string | undefined {
  const table = key === 'acks' ? ACKS : key === 'compression.type' ? CODECS : undefined;
  const m = table?.[value.trim()];
  return m ? pick(locale, m.en, m.ko) : undefined;
}

const SERIALIZERS = ['String', 'ByteArray', 'Bytes', 'ByteBuffer', 'Integer', 'Long', 'Short', 'Double', 'Float', 'UUID', 'Void'].map(
  (n) => `org.apache.kafka.common.serialization.${n}Serializer`,
);
const MS_CHOICES = [0, 1, 5, 10, 20, 50, 100, 500, 1000, 5000, 10000, 30000, 60000, 120000, 300000, 600000];
const BYTE_CHOICES = [0, 16384, 32768, 65536, 131072, 262144, 524288, 1048576, 4194304, 16777216, 33554432, 67108864, 134217728];

function valueChoices(info: KeyInfo, locale: Locale): ValueChoice[] {
  const out: ValueChoice[] = [];
  const add = (value: string, detail?: string): void => {
    if (!out.some((c) => c.value === value)) out.push({ value, detail });
  };
  const k = info.key;
  if (k === 'acks') for (const v of info.validValues ?? ['all', '-1', '1', '0']) add(v, ACKS[v] ? pick(locale, ACKS[v].en, ACKS[v].ko) : undefined);
  else if (k === 'compression.type') for (const v of info.validValues ?? Object.keys(CODECS)) add(v, CODECS[v] ? pick(locale, CODECS[v].en, CODECS[v].ko) : undefined);
  else if (info.type === 'boolean') ['true', 'false'].forEach((v) => add(v));
  else if (info.validValues?.length) info.validValues.forEach((v) => add(v));
  else if (k === 'security.protocol') ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].forEach((v) => add(v));
  else if (k === 'sasl.mechanism') ['GSSAPI', 'PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER'].forEach((v) => add(v));
  else if (k === 'key.serializer' || k === 'value.serializer') SERIALIZERS.forEach((v) => add(v));
  else if (k === 'partitioner.class') add('org.apache.kafka.clients.producer.RoundRobinPartitioner', pick(locale, 'Strict round robin, ignores keys', '키를 무시하는 순수 라운드 로빈'));
  else if (info.unit === 'ms' || info.unit === 'bytes') {
    const min = info.range?.min ?? 0;
    const max = info.range?.max ?? Number.MAX_SAFE_INTEGER;
    for (const n of info.unit === 'ms' ? MS_CHOICES : BYTE_CHOICES) {
      if (n < min || n > max) continue;
      if (info.type === 'int' && n > 2147483647) continue;
      add(String(n), humanize(n, unitOf(info), locale) ?? `${n} ${info.unit}`);
    }
  }
  const def = literalDefault(info);
  if (def !== undefined) add(def, humanize(def, unitOf(info), locale));
  return out;
}

export function valueItems(analysis: Analysis, key: string, span: Span, locale: Locale): CompletionItemData[] {
  const info = keyInfo(key, analysis.version, analysis.plugins);
  if (!info || isSecretKey(info.key) || info.plugin?.active === false) return [];
  const def = info.default;
  return valueChoices(info, locale).map((c, i) => {
    const isDefault = def !== null && c.value === def;
    const detail = [c.detail, isDefault ? pick(locale, `default in Kafka ${analysis.version}`, `Kafka ${analysis.version} 기본값`) : undefined].filter(Boolean).join(' · ');
    return {
      label: c.value,
      kind: info.validValues || info.type === 'boolean' ? 'enum' : info.type === 'class' ? 'class' : 'value',
      detail: detail || undefined,
      insertText: escapeForProperties(c.value, 'value'),
      snippet: false,
      span,
      sortText: `${String(i).padStart(3, '0')}`,
      preselect: isDefault || undefined,
    } satisfies CompletionItemData;
  });
}

const DIRECTIVES = [
  { label: 'kpc: kafka-version=', en: 'Check this file against one Kafka version', ko: '이 파일을 특정 Kafka 버전 기준으로 검사' },
  { label: 'kpc: client=console-producer', en: 'This file is passed to kafka-console-producer --producer.config', ko: '이 파일은 kafka-console-producer --producer.config로 전달됨' },
  { label: 'kpc: allow ', en: 'Keys (space separated) not to report as unknown', ko: '알 수 없는 키로 보고하지 않을 키 (공백으로 구분)' },
  { label: 'kpc-disable-next-line ', en: 'Silence these rule codes on the next line (none: all)', ko: '다음 줄에서 이 규칙 코드를 끔 (없으면 전부)' },
  { label: 'kpc-disable ', en: 'Silence these rule codes in the whole file (none: all)', ko: '파일 전체에서 이 규칙 코드를 끔 (없으면 전부)' },
];

/**
 * The values of a directive being typed: Kafka versions after `kpc: kafka-version=`, the clients after
 * `kpc: client=`, rule codes after `kpc-disable` / `kpc-disable-next-line` (each code once).
 */
function directiveValues(before: string, offset: number, locale: Locale): CompletionItemData[] | undefined {
  const item = (label: string, detail: string, partial: string, i: number): CompletionItemData => ({
    label, kind: 'enum', detail, insertText: label, snippet: false, span: { start: offset - partial.length, end: offset }, sortText: String(i).padStart(3, '0'),
  });
  const d = parseDirective(before);
  // A value is completed while the cursor is at its end.
  const atValue = (d?.kind === 'kafka-version' || d?.kind === 'client') && d.valueOffset + d.value.length === before.length;
  if (atValue && d.kind === 'kafka-version') {
    return [...[...KAFKA_VERSIONS].reverse(), 'latest'].map((v, i) => item(v, v === 'latest' ? pick(locale, `the newest version known (${LATEST_VERSION})`, `알려진 최신 버전 (${LATEST_VERSION})`) : `Kafka ${v}`, d.value, i));
  }
  if (atValue && d.kind === 'client') {
    return [
      item('java', pick(locale, 'a KafkaProducer built from these properties', '이 속성으로 만든 KafkaProducer'), d.value, 0),
      item('console-producer', pick(locale, 'kafka-console-producer.sh --producer.config', 'kafka-console-producer.sh --producer.config'), d.value, 1),
    ];
  }
  if ((d?.kind === 'disable' || d?.kind === 'disable-next-line') && d.argsOffset !== undefined) {
    // The code being typed is the last one, unless a separator follows it.
    const partial = /[\w-]*$/.exec(before)![0];
    if (/[^\w\s,-]/.test(before.slice(d.argsOffset))) return undefined;
    const listed = new Set(partial ? d.codes.slice(0, -1) : d.codes);
    return ALL_CODES.filter((c) => !listed.has(c)).map((c, i) => item(c, pick(locale, 'rule code', '규칙 코드'), partial, i));
  }
  return undefined;
}

export function complete(analysis: Analysis, offset: number, locale: Locale = 'en'): CompletionData {
  const { parsed } = analysis;
  const text = parsed.text;
  offset = Math.max(0, Math.min(offset, text.length));
  const line = lineOfOffset(parsed.lineStarts, offset);
  // (comments are in file order: the last one that starts before the offset, if it holds it)
  const prior = parsed.comments[lowerBound(parsed.comments, (c) => c.span.start, offset) - 1];
  const comment = prior && prior.line === line && offset <= prior.span.end ? prior : undefined;
  if (comment) {
    const before = text.slice(comment.span.start + 1, offset);
    const values = directiveValues(before, offset, locale);
    if (values) return { context: 'directive', items: values };
    const m = /^\s*(k(?:p(?:c(?:(?::\s*|-)\S*)?)?)?)$/.exec(before);
    if (!m) return { context: 'none', items: [] };
    const span = { start: offset - (m[1]?.length ?? 0), end: offset };
    return {
      context: 'directive',
      items: DIRECTIVES.map((d, i) => ({ label: d.label, kind: 'keyword' as const, detail: pick(locale, d.en, d.ko), insertText: d.label, snippet: false, span, sortText: String(i) })),
    };
  }
  const at = entryAt(analysis, offset);
  const idx = at ? at.index : -1;
  const entry = at?.entry;
  if (!entry) {
    // Blank line (or only whitespace): complete a key at the cursor.
    const ls = parsed.lineStarts[line] ?? 0;
    if (!/^[ \t\f]*$/.test(text.slice(ls, offset))) return { context: 'none', items: [] };
    return { context: 'key', items: keyItems(analysis, { start: offset, end: offset }, false, undefined, locale) };
  }
  const hasSep = entry.separatorSpan.end > entry.separatorSpan.start;
  if (offset <= entry.keySpan.end) {
    if (offset < entry.keySpan.start) return { context: 'none', items: [] };
    const typed = text.slice(entry.keySpan.start, offset);
    const items = keyItems(analysis, entry.keySpan, hasSep || entry.valueSpan.end > entry.valueSpan.start, idx, locale, typed);
    return { context: 'key', items, ...(items.some((i) => i.sortText.startsWith(' ')) ? { incomplete: true } : {}) };
  }
  // Inside the separator's leading whitespace (`key | = v`): nothing sensible to offer.
  if (hasSep && offset < entry.separatorSpan.end && /[=:]/.test(text.slice(offset, entry.separatorSpan.end))) return { context: 'none', items: [] };
  // Value: replace the value on its first physical line.
  const vs = entry.valueSpan;
  const raw = text.slice(vs.start, vs.end);
  const nl = raw.search(/\\?[\r\n]/);
  const span = { start: Math.min(vs.start, offset), end: nl >= 0 ? vs.start + nl : Math.max(vs.end, offset) };
  return { context: 'value', key: entry.key, items: valueItems(analysis, entry.key, span, locale) };
}
