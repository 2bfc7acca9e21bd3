// Looking properties up in one property source (a document) the way Boot's binder does
// (behaviours `typed-name-lookup`, `list-binding`, `map-first-wins`).
import { javaTrim } from '#core';
import { isAncestorOf, listIndexOf, namesEqual, parseName, type ParsedName } from './names';
import type { SpringEntry } from './source';

/** One distinct name of a source: a name seen twice keeps its first position and its last value (LinkedHashMap). */
export interface SourceName {
  name: string;
  parsed: ParsedName;
  /** the entry whose value the source holds (the last one with this name) */
  entry: SpringEntry;
  /** earlier entries with the same name, whose values are lost */
  shadowed: SpringEntry[];
}

const namesMemo = new WeakMap<readonly SpringEntry[], SourceName[]>();

/** The source's distinct names, in the order Boot iterates them. */
export function sourceNames(entries: readonly SpringEntry[]): SourceName[] {
  const memo = namesMemo.get(entries);
  if (memo) return memo;
  const byName = new Map<string, SourceName>();
  for (const e of entries) {
    const cur = byName.get(e.name);
    if (cur) {
      cur.shadowed.push(cur.entry);
      cur.entry = e;
    } else byName.set(e.name, { name: e.name, parsed: parseName(e.name), entry: e, shadowed: [] });
  }
  const out = [...byName.values()].filter((n) => n.parsed.elements.length > 0);
  namesMemo.set(entries, out);
  return out;
}

export interface Found {
  hit: SourceName;
  /** other spellings of the same property in this source (not used) */
  others: SourceName[];
  /** more than one non-canonical spelling: Boot's choice among them is not defined */
  ambiguous: boolean;
}

/** The value of a scalar property in one source: the canonical spelling first, else any relaxed one. */
export function findProperty(names: readonly SourceName[], canonical: string): Found | undefined {
  const want = parseName(canonical);
  const hits = names.filter((n) => namesEqual(n.parsed, want));
  if (hits.length === 0) return undefined;
  const exact = hits.find((h) => h.name === canonical);
  const hit = exact ?? hits[0]!;
  return { hit, others: hits.filter((h) => h !== hit), ambiguous: !exact && hits.length > 1 };
}

export interface FoundList {
  /** the elements, each with the entry it came from */
  items: { value: string; entry: SpringEntry }[];
  /** the names that supplied them */
  from: SourceName[];
  /** `x[0]`, `x[2]` without `x[1]`: Boot fails (UnboundConfigurationPropertiesException) */
  gap?: SourceName;
}

/**
 * A List<String> property in one source: a plain value split at commas (each element trimmed, "" = empty
 * list), else the indexed elements from [0] on. Undefined when the source has neither.
 */
export function findList(names: readonly SourceName[], canonical: string): FoundList | undefined {
  const direct = findProperty(names, canonical);
  if (direct) {
    const v = direct.hit.entry.value;
    const items = v === '' ? [] : v.split(',').map((x) => ({ value: javaTrim(x), entry: direct.hit.entry }));
    return { items, from: [direct.hit] };
  }
  const root = parseName(canonical);
  const indexed = new Map<number, SourceName>();
  for (const n of names) {
    const i = listIndexOf(root, n.parsed);
    if (i !== undefined && !indexed.has(i)) indexed.set(i, n);
  }
  if (indexed.size === 0) return undefined;
  const items: FoundList['items'] = [];
  const from: SourceName[] = [];
  for (let i = 0; indexed.has(i); i++) {
    const n = indexed.get(i)!;
    items.push({ value: n.entry.value, entry: n.entry });
    from.push(n);
  }
  const gap = [...indexed.entries()].find(([i]) => i >= items.length)?.[1];
  return gap ? { items, from, gap } : { items, from };
}

/** Names below `root` (Boot ignores unknown names inside a bound object). */
export function namesUnder(names: readonly SourceName[], root: string): SourceName[] {
  const r = parseName(root);
  return names.filter((n) => isAncestorOf(r, n.parsed));
}

