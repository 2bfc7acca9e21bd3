// kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]
// Prints one key's catalog entry. Exit codes: 0 printed, 2 usage error / unknown key / bad version.
import {
  defaultHistory,
  describeRule,
  FACTS_SOURCE,
  KAFKA_VERSIONS,
  LATEST_VERSION,
  findKeyInAnyVersion,
  getKey,
  otherComponentKey,
  pluginKeyInfo,
  pluginReaders,
  resolveKafkaVersion,
  type Confidence,
  type KafkaVersion,
  type KeyInfo,
  type Locale,
} from '#core';
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

export const DESCRIBE_USAGE = `usage: kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]

  KEY               a producer config key, e.g. batch.size, or a Spring Boot property:
                    spring.kafka.producer.batch-size, spring.kafka.producer.properties.linger.ms
  --kafka-version   ${KAFKA_VERSIONS[0]} … ${LATEST_VERSION}, a patch such as 3.6.1, or latest (default, ${LATEST_VERSION})
  --format          text (default) or json (the catalog's KeyInfo object)
  --locale          language of the docs: en (default) or ko
`;

/** Closest producer keys of `version`, best first: misspellings and names from other conventions or clients. */
export function closestKeys(input: string, version: KafkaVersion = LATEST_VERSION): string[] {
  return nearMiss(input, version, ALL_SUGGESTABLE_PLUGINS).candidates.map((c) => c.key);
}

/** 16384 → "16384 (16 KiB)", 120000 → "120000 (2 min)": the service's units, as hover shows them. */
export function humanValue(info: Pick<KeyInfo, 'unit' | 'unitHint'>, value: string | null, locale: Locale = 'en'): string {
  if (value === null) return '(none)';
  if (value === '') return '"" (empty)';
  const unit = unitOf(info);
  const human = humanize(value, unit, locale);
  if (human) return `${value} (${human})`;
  return unit === 'ms' || unit === 's' ? `${value} ${unit}` : value;
}

function parseArgs(argv: string[]): { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } {
  const res: { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } = { format: 'text', locale: 'en', help: argv.includes('--help') || argv.includes('-h') };
  try {
    const { values, positionals } = parseCommandLine(argv, { 'kafka-version': { type: 'string' }, format: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values['kafka-version'] !== undefined) res.version = values['kafka-version'];
    if (values.format !== undefined) res.format = values.format;
    if (values.locale !== undefined) res.locale = values.locale;
    res.key = positionals[0];
    if (positionals.length > 1) res.error = `unexpected argument '${positionals[1]}' (describe takes one key)`;
  } catch (msg) {
    res.error = String(msg);
  }
  if (!['text', 'json'].includes(res.format)) res.error ??= `--format must be text or json, not '${res.format}'`;
  if (!['en', 'ko'].includes(res.locale)) res.error ??= `--locale must be en or ko, not '${res.locale}'`;
  return res;
}

const CONFIDENCE_TEXT: Record<Confidence, string> = {
  source: "read in Kafka's Java source",
  docs: "read in Apache's published docs",
  'third-party': "read in third-party notes on Kafka's code",
  inferred: 'inferred; no direct statement found',
};

/** Where the key's facts were read: the confidence, each reference, the note. */
function sourceRows(info: KeyInfo): [string, string][] {
  const how = info.plugin && info.source.confidence === 'source' ? "read in the plugin's source" : CONFIDENCE_TEXT[info.source.confidence];
  return [
    ['source', `${info.source.confidence} (${how})`],
    ...info.source.refs.map((r): [string, string] => ['', r.url && r.url !== r.title ? `${r.title} <${r.url}>` : r.title]),
    ...(info.source.note ? [['source note', info.source.note] as [string, string]] : []),
  ];
}

export function renderText(info: KeyInfo, locale: Locale, note?: string): string {
  const doc = info.docs[locale];
  const rows: [string, string][] = [];
  rows.push(['type', info.type + (isSecretKey(info.key) ? ' (secret: values are never shown)' : '')]);
  rows.push(['group', info.group]);
  rows.push(['importance', info.importance]);
  if (info.unit || info.unitHint) rows.push(['unit', info.unit ?? info.unitHint!]);
  rows.push(['default', humanValue(info, info.default, locale) + (info.defaultNote ? ` — ${info.defaultNote}` : '')]);
  rows.push(['required', info.required ? 'yes' : 'no']);
  rows.push(['valid', describeRule(info.type, info.rule) + (info.rule?.kind === 'enum' && info.rule.stage === 'construct' ? ' (checked when the producer is built, not by ConfigDef)' : '')]);
  if (info.plugin) {
    // a key a plugin reads: who, and where its facts were read (no Kafka version history)
    rows.push(['read by', `${info.plugin.label} (${pluginReaders(info.plugin)}), not by ProducerConfig${info.plugin.kafkaKey ? `; like ${info.plugin.kafkaKey}` : ''}`]);
    if (info.deprecated) rows.push(['deprecated', info.deprecated.replacement ? `instead: ${info.deprecated.replacement}` : 'yes']);
    rows.push(...sourceRows(info));
    const w = Math.max(...rows.map(([k]) => k.length));
    return [info.key, ...(note ? [`  note: ${note}`] : []), ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`), '', doc.summary, ...(doc.body ? ['', doc.body] : [])].join('\n') + '\n';
  }
  const hist = defaultHistory(info.key);
  rows.push(['history', hist.map((h, i) => `${h.from}${i === 0 && info.sinceBeforeCoverage ? ' (or earlier)' : ''}: ${h.default === null ? '(none)' : h.default === '' ? '""' : h.default}`).join(' → ')]);
  rows.push(['since', info.sinceBeforeCoverage ? `${info.since} or earlier` : info.since]);
  if (info.deprecated) rows.push(['deprecated', `since ${info.deprecated.since}${info.deprecated.replacement ? `; instead: ${info.deprecated.replacement}` : ''}`]);
  if (info.removed) rows.push(['removed', `in ${info.removed.since}`]);
  if (info.internal) rows.push(['internal', 'yes (Kafka-internal key, not documented upstream)']);
  for (const d of info.deprecatedValues ?? []) rows.push(['deprecated value', `${d.value}: deprecated ${d.deprecatedSince}${d.removedIn ? `, removed ${d.removedIn}` : ''}; ${d.replacement}`]);
  rows.push(['facts', `Kafka ${info.version}: ${FACTS_SOURCE[info.version]}`]);
  rows.push(...sourceRows(info));
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = [`${info.key}`, ...(note ? [`  note: ${note}`] : []), ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`), '', doc.summary, '', doc.body];
  if (doc.values) lines.push('', `${locale === 'ko' ? '값' : 'Values'}: ${doc.values}`);
  if (doc.history) lines.push('', `${locale === 'ko' ? '이력' : 'History'}: ${doc.history}`);
  return lines.join('\n') + '\n';
}

export function runDescribe(argv: string[], io: DescribeIO = DEFAULT_IO): number {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(DESCRIBE_USAGE);
    return 0;
  }
  if (args.error || args.key === undefined) {
    io.err(`kpc describe: ${args.error ?? 'missing KEY'}\n${DESCRIBE_USAGE}`);
    return 2;
  }
  const ver = resolveKafkaVersion(args.version);
  if (!ver.ok) {
    io.err(`kpc describe: ${ver.message}\n`);
    return 2;
  }
  let key = args.key.trim();
  const locale = args.locale as 'en' | 'ko';
  // Spring Boot: a key under a properties map goes to Kafka as written; a typed property says what Boot writes
  const mapKey = /^spring\.kafka\.(?:producer\.)?properties\.(.+)$/.exec(key);
  if (mapKey) {
    io.err(`kpc describe: ${key}: Boot passes '${mapKey[1]}' to Kafka as written (a key under a properties map)\n`);
    key = mapKey[1]!;
  } else if (key.startsWith('spring.kafka.')) {
    const p = typedProperty(key.toLowerCase());
    if (!p) {
      io.err(`kpc describe: '${key}' is not a Spring Boot Kafka property\n`);
      return 2;
    }
    const kafka = p.kafkaKey ? getKey(p.kafkaKey, ver.version) : undefined;
    if (args.format === 'json') io.out(JSON.stringify({ spring: p, ...(kafka ? { kafka } : {}) }, null, 2) + '\n');
    else {
      const rows: [string, string][] = [['type', p.javaType], ['default', p.default ?? '(none)'], ['Kafka key', p.kafkaKey ?? '(none: not passed to Kafka)'], ['Boot', `${p.versions.since.join(', ')}+`]];
      const w = Math.max(...rows.map(([k]) => k.length));
      io.out([p.name, ...rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`), '', locale === 'ko' ? p.effect.ko : p.effect.en, ...(kafka ? ['', (kafka.docs[locale] ?? kafka.docs.en).summary] : [])].join('\n') + '\n');
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
      note = `Kafka ${ver.version} does not accept ${key}; it exists in ${first === last ? first : `${first}–${last}`}. Showing Kafka ${info.version}.`;
      io.err(`kpc describe: ${note}\n`);
    }
  }
  // a key a plugin reads (Schema Registry serializers, config providers, metrics.context.* …)
  if (!info) info = pluginKeyInfo(key, ver.version, new Map());
  if (!info) {
    const other = otherComponentKey(key);
    if (other) {
      io.err(`kpc describe: '${key}' is not a producer key; it belongs to the ${other.component}. ${other.note}\n`);
      return 2;
    }
    const near = nearMiss(key, ver.version, ALL_SUGGESTABLE_PLUGINS);
    const list = near.candidates.map((c) => `'${c.key}'${c.reasons.length ? ` (${reasonText(c.reasons, locale)})` : ''}`);
    const foreign = near.foreign?.entry.note ? `; ${originNoun(near.foreign.entry, locale)}: ${locale === 'ko' ? near.foreign.entry.note.ko : near.foreign.entry.note.en}` : '';
    io.err(`kpc describe: unknown producer key '${key}'${list.length ? `; did you mean ${list.join(' or ')}?` : foreign}\n`);
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
