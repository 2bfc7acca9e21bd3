// Plugins a producer config can name (serializers, interceptors, metric reporters, config providers)
// and the keys each reads from the same file. Pure data and lookups; the catalog's index.ts turns a
// plugin key into a KeyInfo and the language service decides which plugins a file names.
import type { PluginDoc, PluginFacts, PluginFamily, PluginKeyFacts, PluginSlot } from '../model';
import { CONFLUENT_PLUGINS } from './confluent';
import { KAFKA_PLUGINS } from './kafka';
import { OTHER_PLUGINS } from './others';
import { PLUGIN_DOCS_EN } from './docs/en';
import { PLUGIN_DOCS_KO } from './docs/ko';

export type { PluginDoc, PluginFacts, PluginFamily, PluginKeyFacts, PluginSlot };

export const PLUGINS: readonly PluginFacts[] = [...KAFKA_PLUGINS, ...CONFLUENT_PLUGINS, ...OTHER_PLUGINS];
export const PLUGIN_SLOTS: readonly PluginSlot[] = ['key.serializer', 'value.serializer', 'interceptor.classes', 'metric.reporters', 'config.providers', 'partitioner.class'];

const BY_ID = new Map(PLUGINS.map((p) => [p.id, p]));
export function pluginById(id: string): PluginFacts | undefined {
  return BY_ID.get(id);
}

/** A plugin reading a key: by name (`facts`) or by pattern (`family`, with the part after the prefix). */
export interface PluginKeyMatch {
  plugin: PluginFacts;
  facts?: PluginKeyFacts;
  family?: PluginFamily;
  /** for a family: the name after the prefix (`ssl.truststore.location` of `schema.registry.ssl.truststore.location`) */
  rest?: string;
}

const BY_KEY = new Map<string, PluginKeyMatch[]>();
for (const plugin of PLUGINS) {
  for (const facts of plugin.keys) {
    const list = BY_KEY.get(facts.key) ?? [];
    list.push({ plugin, facts });
    BY_KEY.set(facts.key, list);
  }
}
const FAMILIES: { plugin: PluginFacts; family: PluginFamily; re?: RegExp }[] = PLUGINS.flatMap((plugin) =>
  (plugin.families ?? []).map((family) => ({ plugin, family, ...(family.pattern ? { re: new RegExp(family.pattern) } : {}) })),
);

/**
 * Every plugin that reads `key`, named keys first. `isSslKey(rest)` says whether the part after a
 * 'kafka-ssl' family's prefix is one of Kafka's client SSL keys (the caller knows the Kafka version).
 * A 'kafka-client' family takes any name after its prefix (the inner producer may know keys we do not).
 */
export function pluginsReading(key: string, isSslKey: (rest: string) => boolean): PluginKeyMatch[] {
  const named = BY_KEY.get(key) ?? [];
  const out: PluginKeyMatch[] = [...named];
  for (const f of FAMILIES) {
    if (!key.startsWith(f.family.prefix) || key.length === f.family.prefix.length) continue;
    if (named.some((m) => m.plugin === f.plugin)) continue;
    if (f.re && !f.re.test(key)) continue;
    const rest = key.slice(f.family.prefix.length);
    if (f.family.kind === 'kafka-ssl' && !(rest.startsWith('ssl.') && isSslKey(rest))) continue;
    out.push({ plugin: f.plugin, family: f.family, rest });
  }
  return out;
}

/** Every key name any plugin reads by name (for completion and near-miss suggestions). */
export function pluginKeyNames(): string[] {
  return [...BY_KEY.keys()];
}

const BY_CLASS = new Map<string, { plugin: PluginFacts; role: PluginFacts['classes'][number] }>();
for (const plugin of PLUGINS) for (const role of plugin.classes) BY_CLASS.set(role.name, { plugin, role });

/** The plugin a class name belongs to, and the class's role there. */
export function pluginOfClass(name: string): { plugin: PluginFacts; role: PluginFacts['classes'][number] } | undefined {
  return BY_CLASS.get(name);
}

/**
 * Plugins a config names: `classesIn(slot)` gives the class names written in each slot (after Kafka's
 * parsing: trimmed, list items split). Kafka's own plugins are always in.
 */
export function namedPlugins(classesIn: (slot: PluginSlot) => readonly string[]): Map<string, PluginSlot[]> {
  const out = new Map<string, PluginSlot[]>();
  for (const p of PLUGINS) if (p.builtIn && p.classes.length === 0) out.set(p.id, []);
  for (const slot of PLUGIN_SLOTS) {
    for (const name of classesIn(slot)) {
      const hit = BY_CLASS.get(name);
      if (!hit || hit.role.role === 'deserializer' || !hit.role.slots.includes(slot)) continue;
      const slots = out.get(hit.plugin.id) ?? [];
      if (!slots.includes(slot)) slots.push(slot);
      out.set(hit.plugin.id, slots);
    }
  }
  // JmxReporter runs unless metric.reporters leaves it out (2.8–3.x add it themselves; 4.0's default lists it).
  if (!out.has('kafka-jmx-reporter')) out.set('kafka-jmx-reporter', []);
  return out;
}

/** The doc of a plugin key (its own, else its family's, else the plugin's), in `locale`. */
export function pluginDoc(m: PluginKeyMatch, locale: 'en' | 'ko'): PluginDoc {
  const table = locale === 'ko' ? PLUGIN_DOCS_KO : PLUGIN_DOCS_EN;
  const id = m.facts?.key ?? m.family?.doc;
  return (id ? table[id] ?? PLUGIN_DOCS_EN[id] : undefined) ?? table[`plugin:${m.plugin.id}`] ?? PLUGIN_DOCS_EN[`plugin:${m.plugin.id}`] ?? { summary: m.plugin.name };
}

/** The summary of a plugin as a whole. */
export function pluginSummary(id: string, locale: 'en' | 'ko'): string {
  const table = locale === 'ko' ? PLUGIN_DOCS_KO : PLUGIN_DOCS_EN;
  return (table[`plugin:${id}`] ?? PLUGIN_DOCS_EN[`plugin:${id}`])?.summary ?? pluginById(id)?.name ?? id;
}

export { PLUGIN_DOCS_EN, PLUGIN_DOCS_KO };
