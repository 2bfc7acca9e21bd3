/**
 * Which plugins a file names (serializers, interceptors, metric reporters, config providers), read from
 * the values the producer receives (the console producer's forced serializers included), and the key
 * facts that follow: a plugin key is checked, hovered and completed when a class that reads it is named.
 */
import { javaTrim, parseJavaList } from '../../../schemas/catalog/index';
import { namedPlugins, type PluginSlot } from '../../../schemas/catalog/plugins/index';

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
