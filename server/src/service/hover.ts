/**
 * Hover on keys and values: the catalog's doc in the user's language, type, default for the
 * target version and how it changed across versions, the effective value here, units made
 * human, and for batching keys how batch.size, linger.ms, buffer.memory and compression work
 * together. Unknown keys get the did-you-mean. Secret values are never shown.
 */
import {
  defaultHistory,
  findKeyInAnyVersion,
  lowerBound,
  otherComponentKey,
  hostMessage,
  message,
  parseDirective,
  pluginReaders,
  type KafkaVersion,
  type KeyInfo,
  type Locale,
  type HostMessageKey,
  type PropertyEntry,
  versionLabel,
} from '#core';
import type { Analysis } from './analyze';
import { provenanceLabel } from './project/resolve';
import { valueMeaning } from './completion';
import { nearMiss, originNoun, reasonText, type NearMissResult } from './nearMiss';
import { suggestablePlugins } from './plugins';
import { keyIndex, type ProducerNote } from './producer';
import { isSecretKey, safeValue } from './secrets';
import { entryAt, groupLabel, keyInfo } from './symbols';
import type { Finding, Span } from './types';
import { humanize, unitOf, withHuman } from './units';

export interface HoverData {
  /** Markdown. */
  contents: string;
  span: Span;
}

/** The finding of `rule` that starts at `start` (findings are sorted by where they start). */
function findingAt(findings: readonly Finding[], rule: string, start: number): Finding | undefined {
  for (let i = lowerBound(findings, (f) => f.span.start, start); i < findings.length && findings[i]!.span.start === start; i++) if (findings[i]!.code === rule) return findings[i];
  return undefined;
}

const code = (s: string): string => {
  const ticks = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
};

function effectiveOf(analysis: Pick<Analysis, 'effective' | 'version'>, key: string): { value: string | null; source: string; entryIndex?: number; note?: ProducerNote } {
  const eff = analysis.effective.get(key);
  if (eff) return eff;
  return { value: keyInfo(key, analysis.version)?.default ?? null, source: 'default' };
}

function valueText(key: string, value: string | null, analysis: Pick<Analysis, 'version'>, unit: string | undefined, locale: Locale): string {
  if (value === null) return hostMessage(locale, 'hover.none');
  if (isSecretKey(key)) return hostMessage(locale, 'hover.hidden');
  if (value === '') return hostMessage(locale, 'hover.empty');
  const h = humanize(value, unit, locale);
  const shown = safeValue(key, value);
  return h ? `${code(shown)} (${h})` : code(shown);
}

function historyLine(key: string, unit: string | undefined, locale: Locale): string | undefined {
  let rows: { from: KafkaVersion; default: string | null }[];
  try {
    rows = defaultHistory(key);
  } catch {
    return undefined;
  }
  if (rows.length < 2) return undefined;
  const parts = rows.map((r) => `${r.from}+: ${r.default === null ? hostMessage(locale, 'hover.none') : code(withHuman(r.default, unit, locale))}`);
  return hostMessage(locale, 'hover.defaultAcrossVersions', { history: parts.join(' → ') });
}

/** The words for a key's importance. */
export const IMPORTANCE: Record<string, HostMessageKey> = { high: 'hover.importance.high', medium: 'hover.importance.medium', low: 'hover.importance.low' };

const BATCHING_KEYS = new Set(['batch.size', 'linger.ms', 'buffer.memory', 'compression.type', 'max.block.ms', 'max.request.size']);

function batchingNote(analysis: Pick<Analysis, 'effective' | 'version'>, locale: Locale): string {
  const v = (k: string): string => {
    const eff = effectiveOf(analysis, k).value ?? '';
    const unit = unitOf(keyInfo(k, analysis.version));
    const h = humanize(eff, unit, locale);
    return h ? `${eff} = ${h}` : unit === 'ms' && /^\d+$/.test(eff) ? `${eff} ms` : eff;
  };
  const batch = Number(effectiveOf(analysis, 'batch.size').value);
  const buffer = Number(effectiveOf(analysis, 'buffer.memory').value);
  const ratio = batch > 0 && buffer > 0 ? Math.floor(buffer / batch) : undefined;
  return [
    hostMessage(locale, 'hover.batching.title'),
    hostMessage(locale, 'hover.batching.size', { batchSize: v('batch.size') }),
    hostMessage(locale, 'hover.batching.linger', { linger: v('linger.ms') }),
    hostMessage(locale, 'hover.batching.buffer', { buffer: v('buffer.memory'), room: ratio !== undefined ? hostMessage(locale, 'hover.batching.room', { ratio }) : '', maxBlock: v('max.block.ms') }),
    hostMessage(locale, 'hover.batching.compression', { compression: v('compression.type'), maxRequest: v('max.request.size') }),
  ].join('\n');
}

function sourceText(source: string, entryIndex: number | undefined, analysis: Pick<Analysis, 'parsed'>, locale: Locale): string {
  if (source === 'explicit') {
    const e = entryIndex !== undefined ? analysis.parsed.entries[entryIndex] : undefined;
    return e ? hostMessage(locale, 'hover.source.line', { line: e.line + 1 }) : hostMessage(locale, 'hover.source.file');
  }
  if (source === 'console-producer') return hostMessage(locale, 'hover.source.consoleProducer');
  return hostMessage(locale, 'hover.source.default');
}

/** Who reads a plugin key, whether the file names them, and where the facts were read. */
function pluginLines(info: KeyInfo, locale: Locale): string[] {
  const p = info.plugin;
  if (!p) return [];
  const names = [pluginReaders(p)];
  const short = (c: string): string => code(c.slice(c.lastIndexOf('.') + 1));
  const out: string[] = [];
  if (p.active) {
    out.push(hostMessage(locale, 'hover.plugin.active', { readers: names.join(', '), as: p.kafkaKey ? hostMessage(locale, 'hover.plugin.as', { key: code(p.kafkaKey) }) : '' }));
  } else {
    const classes = p.classes.slice(0, 4).map(short).join(', ');
    out.push(hostMessage(locale, 'hover.plugin.inactive', { readers: names.join(', '), classes: classes ? hostMessage(locale, 'hover.plugin.classes', { classes }) : '' }));
  }
  out.push(hostMessage(locale, 'hover.plugin.source', { where: p.source.where, read: p.source.read }));
  return out;
}

function knownKeyHover(info: KeyInfo, analysis: Pick<Analysis, 'parsed' | 'effective' | 'version' | 'client'>, at: { entry: PropertyEntry; part: 'key' | 'value' } | undefined, locale: Locale): string {
  const doc = info.docs[locale] ?? info.docs.en;
  const lines: string[] = [];
  const level = IMPORTANCE[info.importance];
  const meta = [info.type, unitOf(info), groupLabel(info.group, locale), hostMessage(locale, 'hover.importance', { level: level ? hostMessage(locale, level) : info.importance })].filter(Boolean);
  lines.push(`**${code(info.key)}** · ${meta.join(' · ')}`);
  if (info.deprecated && info.plugin) {
    lines.push(`⚠ ${hostMessage(locale, 'hover.deprecated')}${info.deprecated.replacement ? hostMessage(locale, 'hover.useInstead', { key: code(info.deprecated.replacement) }) : ''}`);
  } else if (info.deprecated) {
    const repl = info.deprecated.replacement ? hostMessage(locale, 'hover.useInstead', { key: code(info.deprecated.replacement) }) : '';
    lines.push(`⚠ ${hostMessage(locale, 'hover.deprecatedSince', { version: info.deprecated.since })}${repl}`);
  }
  lines.push('', doc.summary);
  if (doc.body) lines.push('', doc.body);
  const plugin = pluginLines(info, locale);
  if (plugin.length) lines.push('', ...plugin);
  if (doc.values) lines.push('', doc.values);
  lines.push('');
  const facts: string[] = [];
  const defaultValue = (): string => (info.default === null ? hostMessage(locale, 'hover.none') : valueText(info.key, info.default, analysis, unitOf(info), locale));
  if (info.required) facts.push(hostMessage(locale, 'hover.required'));
  else if (info.plugin) facts.push(hostMessage(locale, 'hover.default', { value: defaultValue() }));
  else facts.push(hostMessage(locale, 'hover.defaultIn', { version: analysis.version, value: defaultValue() }));
  const hist = historyLine(info.key, unitOf(info), locale);
  if (hist) facts.push(hist);
  if (info.validValues?.length) facts.push(hostMessage(locale, 'hover.validValues', { list: info.validValues.map(code).join(', ') }));
  if (info.range && (info.range.min !== undefined || info.range.max !== undefined)) {
    const lo = info.range.min ?? '…';
    const hi = info.range.max ?? '…';
    facts.push(hostMessage(locale, 'hover.range', { min: lo, max: hi }));
  }
  const eff = effectiveOf(analysis, info.key);
  const dupCount = keyIndex(analysis.parsed).get(info.key)?.length ?? 0;
  let here = hostMessage(locale, 'hover.hereLine', { here: hostMessage(locale, 'hover.here'), value: valueText(info.key, eff.value, analysis, unitOf(info), locale), source: sourceText(eff.source, eff.entryIndex, analysis, locale) });
  if (dupCount > 1) here += hostMessage(locale, 'hover.setTimes', { count: dupCount });
  if (eff.note) here += ` — ${message(locale, `producer.note.${eff.note}`)}`;
  else if (eff.source === 'default' && info.default !== null && eff.value !== null && eff.value !== info.default) {
    here += hostMessage(locale, 'hover.changedAtStartUp');
  }
  if (at?.part === 'value' && at.entry.key === info.key && !isSecretKey(info.key)) {
    const raw = at.entry.value;
    if (eff.source !== 'explicit' || eff.value !== raw) {
      here += `\n\n${hostMessage(locale, 'hover.thisLine', { value: valueText(info.key, raw, analysis, unitOf(info), locale) })}`;
    }
    const meaning = valueMeaning(info.key, raw, locale);
    if (meaning) here += `\n\n${code(`${info.key}=${safeValue(info.key, raw.trim())}`)}: ${meaning}`;
  }
  facts.push(here);
  if (analysis.client === 'console-producer') facts.push(hostMessage(locale, 'hover.consoleProducer'));
  lines.push(facts.join('  \n'));
  if (BATCHING_KEYS.has(info.key)) lines.push('', batchingNote(analysis, locale));
  return lines.join('\n');
}

function unknownKeyHover(entry: PropertyEntry, analysis: Pick<Analysis, 'version' | 'findings' | 'plugins'>, locale: Locale, plugin?: KeyInfo): string {
  const key = entry.key;
  const lines: string[] = [];
  lines.push(hostMessage(locale, 'hover.unknownKey', { key: code(key), version: analysis.version }));
  // Same suggestions as the diagnostic when there is one; otherwise ask the did-you-mean engine.
  const finding = findingAt(analysis.findings, 'unknown-key', entry.keySpan.start);
  // a key a plugin reads is not a misspelt producer key: no did-you-mean for it
  const near: NearMissResult = plugin ? { candidates: [] } : nearMiss(key, analysis.version, suggestablePlugins(analysis.plugins));
  const fromFinding = finding?.data?.suggestions;
  const suggestions = (finding ? (Array.isArray(fromFinding) ? fromFinding.filter((x): x is string => typeof x === 'string') : []) : near.candidates.map((c) => c.key)).slice(0, 3);
  if (suggestions.length) {
    const shown = suggestions.map((k) => {
      const why = reasonText(near.candidates.find((c) => c.key === k)?.reasons ?? [], locale);
      return why ? `${code(k)} (${why})` : code(k);
    });
    lines.push('', hostMessage(locale, 'hover.didYouMean', { list: shown.join(hostMessage(locale, 'hover.or')) }));
  } else if (near.foreign?.entry.note) {
    const n = near.foreign.entry.note;
    lines.push('', `${originNoun(near.foreign.entry, locale)}: ${n[locale]}`);
  }
  const other = findKeyInAnyVersion(key);
  if (other) {
    const vs = other.versions;
    lines.push('', hostMessage(locale, 'hover.otherVersions', { from: String(vs[0]), to: String(vs[vs.length - 1]) }));
  }
  const comp = otherComponentKey(key, analysis.version);
  if (comp) lines.push('', hostMessage(locale, 'hover.otherComponent', { component: hostMessage(locale, `otherComponent.${comp.component}`), note: comp.note[locale] }));
  if (plugin) lines.push('', ...pluginLines(plugin, locale));
  lines.push('', hostMessage(locale, 'hover.unknownKeyNote'));
  return lines.join('\n');
}

function directiveHover(analysis: Analysis, offset: number, locale: Locale): HoverData | null {
  const c = analysis.parsed.comments.find((x) => offset >= x.span.start && offset <= x.span.end);
  const d = c ? parseDirective(c.text) : undefined;
  if (!c || !d) return null;
  let body: string;
  switch (d.kind) {
    case 'kafka-version':
      body = hostMessage(locale, analysis.versionSource === 'comment' ? 'hover.directive.version' : 'hover.directive.versionNotInEffect', { version: analysis.version });
      break;
    case 'client':
      body = hostMessage(locale, 'hover.directive.client', { client: analysis.client });
      break;
    case 'allow':
      body = hostMessage(locale, 'hover.directive.allow');
      break;
    case 'disable-next-line':
      body = hostMessage(locale, 'hover.directive.disableNextLine');
      break;
    case 'disable':
      body = hostMessage(locale, 'hover.directive.disable');
      break;
    default:
      return null; // the unknown-directive diagnostic says what is wrong
  }
  return { contents: `**${hostMessage(locale, 'directive.title')}**\n\n${body}`, span: c.span };
}

export function hover(analysis: Analysis, offset: number, locale: Locale = 'en'): HoverData | null {
  const at = entryAt(analysis, offset);
  if (!at) return directiveHover(analysis, offset, locale);
  const { entry } = at;
  const span = at.part === 'key' ? entry.keySpan : entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
  const info = keyInfo(entry.key, analysis.version, analysis.plugins);
  // A plugin key with a common name (Glue's `compression`) counts as known only where its plugin is named.
  if (info && !(info.plugin && !info.plugin.active && !info.plugin.distinctive)) return { contents: knownKeyHover(info, analysis, at, locale) + projectFooter(analysis, locale), span };
  if (!entry.key) return null;
  return { contents: unknownKeyHover(entry, analysis, locale, info) + projectFooter(analysis, locale), span };
}

/**
 * Where the Kafka version came from, when the project decided it or could not ("Kafka 3.6 · from
 * pom.xml"), with what the build file could not tell. Nothing when a setting or a `# kpc:` comment did.
 */
function projectFooter(analysis: Pick<Analysis, 'project' | 'versionSource' | 'version' | 'patch'>, locale: Locale): string {
  const p = analysis.project;
  if (!p || analysis.versionSource === 'comment' || p.source.origin === 'setting') return '';
  if (p.source.origin === 'default' && p.source.notes.length === 0) return '';
  const text = (l: { en: string; ko: string }): string => l[locale];
  const version = versionLabel(analysis);
  const lines = [`*Kafka ${version} · ${text(provenanceLabel(p.source))}*: ${text(p.source.how)}`, ...p.source.notes.map((n) => `*${text(n)}*`)];
  return `\n\n---\n\n${lines.join('  \n')}`;
}
