// Findings kept per key between analyses of one document, so an edit re-checks only the keys whose
// lines it touched. It serves the rules that check the file key by key (`KEYWISE_RULES`): each of them
// iterates `ctx.byKey` and gives every key findings that depend only on that key's own lines and on a
// few facts of the rest of the file, which `sharedFacts` and `modelFacts` list. The engine then hands such a rule a
// context whose `byKey` iterates only the changed keys (looking a key up still sees the whole file) and
// takes the findings of every other key from the previous analysis.
//
// The list is checked against the rule registry (rules/definition.ts `scope`, test/unit/service/keyCache.test.ts):
// removed-key, consumer-key, deprecated-key and plaintext-secret are `entry` rules there; unknown-key is a
// `file` rule reading `all`, because its messages and fixes read the producer model, whether the file sets
// its did-you-mean candidates and where the other unknown keys' did-you-means point. Those reads are
// exactly what `sharedFacts` and `modelFacts` list, so it is kept per key too, and re-checked when they
// change. The other `entry` rules iterate the entries rather than the keys (invalid-value, out-of-range,
// malformed-escape) or read a fixed set of keys (console-producer-ignored); they run over the file on every
// analysis, cheaply (ctx.check is memoized per entry object).
//
// A key's findings are reused while its lines are the very same parse objects as before: the one-line
// re-parse (incremental.ts) keeps every entry it did not re-read and shifts its spans in place, and a full
// parse makes new ones (then every key is checked again). Spans a finding shares with its entry move with
// it; spans of its own (a whole-line deletion, an insertion after the line) are moved here by the same
// distance. Nothing else in a kept finding depends on where the line is.
import type { PropertyEntry } from '#core';
import { nearMiss } from './nearMiss';
import type { Finding, Span } from './types';
import type { RuleContext } from './rules/context';
import { ruleApplies, type RuleDefinition } from './rules/definition';
import { consumerKey } from './rules/consumerKey';
import { deprecatedKey } from './rules/deprecatedKey';
import { plaintextSecret } from './rules/plaintextSecret';
import { removedKey } from './rules/removedKey';
import { unknownKey } from './rules/unknownKey';

/** The rules that check key by key (see the top of the file for what that promises). */
export const KEYWISE_RULES: ReadonlySet<RuleDefinition> = new Set<RuleDefinition>([unknownKey, removedKey, consumerKey, deprecatedKey, plaintextSecret]);

/** Keys whose presence a key-wise rule reads about other keys though the catalog does not know them (unknown-key's JMX renames). */
const READ_UNKNOWN_KEYS = ['metrics.jmx.include', 'metrics.jmx.exclude'];

/**
 * What every key-wise finding may read besides its key's own lines: the target, the language, how the text
 * was decoded, the allowed keys, the byte-order mark, and whether the JMX keys unknown-key renames to are
 * set. When it changes, every key is checked again.
 */
function sharedFacts(ctx: RuleContext): string {
  const parts: string[] = [ctx.target.version, String(ctx.target.patch ?? ''), ctx.target.client, ctx.locale, ctx.decoded, ctx.parsed.bom ?? '', [...ctx.allowed].sort().join(' ')];
  for (const k of READ_UNKNOWN_KEYS) parts.push(ctx.byKey.has(k) ? '1' : '0');
  return parts.join('\u0000');
}

/**
 * What an unknown key with a did-you-mean reads besides: what the producer runs with and whether the file
 * sets the candidates (every key the catalog knows, with the value the file gives it; the producer model,
 * idempotence and the effective values follow from those), and where the other unknown keys' clear
 * did-you-means point (whether a rename is safe). When it changes, those keys are checked again; a key with
 * no did-you-mean (a custom key) and the other key-wise rules read none of it.
 */
function modelFacts(ctx: RuleContext): string {
  const parts: string[] = [];
  for (const [key, idx] of ctx.byKey) {
    if (ctx.info(key)) parts.push(key, ctx.entries[idx[idx.length - 1]!]!.value);
  }
  for (const [k, n] of ctx.renameTargets()) parts.push(k, String(n));
  return parts.join('\u0000');
}

/** Whether a key's key-wise findings read `modelFacts`: an unknown key with did-you-mean candidates. */
function readsModel(ctx: RuleContext, key: string): boolean {
  return !ctx.info(key) && !ctx.isAllowed(key) && nearMiss(key, ctx.target.version).candidates.length > 0;
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
  /** The findings read `modelFacts`. */
  model: boolean;
  /** The analysis that last found the key in the file. */
  stamp: number;
}

export interface KeyCache {
  shared: string;
  model: string;
  stamp: number;
  keys: Map<string, KeyRecord>;
  /** The records with findings or reading the producer model, in the file's key order. */
  noted: KeyRecord[];
}

/** A Map whose iteration gives only `checked` while get/has see `all`. */
class CheckedKeys extends Map<string, number[]> {
  constructor(
    private readonly all: Map<string, number[]>,
    checked: [string, number[]][],
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

/**
 * Runs the key-wise rules: the changed keys through the rules, the others from `cache`. Pushes each rule's
 * findings into `out[rule index]` in the order the rule itself would give them (the file's key order), and
 * returns the cache for the next analysis. `rules` is the full rule list (its order numbers the rules).
 * `modelHint`: the caller knows that what `modelFacts` lists is the same as for `cache`, or not.
 */
export function runKeywise(ctx: RuleContext, rules: readonly RuleDefinition[], cache: KeyCache | undefined, out: Finding[][], hint?: { edited: string; modelChanged: boolean }): KeyCache {
  const shared = sharedFacts(ctx);
  const stamp = (cache?.stamp ?? 0) + 1;
  const entries = ctx.entries;
  const checked: [string, number[]][] = [];
  const fresh = (key: string, idx: number[]): KeyRecord => {
    checked.push([key, idx]);
    return { key, first: idx[0]!, entries: idx.map((i) => entries[i]!), starts: idx.map((i) => entries[i]!.keySpan.start), findings: [], model: readsModel(ctx, key), stamp };
  };
  const shift = (rec: KeyRecord): void => {
    for (let j = 0; j < rec.entries.length; j++) {
      const delta = rec.entries[j]!.keySpan.start - rec.starts[j]!;
      if (delta === 0) continue;
      rec.starts[j] = rec.entries[j]!.keySpan.start;
      for (const r of rec.findings) if (r.owner === j) r.finding = moved(r.finding, rec.entries[j]!, delta);
    }
  };
  // The previous analysis is consumed: its records are updated in place.
  let keys: Map<string, KeyRecord>;
  let model: string;
  let noted: KeyRecord[];
  if (hint && cache && cache.shared === shared) {
    // One entry's line re-read, every key still where it was: only that key, and the keys that read the
    // producer model when a known key's value changed, are checked again.
    keys = cache.keys;
    model = hint.modelChanged ? `changed ${stamp}` : cache.model;
    const dirty = new Set([hint.edited]);
    if (hint.modelChanged) for (const r of cache.noted) if (r.model) dirty.add(r.key);
    const made: KeyRecord[] = [];
    for (const key of dirty) {
      const rec = fresh(key, ctx.byKey.get(key)!);
      keys.set(key, rec);
      made.push(rec);
    }
    noted = cache.noted.filter((r) => !dirty.has(r.key));
    for (const r of noted) shift(r);
    runChecked(ctx, rules, checked, keys);
    const more = made.filter((r) => r.findings.length > 0 || r.model);
    if (more.length) noted = noted.concat(more).sort((x, y) => x.first - y.first);
  } else {
    keys = cache && cache.shared === shared ? cache.keys : new Map<string, KeyRecord>();
    model = modelFacts(ctx);
    const modelChanged = cache?.model !== model;
    for (const [key, idx] of ctx.byKey) {
      const rec = keys.get(key);
      if (rec && sameEntries(rec, idx, entries) && !(rec.model && modelChanged)) {
        rec.stamp = stamp;
        rec.first = idx[0]!;
        shift(rec);
      } else {
        keys.set(key, fresh(key, idx));
      }
    }
    // Keys no longer in the file (every key of the file has a record, so there are some when there are more records).
    if (keys.size > ctx.byKey.size) for (const [k, r] of keys) if (r.stamp !== stamp) keys.delete(k);
    runChecked(ctx, rules, checked, keys);
    noted = [];
    for (const key of ctx.byKey.keys()) {
      const r = keys.get(key)!;
      if (r.findings.length > 0 || r.model) noted.push(r);
    }
  }
  // In the rule's own order: key by key in file order, each key's findings as the rule made them.
  for (const rec of noted) for (const f of rec.findings) out[f.rule]!.push(f.finding);
  return { shared, model, stamp, keys, noted };
}

/** The key-wise rules over the `checked` keys only; their findings go to the keys' records. */
function runChecked(ctx: RuleContext, rules: readonly RuleDefinition[], checked: [string, number[]][], keys: Map<string, KeyRecord>): void {
  if (!checked.length) return;
  const entries = ctx.entries;
  const narrowed: RuleContext = { ...ctx, byKey: new CheckedKeys(ctx.byKey, checked) };
  rules.forEach((rule, r) => {
    if (!KEYWISE_RULES.has(rule) || !rule.check || !ruleApplies(rule, ctx.target)) return;
    const found: Finding[] = [];
    try {
      rule.check(narrowed, found);
    } catch {
      // A broken rule must not take the others down; its findings are simply missing.
      return;
    }
    for (const f of found) {
      const i = entryAt(entries, f.span.start);
      const rec = keys.get(entries[i]!.key)!;
      rec.findings.push({ rule: r, owner: rec.entries.indexOf(entries[i]!), finding: f });
    }
  });
}
