/**
 * Which plugins a file names (serializers, interceptors, metric reporters, config providers), read from
 * the values the producer receives (the console producer's forced serializers included), and the key
 * facts that follow: a plugin key is checked, hovered and completed when a class that reads it is named.
 */
import { javaTrim, namedPlugins, parseJavaList, pluginById, PLUGINS, type PluginSlot } from '#core';

export type NamedPlugins = ReadonlyMap<string, readonly PluginSlot[]>;

/** The class names written in `slot`, as Kafka parses them (trimmed; list items split). */
export function classesInSlot(values: ReadonlyMap<string, string>, slot: PluginSlot): string[] {
  if (slot === 'config.providers') {
    const names = values.get('config.providers');
    if (names === undefined) return [];
    // AbstractConfig splits the raw value on ',' without trimming (see the catalog's config.providers doc)
    return names.split(',').map((n) => values.get(`config.providers.${n}.class`)).filter((c): c is string => c !== undefined).map(javaTrim);
  }
  const raw = values.get(slot);
  if (raw === undefined) return [];
  return slot === 'interceptor.classes' || slot === 'metric.reporters' ? parseJavaList(raw) : [javaTrim(raw)];
}

/** Plugin id → the slots that name it, for the values the producer receives. */
export function pluginsNamedIn(values: ReadonlyMap<string, string>): NamedPlugins {
  return namedPlugins((slot) => classesInSlot(values, slot));
}

const SUGGESTABLE = new WeakMap<NamedPlugins, string[]>();
/** The named plugins whose keys near-miss suggests (those with keys of their own), sorted: nearMiss's `plugins`. */
export function suggestablePlugins(named: NamedPlugins): string[] {
  let ids = SUGGESTABLE.get(named);
  if (!ids) {
    ids = [...named.keys()].filter((id) => (pluginById(id)?.keys.length ?? 0) > 0).sort();
    SUGGESTABLE.set(named, ids);
  }
  return ids;
}

/** Every plugin with keys of its own, for a suggestion without a file (`kpc describe`). */
export const ALL_SUGGESTABLE_PLUGINS: readonly string[] = PLUGINS.filter((p) => p.keys.length > 0).map((p) => p.id).sort();
