// kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]
// Prints one key's catalog entry. Exit codes: 0 printed, 2 usage error / unknown key / bad version.
import {
  defaultHistory,
  expectedText,
  versionProblem,
  FACTS_SOURCE,
  KAFKA_VERSIONS,
  LATEST_VERSION,
  findKeyInAnyVersion,
  getKey,
  hostMessage,
  otherComponentKey,
  pluginKeyInfo,
  pluginReaders,
  resolveKafkaVersion,
  type Confidence,
  type KafkaVersion,
  type KeyInfo,
  type Locale,
  type HostMessageKey,
} from '#core';
import { IMPORTANCE } from '../service/hover';
import { nearMiss, originNoun, reasonText } from '../service/nearMiss';
import { ALL_SUGGESTABLE_PLUGINS } from '../service/plugins';
import { isSecretKey } from '../service/secrets';
import { typedProperty } from '../service/spring/index';
import { humanize, unitOf } from '../service/units';
import { parseCommandLine } from './options';

export interface DescribeIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const DEFAULT_IO: DescribeIO = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export const describeUsage = (locale: Locale): string => hostMessage(locale, 'describe.usage', { oldest: String(KAFKA_VERSIONS[0]), latest: LATEST_VERSION });

/** Closest producer keys of `version`, best first: misspellings and names from other conventions or clients. */
export function closestKeys(input: string, version: KafkaVersion = LATEST_VERSION): string[] {
  return nearMiss(input, version, ALL_SUGGESTABLE_PLUGINS).candidates.map((c) => c.key);
}

/** 16384 → "16384 (16 KiB)", 120000 → "120000 (2 min)": the service's units, as hover shows them. */
export function humanValue(info: Pick<KeyInfo, 'unit' | 'unitHint'>, value: string | null, locale: Locale = 'en'): string {
  if (value === null) return hostMessage(locale, 'describe.none');
  if (value === '') return hostMessage(locale, 'describe.empty');
  const unit = unitOf(info);
  const human = humanize(value, unit, locale);
  if (human) return `${value} (${human})`;
  return unit === 'ms' || unit === 's' ? `${value} ${unit}` : value;
}

function parseArgs(argv: string[]): { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } {
  const res: { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } = { format: 'text', locale: 'en', help: argv.includes('--help') || argv.includes('-h') };
  let extra: string | undefined;
  try {
    const { values, positionals } = parseCommandLine(argv, { 'kafka-version': { type: 'string' }, format: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values['kafka-version'] !== undefined) res.version = values['kafka-version'];
    if (values.format !== undefined) res.format = values.format;
    if (values.locale !== undefined) res.locale = values.locale;
    res.key = positionals[0];
    if (positionals.length > 1) extra = positionals[1];
  } catch (msg) {
    res.error = String(msg);
  }
  // the messages speak the --locale language once it is a valid one
  const locale: Locale = res.locale === 'ko' ? 'ko' : 'en';
  if (extra !== undefined) res.error ??= hostMessage(locale, 'describe.err.unexpected', { arg: extra });
  if (!['text', 'json'].includes(res.format)) res.error ??= hostMessage(locale, 'cli.err.format', { value: res.format });
  if (!['en', 'ko'].includes(res.locale)) res.error ??= hostMessage('en', 'cli.err.locale', { value: res.locale });
  return res;
}

const CONFIDENCE_TEXT: Record<Confidence, HostMessageKey> = {
  source: 'describe.confidence.source',
  docs: 'describe.confidence.docs',
  'third-party': 'describe.confidence.third-party',
  inferred: 'describe.confidence.inferred',
};

/** Columns a label takes in a terminal: Hangul and other wide characters take two. */
const columns = (s: string): number => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c) ? 2 : 1), 0);

/** Rows of `label  value`, the labels of the catalog's `describe.row.*` padded to one width. */
function table(locale: Locale, rows: [HostMessageKey | '', string][]): string[] {
  const labelled = rows.map(([k, v]): [string, string] => [k ? hostMessage(locale, k) : '', v]);
  const w = Math.max(...labelled.map(([k]) => columns(k)));
  return labelled.map(([k, v]) => `  ${k}${' '.repeat(w - columns(k))}  ${v}`);
}

/** Where the key's facts were read: the confidence, each reference, the note. */
function sourceRows(info: KeyInfo, locale: Locale): [HostMessageKey | '', string][] {
  const how = hostMessage(locale, info.plugin && info.source.confidence === 'source' ? 'describe.confidence.plugin' : CONFIDENCE_TEXT[info.source.confidence]);
  return [
    ['describe.row.source', `${info.source.confidence} (${how})`],
    ...info.source.refs.map((r): ['', string] => ['', r.url && r.url !== r.title ? `${r.title} <${r.url}>` : r.title]),
    ...(info.source.note ? [['describe.row.sourceNote', info.source.note] as [HostMessageKey, string]] : []),
  ];
}

export function renderText(info: KeyInfo, locale: Locale, note?: string): string {
  const doc = info.docs[locale];
  const t = (key: HostMessageKey, params?: Record<string, string | number>): string => hostMessage(locale, key, params);
  const noteRow = note ? [`  ${t('describe.row.note')}: ${note}`] : [];
  const rows: [HostMessageKey | '', string][] = [];
  rows.push(['describe.row.type', info.type + (isSecretKey(info.key) ? t('describe.secret') : '')]);
  rows.push(['describe.row.group', info.group]);
  rows.push(['describe.row.importance', IMPORTANCE[info.importance] ? t(IMPORTANCE[info.importance]!) : info.importance]);
  if (info.unit || info.unitHint) rows.push(['describe.row.unit', info.unit ?? info.unitHint!]);
  rows.push(['describe.row.default', humanValue(info, info.default, locale) + (info.defaultNote ? ` — ${info.defaultNote}` : '')]);
  rows.push(['describe.row.required', t(info.required ? 'describe.yes' : 'describe.no')]);
  rows.push(['describe.row.valid', expectedText(locale, { type: info.type, rule: info.rule }) + (info.rule?.kind === 'enum' && info.rule.stage === 'construct' ? t('describe.constructCheck') : '')]);
  if (info.plugin) {
    // a key a plugin reads: who, and where its facts were read (no Kafka version history)
    rows.push(['describe.row.readBy', t('describe.readBy', { label: info.plugin.label, readers: pluginReaders(info.plugin), like: info.plugin.kafkaKey ? t('describe.like', { key: info.plugin.kafkaKey }) : '' })]);
    if (info.deprecated) rows.push(['describe.row.deprecated', info.deprecated.replacement ? t('describe.instead', { key: info.deprecated.replacement }) : t('describe.yes')]);
    rows.push(...sourceRows(info, locale));
    return [info.key, ...noteRow, ...table(locale, rows), '', doc.summary, ...(doc.body ? ['', doc.body] : [])].join('\n') + '\n';
  }
  const hist = defaultHistory(info.key);
  rows.push(['describe.row.history', hist.map((h, i) => `${h.from}${i === 0 && info.sinceBeforeCoverage ? t('describe.orEarlier') : ''}: ${h.default === null ? t('describe.none') : h.default === '' ? '""' : h.default}`).join(' → ')]);
  rows.push(['describe.row.since', info.sinceBeforeCoverage ? t('describe.sinceOrEarlier', { version: info.since }) : info.since]);
  if (info.deprecated) rows.push(['describe.row.deprecated', t('describe.deprecatedSince', { version: info.deprecated.since, instead: info.deprecated.replacement ? t('describe.insteadSuffix', { key: info.deprecated.replacement }) : '' })]);
  if (info.removed) rows.push(['describe.row.removed', t('describe.removedIn', { version: info.removed.since })]);
  if (info.internal) rows.push(['describe.row.internal', t('describe.internal')]);
  for (const d of info.deprecatedValues ?? []) rows.push(['describe.row.deprecatedValue', t('describe.deprecatedValue', { value: d.value, since: d.deprecatedSince, removed: d.removedIn ? t('describe.removedSuffix', { version: d.removedIn }) : '', replacement: d.replacement })]);
  rows.push(['describe.row.facts', `Kafka ${info.version}: ${FACTS_SOURCE[info.version]}`]);
  rows.push(...sourceRows(info, locale));
  const lines = [`${info.key}`, ...noteRow, ...table(locale, rows), '', doc.summary, '', doc.body];
  if (doc.values) lines.push('', t('describe.values', { text: doc.values }));
  if (doc.history) lines.push('', t('describe.history', { text: doc.history }));
  return lines.join('\n') + '\n';
}

export function runDescribe(argv: string[], io: DescribeIO = DEFAULT_IO): number {
  const args = parseArgs(argv);
  const locale: Locale = args.locale === 'ko' ? 'ko' : 'en';
  if (args.help) {
    io.out(describeUsage(locale));
    return 0;
  }
  if (args.error || args.key === undefined) {
    io.err(`kpc describe: ${args.error ?? hostMessage(locale, 'describe.err.missingKey')}\n${describeUsage(locale)}`);
    return 2;
  }
  const ver = resolveKafkaVersion(args.version);
  if (!ver.ok) {
    io.err(`kpc describe: ${versionProblem(locale, ver)}\n`);
    return 2;
  }
  let key = args.key.trim();
  // Spring Boot: a key under a properties map goes to Kafka as written; a typed property says what Boot writes
  const mapKey = /^spring\.kafka\.(?:producer\.)?properties\.(.+)$/.exec(key);
  if (mapKey) {
    io.err(`kpc describe: ${hostMessage(locale, 'describe.err.mapKey', { key, kafka: mapKey[1]! })}\n`);
    key = mapKey[1]!;
  } else if (key.startsWith('spring.kafka.')) {
    const p = typedProperty(key.toLowerCase());
    if (!p) {
      io.err(`kpc describe: ${hostMessage(locale, 'describe.err.notSpring', { key })}\n`);
      return 2;
    }
    const kafka = p.kafkaKey ? getKey(p.kafkaKey, ver.version) : undefined;
    if (args.format === 'json') io.out(JSON.stringify({ spring: p, ...(kafka ? { kafka } : {}) }, null, 2) + '\n');
    else {
      const rows: [HostMessageKey, string][] = [
        ['describe.row.type', p.javaType],
        ['describe.row.default', p.default ?? hostMessage(locale, 'describe.none')],
        ['describe.row.kafkaKey', p.kafkaKey ?? hostMessage(locale, 'describe.notPassed')],
        ['describe.row.boot', `${p.versions.since.join(', ')}+`],
      ];
      io.out([p.name, ...table(locale, rows), '', p.effect[locale], ...(kafka ? ['', (kafka.docs[locale] ?? kafka.docs.en).summary] : [])].join('\n') + '\n');
    }
    return 0;
  }
  let info = getKey(key, ver.version);
  let note: string | undefined;
  if (!info) {
    const any = findKeyInAnyVersion(key);
    if (any) {
      info = any.info;
      const first = any.versions[0]!;
      const last = any.versions[any.versions.length - 1]!;
      note = hostMessage(locale, 'describe.otherVersions', { version: ver.version, key, range: first === last ? first : `${first}–${last}`, shown: info.version });
      io.err(`kpc describe: ${note}\n`);
    }
  }
  // a key a plugin reads (Schema Registry serializers, config providers, metrics.context.* …)
  if (!info) info = pluginKeyInfo(key, ver.version, new Map());
  if (!info) {
    const other = otherComponentKey(key);
    if (other) {
      io.err(`kpc describe: ${hostMessage(locale, 'describe.err.otherComponent', { key, component: hostMessage(locale, `otherComponent.${other.component}`), note: other.note[locale] })}\n`);
      return 2;
    }
    const near = nearMiss(key, ver.version, ALL_SUGGESTABLE_PLUGINS);
    const list = near.candidates.map((c) => `'${c.key}'${c.reasons.length ? ` (${reasonText(c.reasons, locale)})` : ''}`);
    const foreign = near.foreign?.entry.note ? `; ${originNoun(near.foreign.entry, locale)}: ${near.foreign.entry.note[locale]}` : '';
    io.err(`kpc describe: ${hostMessage(locale, 'describe.err.unknown', { key, hint: list.length ? hostMessage(locale, 'cli.didYouMean', { list: list.join(hostMessage(locale, 'cli.or')) }) : foreign })}\n`);
    return 2;
  }
  if (args.format === 'json') {
    const { active: _active, ...plugin } = info.plugin ?? { active: false };
    io.out(JSON.stringify({ ...info, ...(info.plugin ? { plugin } : {}), requestedVersion: ver.exact, factsSource: info.plugin ? info.plugin.source.where : FACTS_SOURCE[info.version], defaultHistory: info.plugin ? [] : defaultHistory(info.key), ...(note ? { note } : {}) }, null, 2) + '\n');
  } else {
    io.out(renderText(info, locale, note));
  }
  return 0;
}
