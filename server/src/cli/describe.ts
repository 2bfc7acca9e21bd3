// kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]
// Prints one key's catalog entry. Exit codes: 0 printed, 2 usage error / unknown key / bad version.
import {
  FACTS_SOURCE,
  allKeyNames,
  defaultHistory,
  findKeyInAnyVersion,
  getKey,
  otherComponentKey,
  pluginKeyInfo,
  pluginReaders,
  resolveKafkaVersion,
  type KeyInfo,
} from '../../../schemas/catalog/index';
import { describeRule } from '../../../schemas/catalog/parseValue';
import { isSecretKey } from '../service/secrets';

export interface DescribeIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const DEFAULT_IO: DescribeIO = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

export const DESCRIBE_USAGE = `usage: kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]

  KEY               a producer config key, e.g. batch.size
  --kafka-version   2.8 … 4.2, a patch such as 3.6.1, or latest (default)
  --format          text (default) or json (the catalog's KeyInfo object)
  --locale          language of the docs: en (default) or ko
`;

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Closest known key names (small edit distance), best first. */
export function closestKeys(input: string, max = 3): string[] {
  const q = input.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(q.length / 4));
  return allKeyNames()
    .map((k) => ({ k, d: levenshtein(q, k) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map((x) => x.k);
}

/** 16384 → "16384 (16 KiB)", 120000 → "120000 (2 min)". */
export function humanValue(info: Pick<KeyInfo, 'unit' | 'unitHint' | 'type'>, value: string | null): string {
  if (value === null) return '(none)';
  if (value === '') return '"" (empty)';
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isFinite(n)) return value;
  if (info.unit === 'bytes' && n >= 1024) {
    for (const [size, label] of [[1024 ** 3, 'GiB'], [1024 ** 2, 'MiB'], [1024, 'KiB']] as const) {
      if (n >= size) {
        const x = n / size;
        return `${value} (${Number.isInteger(x) ? x : x.toFixed(1)} ${label})`;
      }
    }
  }
  if (info.unit === 'ms' && n >= 1000) {
    for (const [size, label] of [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']] as const) {
      if (n >= size && n % (size / 10) === 0) {
        const x = n / size;
        return `${value} (${Number.isInteger(x) ? x : x.toFixed(1)} ${label})`;
      }
    }
  }
  if (info.unit === 'ms') return `${value} ms`;
  if (info.unitHint === 'seconds') return `${value} s`;
  if (n === 2147483647) return `${value} (Integer.MAX_VALUE)`;
  return value;
}

function parseArgs(argv: string[]): { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } {
  const res: { key?: string; version?: string; format: string; locale: string; help: boolean; error?: string } = { format: 'text', locale: 'en', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const take = (): string | undefined => inline ?? argv[++i];
    if (a === '-h' || a === '--help') res.help = true;
    else if (name === '--kafka-version') res.version = take();
    else if (name === '--format') res.format = take() ?? '';
    else if (name === '--locale') res.locale = take() ?? '';
    else if (a.startsWith('-') && a.length > 1) res.error = `unknown option '${a}'`;
    else if (res.key === undefined) res.key = a;
    else res.error = `unexpected argument '${a}' (describe takes one key)`;
    if ((name === '--kafka-version' || name === '--format' || name === '--locale') && (inline ?? argv[i]) === undefined) res.error = `${name} needs a value`;
  }
  if (!['text', 'json'].includes(res.format)) res.error = `--format must be text or json, not '${res.format}'`;
  if (!['en', 'ko'].includes(res.locale)) res.error = `--locale must be en or ko, not '${res.locale}'`;
  return res;
}

export function renderText(info: KeyInfo, locale: 'en' | 'ko', note?: string): string {
  const doc = info.docs[locale];
  const rows: [string, string][] = [];
  rows.push(['type', info.type + (isSecretKey(info.key) ? ' (secret: values are never shown)' : '')]);
  rows.push(['group', info.group]);
  rows.push(['importance', info.importance]);
  if (info.unit || info.unitHint) rows.push(['unit', info.unit ?? info.unitHint!]);
  rows.push(['default', humanValue(info, info.default) + (info.defaultNote ? ` — ${info.defaultNote}` : '')]);
  rows.push(['required', info.required ? 'yes' : 'no']);
  rows.push(['valid', describeRule(info.type, info.rule) + (info.rule?.kind === 'enum' && info.rule.stage === 'construct' ? ' (checked when the producer is built, not by ConfigDef)' : '')]);
  if (info.plugin) {
    // a key a plugin reads: who, and where its facts were read (no Kafka version history)
    rows.push(['read by', `${info.plugin.label} (${pluginReaders(info.plugin)}), not by ProducerConfig${info.plugin.kafkaKey ? `; like ${info.plugin.kafkaKey}` : ''}`]);
    if (info.deprecated) rows.push(['deprecated', info.deprecated.replacement ? `instead: ${info.deprecated.replacement}` : 'yes']);
    rows.push(['facts', `${info.plugin.source.where} (${info.plugin.source.read})${info.plugin.source.note ? ` — ${info.plugin.source.note}` : ''}`]);
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
  const key = args.key.trim();
  const locale = args.locale as 'en' | 'ko';
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
    const near = closestKeys(key);
    io.err(`kpc describe: unknown producer key '${key}'${near.length ? `; did you mean ${near.map((k) => `'${k}'`).join(' or ')}?` : ''}\n`);
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
