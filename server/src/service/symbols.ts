/**
 * Document symbols: the outline, one node per area (batching, delivery, security …) in the
 * order areas first appear, each holding its keys. Secret values never appear in `detail`.
 */
import { getKey, lowerBound, message, pluginKeyInfo, type KafkaVersion, type KeyGroup, type KeyInfo, type Locale, type MessageKey, type PropertyEntry } from '#core';
import type { NamedPlugins } from './plugins';
import { safeValue } from './secrets';
import type { Analysis } from './analyze';
import type { Span } from './types';

export interface SymbolData {
  name: string;
  detail?: string;
  kind: 'namespace' | 'property';
  span: Span;
  selectionSpan: Span;
  children?: SymbolData[];
  deprecated?: boolean;
}

export type OutlineGroup = KeyGroup | 'unknown';

const GROUPS = new Set(['batching', 'delivery', 'idempotence', 'transactions', 'partitioning', 'network', 'security', 'compression', 'metadata', 'serialization', 'other', 'unknown']);

export function groupLabel(group: string, locale: Locale = 'en'): string {
  return GROUPS.has(group) ? message(locale, `outline.group.${group}` as MessageKey) : group;
}

const KEY_CACHE = new Map<string, Map<string, KeyInfo | null>>();
/**
 * pluginKeyInfo per version and named plugins (it reads only which plugins are named), then per key: outline,
 * semantic tokens and inlay hints ask about every key of the file on every request, and a file's custom keys
 * are neither Kafka's nor a plugin's (a 10k-line generated config has thousands).
 */
const PLUGIN_KEY_CACHE = new Map<string, Map<string, Map<string, KeyInfo | null>>>();
/** The named plugins' ids, sorted and joined, per NamedPlugins (made once per analysis). */
const PLUGIN_IDS = new WeakMap<NamedPlugins, string>();

/**
 * `getKey` memoized per version (features look keys up once per entry on every edit); with `plugins`
 * (the plugins a file names), also keys a plugin reads, with `plugin.active` saying whether one is named.
 */
export function keyInfo(key: string, version: KafkaVersion, plugins?: NamedPlugins): KeyInfo | undefined {
  let m = KEY_CACHE.get(version);
  if (!m) KEY_CACHE.set(version, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) {
    v = getKey(key, version) ?? null;
    if (m.size < 20_000) m.set(key, v);
  }
  if (v) return v;
  if (!plugins) return undefined;
  let ids = PLUGIN_IDS.get(plugins);
  if (ids === undefined) PLUGIN_IDS.set(plugins, (ids = [...plugins.keys()].sort().join(',')));
  let byIds = PLUGIN_KEY_CACHE.get(version);
  if (!byIds) PLUGIN_KEY_CACHE.set(version, (byIds = new Map()));
  let p = byIds.get(ids);
  if (!p) {
    if (byIds.size >= 32) byIds.clear();
    byIds.set(ids, (p = new Map()));
  }
  let info = p.get(key);
  if (info === undefined) {
    info = pluginKeyInfo(key, version, plugins) ?? null;
    if (p.size < 50_000) p.set(key, info);
  }
  return info ?? undefined;
}

/** Shows a value for outline/inlay text: secrets masked, long values cut. */
export function displayValue(key: string, value: string, max = 60): string {
  const v = safeValue(key, value).replace(/[\r\n]+/g, ' ');
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

export function documentSymbols(analysis: Pick<Analysis, 'parsed' | 'version' | 'plugins'>, locale: Locale = 'en'): SymbolData[] {
  const groups = new Map<string, SymbolData>();
  for (const e of analysis.parsed.entries) {
    const info = keyInfo(e.key, analysis.version, analysis.plugins);
    const group: OutlineGroup = info && (!info.plugin || info.plugin.active || info.plugin.distinctive) ? info.group : 'unknown';
    let node = groups.get(group);
    if (!node) {
      node = { name: groupLabel(group, locale), kind: 'namespace', span: { ...e.span }, selectionSpan: { ...e.keySpan }, children: [] };
      groups.set(group, node);
    }
    node.span = { start: Math.min(node.span.start, e.span.start), end: Math.max(node.span.end, e.span.end) };
    node.children!.push({
      name: e.key || message(locale, 'outline.emptyKey'),
      detail: displayValue(e.key, e.value),
      kind: 'property',
      span: e.span,
      selectionSpan: e.keySpan,
      deprecated: info?.deprecated !== undefined ? true : undefined,
    });
  }
  return [...groups.values()];
}

/** The entry whose key or value covers `offset` (ends inclusive, so a cursor right after a key counts). */
export function entryAt(analysis: Pick<Analysis, 'parsed'>, offset: number): { entry: PropertyEntry; index: number; part: 'key' | 'value' } | undefined {
  const entries = analysis.parsed.entries;
  // the last entry starting at or before the offset (entries are in file order and do not overlap)
  const i = lowerBound(entries, (e) => e.span.start, offset + 1) - 1;
  const e = entries[i];
  if (!e || offset > e.span.end) return undefined;
  return { entry: e, index: i, part: offset <= e.keySpan.end ? 'key' : 'value' };
}
