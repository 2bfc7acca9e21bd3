// Findings kept per key between analyses of one document, so an edit re-checks only the keys it has to.
// It serves the rules that check the file key by key or entry by entry (`KEYWISE_RULES`): each of them iterates
// `ctx.byKey` or `ctx.checkedEntries()` and puts every finding on the lines of the key it is about, so a context
// whose `byKey` iterates only some keys and whose `checkedEntries()` gives only their entries (looking a key
// up still sees the whole file) gives exactly those keys' findings
// (test/unit/service/keyCache.test.ts checks this on the fixtures). Which keys a rule must check again after
// an edit is read from its scope in the rule registry (rules/definition.ts), nowhere else:
// - every key whose lines changed, appeared or went;
// - every key, when a changed key is one the scope reads (`scopeReads`: a `file` rule's `reads`, with
//   `plugins` a line that names plugins; an `entry` rule reads none);
// - with a `narrow` scope (unknown-key), the keys `narrow.when` does not hold for read the whole scope and
//   are checked again on any change; the others only when a changed key is one `narrow` reads;
// - every key of every rule when the target, the settings, the locale, the decoding, the byte-order mark or the
//   file's `# kpc:` directives change (`sharedFacts`).
// The other rules run over the whole file on every analysis.
//
// A key's findings are reused while its lines are the very same parse objects as before: the one-line
// re-parse (incremental.ts) keeps every entry it did not re-read and shifts its spans in place, and a full
// parse makes new ones (then every key is checked again). Spans a finding shares with its entry move with
// it; a span of its own is moved here by the same distance. Nothing else in a kept finding depends on where
// the line is.
//
// The kept findings are lazy (lazyFinding.ts): each keeps its code, severity and span, and its record builds
// the rest (message, fixes, data) when it is read, by running the key-wise rules over that one key again with
// the newest analysis's context. That gives what the first run gave, because a record's findings of a rule are
// kept only while what they read is unchanged (the rules above). A 10 MB file's 221k findings then take the
// heap of their spans, not of 221k messages; the editor reads the fields of the thousand it shows.
import type { PropertyEntry, RuleMessageFn } from '#core';
import { lazyFinding, lazyIndex, tagOf, withSpan, type FindingSource } from './lazyFinding';
import type { Finding, Span } from './types';
import type { RuleContext } from './rules/context';
import { ruleApplies, scopeReads, type RuleDefinition } from './rules/definition';
import { consumerKey } from './rules/consumerKey';
import { deprecatedKey } from './rules/deprecatedKey';
import { plaintextSecret } from './rules/plaintextSecret';
import { removedKey } from './rules/removedKey';
import { unknownKey } from './rules/unknownKey';
import { pluginKey } from './rules/pluginKey';
import { invalidValue } from './rules/invalidValue';
import { outOfRange } from './rules/outOfRange';
import { quotedValue_ as quotedValue } from './rules/quotedValue';
import { unknownClass } from './rules/unknownClass';
import { unresolvedPlaceholder } from './rules/unresolvedPlaceholder';

/** The rules that check key by key or entry by entry (see the top of the file for what that promises). */
export const KEYWISE_RULES: ReadonlySet<RuleDefinition> = new Set<RuleDefinition>([
  unknownKey, removedKey, consumerKey, deprecatedKey, plaintextSecret, pluginKey,
  invalidValue, outOfRange, quotedValue, unknownClass, unresolvedPlaceholder,
]);

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

/** What records build their findings with: the context of the newest analysis of the document, and the rule list. */
interface Live {
  ctx: RuleContext;
  rules: readonly RuleDefinition[];
}

/** A kept finding's index (lazyFinding.ts) holds its rule (index into the rule order) and its rank among the key's findings of that rule. */
const RULES_MAX = 256;
const ruleOf = (f: Finding): number => lazyIndex(f) % RULES_MAX;
/** The rule (index into the rule order) of a finding the cache keeps. */
export const keptRule = ruleOf;
/** A kept finding's tag: the index of its entry in its record's `entries`, and whether all its spans are that entry's own (they move with it). */
const ownerOf = (f: Finding): number => Math.floor(tagOf(f) / 2);
const isOwnFinding = (f: Finding): boolean => tagOf(f) % 2 === 1;

const isOwn = (s: Span, o: PropertyEntry): boolean => s === o.keySpan || s === o.valueSpan || s === o.span || s === o.separatorSpan;

/** Whether every span of `f` is one of `owner`'s own span objects (which move with it): nothing to move then. */
function allOwn(f: Finding, owner: PropertyEntry): boolean {
  if (!isOwn(f.span, owner)) return false;
  for (const x of f.fixes) for (const e of x.edits) if (!isOwn(e.span, owner)) return false;
  if (f.related) for (const r of f.related) if (!isOwn(r.span, owner)) return false;
  return true;
}

class KeyRecord implements FindingSource {
  /** The key's findings of the key-wise rules, each lazy. */
  findings: Finding[] = [];
  /** How many of `findings` have spans of their own (moved here when the entry moves; what is built then too). */
  movable = 0;
  /** Built by `build`, per rule: valid until the record's findings or lines change (`forget`). */
  private built?: Finding[][];
  /** The analysis (stamp) that last gave the record new findings. */
  touched = 0;

  constructor(
    readonly key: string,
    /** Index of the key's first entry: records in this order are in the file's key order. */
    public first: number,
    /** The key's entries when its findings were made (compared by identity); the entry itself for a key set once (most are). */
    private readonly entries: PropertyEntry | PropertyEntry[],
    /** Each entry's keySpan.start then, to move the findings' own spans along (a number for a key set once). */
    private starts: number | number[],
    /** The analysis that last found the key in the file. */
    public stamp: number,
    private readonly live: Live,
  ) {}

  /**
   * Adds finding `f` of rule `rule` (just made by the rule, about entry `owner` of `entries`; the rule's
   * `rank`-th finding of this key) as a lazy one.
   */
  add(f: Finding, rule: number, owner: number, rank: number): void {
    const own = owner >= 0 && allOwn(f, this.entry(owner));
    if (!own) this.movable++;
    const lazy = lazyFinding(f, this, rank * RULES_MAX + rule, owner * 2 + (own ? 1 : 0));
    // Most keys have one finding: an array made for one (an empty one pushed to makes room for 17).
    if (this.findings.length === 0) this.findings = [lazy];
    else this.findings.push(lazy);
    this.built = undefined;
  }

  /** Drops the findings of rule `rule`. */
  drop(rule: number): void {
    // Most records have none of the rule's findings: no new array then (a 10 MB file's first analysis made one per
    // key and rule, each kept through a rule's pass and so promoted: ~300 MB of old-space garbage).
    let has = false;
    for (const f of this.findings) if (ruleOf(f) === rule) has = true;
    if (!has) return;
    this.findings = this.findings.filter((f) => ruleOf(f) !== rule);
    this.movable = 0;
    for (const f of this.findings) if (!isOwnFinding(f)) this.movable++;
    this.built = undefined;
  }

  build(index: number): Finding {
    if (!this.built) {
      const { ctx, rules } = this.live;
      const built: Finding[][] = [];
      const idx = ctx.byKey.get(this.key);
      if (idx) {
        // only the rules that found something here, over one context narrowed to this key
        const found = new Set<number>();
        for (const f of this.findings) found.add(ruleOf(f));
        let narrowed: RuleContext | undefined;
        rules.forEach((rule, r) => {
          if (!found.has(r) || !KEYWISE_RULES.has(rule) || !rule.check || !ruleApplies(rule, ctx.target)) return;
          built[r] = checkRule(rule, (narrowed ??= narrowTo(ctx, [[this.key, idx]]))) ?? [];
        });
      }
      this.built = built;
    }
    const f = this.built[index % RULES_MAX]?.[Math.floor(index / RULES_MAX)];
    if (f) return f;
    // Only for a finding of an analysis a later one consumed, whose key no longer has it.
    const kept = this.findings.find((g) => lazyIndex(g) === index);
    return { code: kept?.code ?? '', severity: kept?.severity ?? 'hint', message: '', span: kept?.span ?? { start: 0, end: 0 }, fixes: [] };
  }

  /** How many entries the key has. */
  get size(): number {
    return Array.isArray(this.entries) ? this.entries.length : 1;
  }

  /** The key's entry `j`. */
  entry(j: number): PropertyEntry {
    return Array.isArray(this.entries) ? this.entries[j]! : this.entries;
  }

  /**
   * Moves the findings along with the key's entries. Without `resync` only a record holding a finding with spans
   * of its own is looked at (the others' findings, and what was built of them, move with their entries); with it,
   * the entries' positions are taken as they are now in any case (before the record takes new findings).
   */
  shift(resync = false): boolean {
    if (!resync && !this.movable) return false;
    let deltas: number[] | undefined;
    for (let j = 0; j < this.size; j++) {
      const now = this.entry(j).keySpan.start;
      const was = Array.isArray(this.starts) ? this.starts[j]! : this.starts;
      if (now === was) continue;
      (deltas ??= new Array<number>(this.size).fill(0))[j] = now - was;
      if (Array.isArray(this.starts)) this.starts[j] = now;
      else this.starts = now;
    }
    if (!deltas || !this.movable) return false;
    this.built = undefined;
    // A span the finding shares with its entry has moved with it; one of its own moves here.
    let moved = false;
    this.findings.forEach((f, k) => {
      if (isOwnFinding(f)) return;
      const j = ownerOf(f);
      const delta = deltas[j];
      if (!delta) return;
      const e = this.entry(j);
      const s = f.span;
      if (s !== e.keySpan && s !== e.valueSpan && s !== e.span && s !== e.separatorSpan) {
        this.findings[k] = withSpan(f, { start: s.start + delta, end: s.end + delta });
        moved = true;
      }
    });
    return moved;
  }
}

export interface KeyCache {
  live: Live;
  shared: string;
  stamp: number;
  keys: Map<string, KeyRecord>;
  /** The records with findings, in the file's key order; undefined after a delta (made again when needed). */
  noted?: KeyRecord[];
  /** The records holding a finding with spans of its own (`movable`): what an edit has to move besides the entries. */
  movers: Set<KeyRecord>;
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
  if (rec.size !== idx.length) return false;
  for (let j = 0; j < idx.length; j++) if (rec.entry(j) !== entries[idx[j]!]) return false;
  return true;
}

/** `rec`'s entry index of `e` (-1 when it is not one of them); a record's entries are in file order. */
function ownerIndex(rec: KeyRecord, e: PropertyEntry): number {
  let lo = 0;
  let hi = rec.size - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rec.entry(mid).span.start <= e.span.start) lo = mid;
    else hi = mid - 1;
  }
  return rec.entry(lo) === e ? lo : -1;
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

/**
 * What changed in the key-wise findings after an edit that re-checked only a few keys: the findings that are gone
 * (a re-checked key's old ones, and those of a key whose findings moved) and the ones that replace them, per rule
 * (index into the rule order) in the rule's own order. Every other key-wise finding of the previous analysis
 * stands as it was, at the same place in the sorted findings.
 */
export interface KeywiseDelta {
  removed: Set<Finding>;
  added: Finding[][];
}

/**
 * Runs the key-wise rules: over the keys each one must check again (see the top of the file), the other keys'
 * findings from `cache`. Pushes each rule's findings into `out[rule index]` in the order the rule itself would
 * give them (the file's key order), and returns the cache for the next analysis. `rules` is the full rule list
 * (its order numbers the rules). `hint`: the caller knows that only `edited`'s entries changed (one entry
 * re-read in place, every key where it was). With `hint` and `wantDelta`, when only some keys were checked
 * again, `out` gets nothing and `delta` says what changed instead (O(keys checked), not O(findings)).
 */
export function runKeywise(
  ctx: RuleContext,
  rules: readonly RuleDefinition[],
  cache: KeyCache | undefined,
  out: Finding[][],
  hint?: { edited: string },
  wantDelta = false,
): { cache: KeyCache; delta?: KeywiseDelta } {
  const shared = sharedFacts(ctx);
  const stamp = (cache?.stamp ?? 0) + 1;
  const entries = ctx.entries;
  const reuse = cache !== undefined && cache.shared === shared;
  const live = cache?.live ?? { ctx, rules };
  live.ctx = ctx;
  live.rules = rules;
  // The previous analysis is consumed: its records are updated in place.
  const keys = reuse ? cache.keys : new Map<string, KeyRecord>();
  const wide = reuse ? cache.wide : new Map<number, Set<string>>();
  const movers = reuse ? cache.movers : new Set<KeyRecord>();
  /** The findings records had before this run changed them (for the delta). */
  const removed = new Set<Finding>();
  const captured = new Set<KeyRecord>();
  const capture = (rec: KeyRecord | undefined): void => {
    if (!rec || captured.has(rec)) return;
    captured.add(rec);
    for (const f of rec.findings) removed.add(f);
  };
  /** Keys whose lines changed, appeared or went (with `reuse`; otherwise every key is checked). */
  const changed = new Set<string>();
  const fresh = (key: string, idx: number[]): void => {
    const once = idx.length === 1 ? entries[idx[0]!]! : undefined;
    keys.set(key, once ? new KeyRecord(key, idx[0]!, once, once.keySpan.start, stamp, live) : new KeyRecord(key, idx[0]!, idx.map((i) => entries[i]!), idx.map((i) => entries[i]!.keySpan.start), stamp, live));
    changed.add(key);
  };
  if (reuse && hint) {
    const was = keys.get(hint.edited);
    capture(was);
    if (was) movers.delete(was);
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

  // The findings kept are lazy: their words are built again when read, so the rules' messages are not made here.
  const quiet = { ...ctx, msg: NO_WORDS };
  // Before a record takes new findings its old ones move to where its entries are now.
  // (A mark on the record, not a set: a 10 MB file's first analysis touches 221k records.)
  const touched: KeyRecord[] = [];
  const touch = (rec: KeyRecord): void => {
    if (rec.touched === stamp) return;
    rec.touched = stamp;
    touched.push(rec);
    rec.shift(true);
  };
  // After an edit most rules check the same few keys: they share one narrowed context.
  let lastKeys: string | undefined;
  let lastCtx: RuleContext | undefined;
  const narrowed = (part: [string, number[]][]): RuleContext => {
    if (part.length > 16) return narrowTo(ctx, part, true);
    const sig = part.map(([k]) => k).join('\u0000');
    if (sig !== lastKeys || !lastCtx) {
      lastKeys = sig;
      lastCtx = narrowTo(ctx, part, true);
    }
    return lastCtx;
  };
  plan.forEach((keysOf, r) => {
    const rule = rules[r]!;
    const scope = rule.scope;
    const narrow = scope.kind === 'file' ? scope.narrow : undefined;
    let checked: Iterable<[string, number[]]>;
    if (keysOf === true) {
      for (const rec of keys.values()) rec.drop(r);
      checked = ctx.byKey;
    } else {
      const list: [string, number[]][] = [];
      for (const k of keysOf) {
        list.push([k, ctx.byKey.get(k)!]);
        const rec = keys.get(k)!;
        capture(rec);
        rec.drop(r);
      }
      checked = list;
    }
    if (narrow) {
      let w = wide.get(r);
      if (!w || keysOf === true) wide.set(r, (w = new Set()));
      for (const [k] of checked) {
        if (narrow.when(ctx, k)) w.delete(k);
        else w.add(k);
      }
    }
    // A batch of keys at a time: the rule's plain findings of one batch are alive at once, not the whole file's
    // (and die young: a 10 MB file's first analysis otherwise leaves hundreds of MB for a full collection).
    const whole = keysOf === true && ctx.byKey.size <= BATCH;
    for (const part of whole ? [undefined] : batches(checked)) {
      const found = checkRule(rule, part ? narrowed(part) : quiet);
      // A key's findings all come from the batch that holds the key.
      const ranks = new Map<KeyRecord, number>();
      for (const f of found ?? []) {
        const i = entryAt(entries, f.span.start);
        const rec = keys.get(entries[i]!.key)!;
        touch(rec);
        const rank = ranks.get(rec) ?? 0;
        ranks.set(rec, rank + 1);
        rec.add(f, r, ownerIndex(rec, entries[i]!), rank);
      }
    }
  });

  for (const rec of touched) {
    if (rec.movable) movers.add(rec);
    else movers.delete(rec);
  }
  if (reuse && hint && !everyKey && wantDelta) {
    // The other records' findings stand; those whose spans of their own moved are taken out and put back.
    for (const rec of movers) {
      if (rec.touched === stamp) continue;
      const old = rec.findings.slice();
      if (!rec.shift()) continue;
      for (const f of old) removed.add(f);
      rec.touched = stamp;
      touched.push(rec);
    }
    // Every record whose findings were taken out puts its findings (old or new) back.
    const back = new Set(touched);
    for (const rec of captured) if (keys.get(rec.key) === rec) back.add(rec);
    back.add(keys.get(hint.edited)!);
    const added: Finding[][] = [];
    for (const rec of [...back].sort((x, y) => x.first - y.first)) for (const f of rec.findings) (added[ruleOf(f)] ??= []).push(f);
    return { cache: { live, shared, stamp, keys, wide, movers }, delta: { removed, added } };
  }

  let noted: KeyRecord[];
  if (everyKey || !hint || !cache?.noted) {
    noted = [];
    movers.clear();
    for (const key of ctx.byKey.keys()) {
      const rec = keys.get(key)!;
      if (!rec.findings.length) continue;
      if (rec.touched !== stamp) rec.shift();
      noted.push(rec);
      if (rec.movable) movers.add(rec);
    }
  } else {
    // One entry re-read: the records noted before still are (but those checked again), every other key is where it was.
    noted = [];
    for (const rec of cache!.noted) {
      if (rec.touched === stamp) continue;
      if (!rec.findings.length || keys.get(rec.key) !== rec) continue;
      rec.shift();
      noted.push(rec);
    }
    const more = touched.filter((rec) => rec.findings.length > 0);
    if (more.length) noted = noted.concat(more).sort((x, y) => x.first - y.first);
  }
  // In the rule's own order: key by key in file order, each key's findings as the rule made them.
  for (const rec of noted) for (const f of rec.findings) out[ruleOf(f)]!.push(f);
  return { cache: { live, shared, stamp, keys, noted, wide, movers } };
}

/**
 * What a rule's messages and fix titles are when the findings are kept lazy (the words are all a lazy finding
 * builds again, `KeyRecord.build`): a 10 MB file's first analysis formatted 221k messages only to drop them.
 */
const NO_WORDS: RuleMessageFn = () => '';

/**
 * `ctx` as a rule sees it when it checks `checked` only: their keys in `byKey`, their entries in `checkedEntries()`;
 * `quiet`: without words (NO_WORDS).
 */
function narrowTo(ctx: RuleContext, checked: [string, number[]][], quiet = false): RuleContext {
  const indexes = checked.flatMap(([, idx]) => idx).sort((x, y) => x - y);
  return { ...ctx, byKey: new CheckedKeys(ctx.byKey, checked), checkedEntries: () => indexes, ...(quiet ? { msg: NO_WORDS } : {}) };
}

/** Keys a rule checks at a time (256: in a 10 MB file fewer of their plain findings outlive a young-generation collection than with 2,048). */
const BATCH = 256;

/** `all` in batches of BATCH. */
function* batches(all: Iterable<[string, number[]]>): Generator<[string, number[]][]> {
  let part: [string, number[]][] = [];
  for (const kv of all) {
    part.push(kv);
    if (part.length === BATCH) {
      yield part;
      part = [];
    }
  }
  if (part.length) yield part;
}

/** `rule` over `ctx`: its findings, or undefined when it broke (a broken rule must not take the others down). */
function checkRule(rule: RuleDefinition, ctx: RuleContext): Finding[] | undefined {
  const found: Finding[] = [];
  try {
    rule.check!(ctx, found);
  } catch {
    return undefined;
  }
  return found;
}
