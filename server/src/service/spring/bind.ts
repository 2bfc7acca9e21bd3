// Binds the Kafka part of Spring property sources the way Boot binds KafkaProperties: typed
// properties by relaxed name from the highest-precedence source that has them, the properties maps
// key by key (behaviours `typed-name-lookup`, `list-binding`, `map-key-dots-kept`, `map-key-stripped`,
// `map-first-wins`), and every name under spring.kafka.* that binds to nothing. Relaxed names mean the
// spellings Boot's metadata marks as errors (`keystore-location`) still bind (`deprecated-ssl-names`).
import { typedProperties, type BootTarget, type TypedProperty } from '../../../../schemas/spring/index';
import { findList, findProperty, namesUnder, sourceNames, type SourceName } from './lookup';
import { isAncestorOf, mapKey, namesEqual, parseName, type ParsedName } from './names';
import type { SpringDocument, SpringEntry } from './source';

/** One property source handed to the binder: a document of a file. */
export interface PropertySource {
  /** a label for messages and related locations, e.g. `application.yml (document #1)` */
  id: string;
  /** the file, when the caller works with several */
  file?: string;
  document: SpringDocument;
}

/** Where a bound value came from. */
export interface Origin {
  entry: SpringEntry;
  source: PropertySource;
}

export interface BoundTyped {
  prop: TypedProperty;
  /** the String Boot converts (for a list: each element) */
  raw: string;
  /** list properties: the elements (split and trimmed, or indexed) */
  items?: string[];
  origin: Origin;
  /** list properties from indexed elements: one origin per element */
  itemOrigins?: Origin[];
  /** other values for the same property that lose: other spellings in the same source, and lower sources */
  shadowed: Origin[];
  /** two non-canonical spellings in one source: Boot's pick is not defined (we took the first) */
  ambiguous?: boolean;
}

export interface BoundMapEntry {
  key: string;
  value: string;
  origin: Origin;
  /** the text after the map root as written (`linger.ms`, `[security.protocol]`) */
  written: string;
  /** Boot removed characters or pieces: the key differs from what was written */
  changed: boolean;
  /** later names in the same source or lower sources that produce the same key and lose */
  shadowed: Origin[];
}

export interface UnboundName {
  /** the level whose object ignores it */
  level: 'common' | 'producer' | 'admin' | 'template' | 'jaas' | 'ssl' | 'security';
  /** the name below that level as written (`batch-sise`, `ssl.bundle`) */
  relative: string;
  origin: Origin;
  /** `below-scalar`: an indexed or nested name under a scalar property (`acks[0]`, YAML `acks: [all]`) */
  reason: 'unknown' | 'below-scalar';
}

export interface ListGap {
  prop: TypedProperty;
  origin: Origin;
}

export interface SpringKafkaBinding {
  target: BootTarget;
  /** canonical typed name → bound value (only properties some source sets) */
  typed: Map<string, BoundTyped>;
  /** canonical map name (`spring.kafka.producer.properties`) → key → entry */
  maps: Map<string, Map<string, BoundMapEntry>>;
  unbound: UnboundName[];
  /** `x[0]` and `x[2]` without `x[1]`: Boot fails to start */
  listGaps: ListGap[];
  /** spring.application.name (spring-kafka 3.2+ derives the producer client id from it) */
  applicationName?: { value: string; origin: Origin };
}

/** Direct children of spring.kafka (KafkaProperties fields, the same at every GA tag 2.7.0 → 4.1.1). */
const COMMON_CHILDREN = ['bootstrap-servers', 'client-id', 'properties', 'consumer', 'producer', 'admin', 'streams', 'listener', 'ssl', 'jaas', 'template', 'security', 'retry'];
/** Subtrees this model does not cover: names in them are never reported. */
const UNMODELLED = ['spring.kafka.consumer', 'spring.kafka.streams', 'spring.kafka.listener', 'spring.kafka.retry'];

const LEVEL_PREFIX: Record<'common' | 'producer' | 'admin' | 'template' | 'jaas', string> = {
  common: 'spring.kafka',
  producer: 'spring.kafka.producer',
  admin: 'spring.kafka.admin',
  template: 'spring.kafka.template',
  jaas: 'spring.kafka.jaas',
};

/**
 * Binds the Kafka properties of `sources`, which must be ordered from the highest precedence down
 * (for one file: its active documents, last document first).
 */
export function bindKafka(sources: readonly PropertySource[], target: BootTarget): SpringKafkaBinding {
  const perSource = sources.map((s) => ({ source: s, names: sourceNames(s.document.entries) }));
  const props = typedProperties(target);
  const typed = new Map<string, BoundTyped>();
  const maps = new Map<string, Map<string, BoundMapEntry>>();
  const listGaps: ListGap[] = [];
  const consumed = new Set<SourceName>();

  for (const prop of props) {
    if (prop.conversion.kind === 'map') {
      maps.set(prop.name, bindMap(prop.name, perSource, consumed));
      continue;
    }
    let bound: BoundTyped | undefined;
    for (const { source, names } of perSource) {
      if (prop.conversion.kind === 'list') {
        const found = findList(names, prop.name);
        if (!found) continue;
        found.from.forEach((n) => consumed.add(n));
        if (found.gap) {
          consumed.add(found.gap);
          listGaps.push({ prop, origin: { entry: found.gap.entry, source } });
        }
        const origins = found.items.map((i) => ({ entry: i.entry, source }));
        const first: Origin = origins[0] ?? { entry: found.from[0]!.entry, source };
        if (!bound) {
          bound = { prop, raw: found.items.map((i) => i.value).join(','), items: found.items.map((i) => i.value), origin: first, shadowed: [] };
          if (found.from.length > 1 || (found.from[0] && found.from[0].entry !== first.entry)) bound.itemOrigins = origins;
          for (const n of found.from) for (const e of n.shadowed) bound.shadowed.push({ entry: e, source });
        } else bound.shadowed.push(first);
        continue;
      }
      const found = findProperty(names, prop.name);
      if (!found) continue;
      consumed.add(found.hit);
      found.others.forEach((o) => consumed.add(o));
      const origin: Origin = { entry: found.hit.entry, source };
      if (!bound) {
        bound = { prop, raw: found.hit.entry.value, origin, shadowed: [] };
        if (found.ambiguous) bound.ambiguous = true;
        for (const e of found.hit.shadowed) bound.shadowed.push({ entry: e, source });
        for (const o of found.others) bound.shadowed.push({ entry: o.entry, source });
      } else {
        bound.shadowed.push(origin);
        for (const o of found.others) bound.shadowed.push({ entry: o.entry, source });
      }
    }
    if (bound) typed.set(prop.name, bound);
  }

  let applicationName: SpringKafkaBinding['applicationName'];
  for (const { source, names } of perSource) {
    const found = findProperty(names, 'spring.application.name');
    if (found) {
      applicationName = { value: found.hit.entry.value, origin: { entry: found.hit.entry, source } };
      break;
    }
  }

  return { target, typed, maps, unbound: unboundNames(perSource, props, consumed), listGaps, ...(applicationName ? { applicationName } : {}) };
}

function bindMap(root: string, perSource: { source: PropertySource; names: SourceName[] }[], consumed: Set<SourceName>): Map<string, BoundMapEntry> {
  const r = parseName(root);
  const out = new Map<string, BoundMapEntry>();
  for (const { source, names } of perSource) {
    for (const n of names) {
      if (!isAncestorOf(r, n.parsed)) continue;
      consumed.add(n);
      const k = mapKey(r, n.parsed);
      const origin: Origin = { entry: n.entry, source };
      const cur = out.get(k.key);
      if (cur) {
        cur.shadowed.push(origin);
        continue;
      }
      const e: BoundMapEntry = { key: k.key, value: n.entry.value, origin, written: k.written, changed: k.changed, shadowed: n.shadowed.map((s) => ({ entry: s, source })) };
      out.set(k.key, e);
    }
  }
  return out;
}

function unboundNames(perSource: { source: PropertySource; names: SourceName[] }[], props: readonly TypedProperty[], consumed: Set<SourceName>): UnboundName[] {
  const out: UnboundName[] = [];
  const unmodelled = UNMODELLED.map((u) => parseName(u));
  const scalarRoots = props.filter((p) => p.conversion.kind !== 'map').map((p) => ({ p, parsed: parseName(p.name) }));
  const containers: { level: UnboundName['level']; parsed: ParsedName }[] = [
    ...(Object.keys(LEVEL_PREFIX) as (keyof typeof LEVEL_PREFIX)[]).map((l) => ({ level: l, parsed: parseName(LEVEL_PREFIX[l]) })),
    ...['spring.kafka.ssl', 'spring.kafka.producer.ssl', 'spring.kafka.admin.ssl'].map((s) => ({ level: 'ssl' as const, parsed: parseName(s) })),
    ...['spring.kafka.security', 'spring.kafka.producer.security', 'spring.kafka.admin.security'].map((s) => ({ level: 'security' as const, parsed: parseName(s) })),
  ];
  // names that are containers themselves (an empty YAML key such as `producer:` or `properties:`) bind to nothing and say nothing
  const quiet = [...containers.map((c) => c.parsed), ...unmodelled, ...props.filter((p) => p.conversion.kind === 'map').map((p) => parseName(p.name)), ...COMMON_CHILDREN.map((c) => parseName(`spring.kafka.${c}`))];
  for (const { source, names } of perSource) {
    for (const n of namesUnder(names, 'spring.kafka')) {
      if (consumed.has(n)) continue;
      if (quiet.some((q) => namesEqual(q, n.parsed))) continue;
      if (unmodelled.some((u) => isAncestorOf(u, n.parsed))) continue;
      const origin: Origin = { entry: n.entry, source };
      const under = scalarRoots.find((s) => isAncestorOf(s.parsed, n.parsed));
      if (under) {
        out.push({ level: levelOf(under.p), relative: relativeTo(parseName(LEVEL_PREFIX[under.p.level]), n), origin, reason: 'below-scalar' });
        continue;
      }
      let best: (typeof containers)[number] | undefined;
      for (const c of containers) if (isAncestorOf(c.parsed, n.parsed) && (!best || c.parsed.elements.length > best.parsed.elements.length)) best = c;
      if (best) out.push({ level: best.level, relative: relativeTo(best.parsed, n), origin, reason: 'unknown' });
    }
  }
  return out;
}

/** The part of `n` after `root`, as written (brackets included). */
function relativeTo(root: ParsedName, n: SourceName): string {
  const el = n.parsed.elements[root.elements.length];
  if (!el) return n.name;
  const from = el.start > 0 && n.name[el.start - 1] === '[' ? el.start - 1 : el.start;
  return n.name.slice(from);
}

function levelOf(p: TypedProperty): UnboundName['level'] {
  if (p.section === 'ssl') return 'ssl';
  if (p.section === 'security') return 'security';
  return p.level;
}
