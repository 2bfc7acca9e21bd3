// Findings kept per key between analyses of one document, so an edit re-checks only the keys it has to.
// It serves the rules that check the file key by key (`KEYWISE_RULES`): each of them iterates `ctx.byKey` and
// puts every finding on the lines of the key it is about, so a context whose `byKey` iterates only some keys
// (looking a key up still sees the whole file) gives exactly those keys' findings
// (test/unit/service/keyCache.test.ts checks this on the fixtures). Which keys a rule must check again after
// an edit is read from its scope in the rule registry (rules/definition.ts), nowhere else:
// - every key whose lines changed, appeared or went;
// - every key, when a changed key is one the scope reads (`scopeReads`: a `file` rule's `reads`, with
//   `plugins` a line that names plugins; an `entry` rule reads none);
// - with a `narrow` scope (unknown-key), the keys `narrow.when` does not hold for read the whole scope and
//   are checked again on any change; the others only when a changed key is one `narrow` reads;
// - every key of every rule when the target, the settings, the locale, the decoding, the byte-order mark or the
//   file's `# kpc:` directives change (`sharedFacts`).
// The other rules run over the whole file on every analysis, cheaply (ctx.check is memoized per entry object).
//
// A key's findings are reused while its lines are the very same parse objects as before: the one-line
// re-parse (incremental.ts) keeps every entry it did not re-read and shifts its spans in place, and a full
// parse makes new ones (then every key is checked again). Spans a finding shares with its entry move with
// it; spans of its own (a whole-line deletion, an insertion after the line) are moved here by the same
// distance. Nothing else in a kept finding depends on where the line is.
import type { PropertyEntry } from '#core';
import type { Finding, Span } from './types';
import type { RuleContext } from './rules/context';
import { ruleApplies, scopeReads, type RuleDefinition } from './rules/definition';
import { consumerKey } from './rules/consumerKey';
import { deprecatedKey } from './rules/deprecatedKey';
import { plaintextSecret } from './rules/plaintextSecret';
import { removedKey } from './rules/removedKey';
import { unknownKey } from './rules/unknownKey';

/** The rules that check key by key (see the top of the file for what that promises). */
export const KEYWISE_RULES: ReadonlySet<RuleDefinition> = new Set<RuleDefinition>([unknownKey, removedKey, consumerKey, deprecatedKey, plaintextSecret]);

/**
 * What every key-wise finding may read besides its key's own lines and what its scope names: the target, the
 * language, how the text was decoded, the allowed keys, the byte-order mark and the directives. When it
 * changes, every key is checked again.
 */
function sharedFacts(ctx: RuleContext): string {
  const d = ctx.directives;
  const dir = [d.version?.value, d.client?.value, d.springBoot?.value, d.springProfiles?.profiles.join(','), d.allow.join(' ')].join('\u0001');
  return [ctx.target.version, String(ctx.target.patch ?? ''), ctx.target.client, ctx.locale, ctx.decoded, ctx.parsed.bom ?? '', [...ctx.allowed].sort().join(' '), dir].join('\u0000');
}

interface KeyRecord {
  key: string;
  /** Index of the key's first entry: records in this order are in the file's key order. */
  first: number;
  /** The key's entries when its findings were made (compared by identity). */
  entries: PropertyEntry[];
  /** Each entry's keySpan.start then, to move the findings' own spans along. */
  starts: number[];
  /** Findings per key-wise rule (index into the rule order), each with the index of its entry in `entries`. */
  findings: { rule: number; owner: number; finding: Finding }[];
  /** The analysis that last found the key in the file. */
  stamp: number;
}

export interface KeyCache {
  shared: string;
  stamp: number;
  keys: Map<string, KeyRecord>;
  /** The records with findings, in the file's key order. */
  noted: KeyRecord[];
  /** Per rule with a `narrow` scope (index into the rule order): the keys `narrow.when` did not hold for. */
  wide: Map<number, Set<string>>;
}

/** A Map whose iteration gives only `checked` while get/has see `all`. */
class CheckedKeys extends Map<string, number[]> {
  constructor(
    private readonly all: Map<string, number[]>,
    checked: Iterable<[string, number[]]>,
  ) {
    super(checked);
  }
  override get(key: string): number[] | undefined {
    return this.all.get(key);
  }
  override has(key: string): boolean {
    return this.all.has(key);
  }
}

function sameEntries(rec: KeyRecord, idx: readonly number[], entries: readonly PropertyEntry[]): boolean {
  if (rec.entries.length !== idx.length) return false;
  for (let j = 0; j < idx.length; j++) if (rec.entries[j] !== entries[idx[j]!]) return false;
  return true;
}

/** The index of the entry whose logical line holds `offset` (entries sorted by position). */
function entryAt(entries: readonly PropertyEntry[], offset: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (entries[mid]!.span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `f` with every span that is not one of `owner`'s own span objects moved by `delta` (`f` itself when it has none). */
function moved(f: Finding, owner: PropertyEntry, delta: number): Finding {
  const own = (s: Span): boolean => s === owner.keySpan || s === owner.valueSpan || s === owner.span || s === owner.separatorSpan;
  if (own(f.span) && f.fixes.every((x) => x.edits.every((e) => own(e.span))) && (f.related ?? []).every((r) => own(r.span))) return f;
  const mv = (s: Span): Span => (own(s) ? s : { start: s.start + delta, end: s.end + delta });
  const out: Finding = { ...f, span: mv(f.span), fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: mv(e.span) })) })) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, span: mv(r.span) }));
  return out;
}

/** Moves `rec`'s findings along with its entries (a no-op when none moved). */
function shift(rec: KeyRecord): void {
  for (let j = 0; j < rec.entries.length; j++) {
    const delta = rec.entries[j]!.keySpan.start - rec.starts[j]!;
    if (delta === 0) continue;
    rec.starts[j] = rec.entries[j]!.keySpan.start;
    for (const r of rec.findings) if (r.owner === j) r.finding = moved(r.finding, rec.entries[j]!, delta);
  }
}

/**
 * Runs the key-wise rules: over the keys each one must check again (see the top of the file), the other keys'
 * findings from `cache`. Pushes each rule's findings into `out[rule index]` in the order the rule itself would
 * give them (the file's key order), and returns the cache for the next analysis. `rules` is the full rule list
 * (its order numbers the rules). `hint`: the caller knows that only `edited`'s entries changed (one entry
 * re-read in place, every key where it was).
 */
export function runKeywise(ctx: RuleContext, rules: readonly RuleDefinition[], cache: KeyCache | undefined, out: Finding[][], hint?: { edited: string }): KeyCache {
  const shared = sharedFacts(ctx);
  const stamp = (cache?.stamp ?? 0) + 1;
  const entries = ctx.entries;
  const reuse = cache !== undefined && cache.shared === shared;
  // The previous analysis is consumed: its records are updated in place.
  const keys = reuse ? cache.keys : new Map<string, KeyRecord>();
  const wide = reuse ? cache.wide : new Map<number, Set<string>>();
  /** Keys whose lines changed, appeared or went (with `reuse`; otherwise every key is checked). */
  const changed = new Set<string>();
  const fresh = (key: string, idx: number[]): void => {
    keys.set(key, { key, first: idx[0]!, entries: idx.map((i) => entries[i]!), starts: idx.map((i) => entries[i]!.keySpan.start), findings: [], stamp });
    changed.add(key);
  };
  if (reuse && hint) {
    fresh(hint.edited, ctx.byKey.get(hint.edited)!);
  } else {
    for (const [key, idx] of ctx.byKey) {
      const rec = keys.get(key);
      if (rec && sameEntries(rec, idx, entries)) {
        rec.stamp = stamp;
        rec.first = idx[0]!;
      } else {
        fresh(key, idx);
      }
    }
    // Keys no longer in the file (every key of the file has a record, so there are some when there are more records).
    if (keys.size > ctx.byKey.size) {
      for (const [k, r] of keys) {
        if (r.stamp === stamp) continue;
        keys.delete(k);
        changed.add(k);
      }
    }
  }

  // Which keys each rule checks again: true = every key.
  const plan: (true | Set<string>)[] = [];
  let everyKey = !reuse;
  rules.forEach((rule, r) => {
    if (!KEYWISE_RULES.has(rule) || !rule.check || !ruleApplies(rule, ctx.target)) return;
    if (!reuse) return void (plan[r] = true);
    if (!changed.size) return;
    const scope = rule.scope;
    const narrow = scope.kind === 'file' ? scope.narrow : undefined;
    const reads = narrow ?? scope;
    for (const k of changed) {
      if (scopeReads(reads, k)) {
        plan[r] = true;
        everyKey = true;
        return;
      }
    }
    const set = new Set<string>();
    for (const k of changed) if (ctx.byKey.has(k)) set.add(k);
    if (narrow) {
      const w = wide.get(r);
      if (w) for (const k of changed) if (!ctx.byKey.has(k)) w.delete(k);
      for (const k of w ?? []) set.add(k);
    }
    if (set.size) plan[r] = set;
  });

  // Before a record takes new findings its old ones move to where its entries are now.
  const touched = new Set<KeyRecord>();
  const touch = (rec: KeyRecord): void => {
    if (touched.has(rec)) return;
    touched.add(rec);
    shift(rec);
  };
  plan.forEach((keysOf, r) => {
    const rule = rules[r]!;
    const scope = rule.scope;
    const narrow = scope.kind === 'file' ? scope.narrow : undefined;
    let narrowed = ctx;
    if (keysOf === true) {
      for (const rec of keys.values()) if (rec.findings.length) rec.findings = rec.findings.filter((f) => f.rule !== r);
    } else {
      const checked: [string, number[]][] = [];
      for (const k of keysOf) {
        checked.push([k, ctx.byKey.get(k)!]);
        const rec = keys.get(k)!;
        if (rec.findings.length) rec.findings = rec.findings.filter((f) => f.rule !== r);
      }
      narrowed = { ...ctx, byKey: new CheckedKeys(ctx.byKey, checked) };
    }
    if (narrow) {
      let w = wide.get(r);
      if (!w || keysOf === true) wide.set(r, (w = new Set()));
      for (const [k] of narrowed.byKey) {
        if (narrow.when(ctx, k)) w.delete(k);
        else w.add(k);
      }
    }
    const found: Finding[] = [];
    try {
      rule.check!(narrowed, found);
    } catch {
      // A broken rule must not take the others down; its findings are simply missing.
      return;
    }
    for (const f of found) {
      const i = entryAt(entries, f.span.start);
      const rec = keys.get(entries[i]!.key)!;
      touch(rec);
      rec.findings.push({ rule: r, owner: rec.entries.indexOf(entries[i]!), finding: f });
    }
  });

  let noted: KeyRecord[];
  if (everyKey || !hint) {
    noted = [];
    for (const key of ctx.byKey.keys()) {
      const rec = keys.get(key)!;
      if (!rec.findings.length) continue;
      if (!touched.has(rec)) shift(rec);
      noted.push(rec);
    }
  } else {
    // One entry re-read: the records noted before still are (but those checked again), every other key is where it was.
    noted = [];
    for (const rec of cache!.noted) {
      if (touched.has(rec)) continue;
      if (!rec.findings.length || keys.get(rec.key) !== rec) continue;
      shift(rec);
      noted.push(rec);
    }
    const more = [...touched].filter((rec) => rec.findings.length > 0);
    if (more.length) noted = noted.concat(more).sort((x, y) => x.first - y.first);
  }
  // In the rule's own order: key by key in file order, each key's findings as the rule made them.
  for (const rec of noted) for (const f of rec.findings) out[f.rule]!.push(f.finding);
  return { shared, stamp, keys, noted, wide };
}
