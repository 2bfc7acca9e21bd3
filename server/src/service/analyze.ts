// The analysis entry point: parse, read `# kpc:` directives, build the effective config for the target
// Kafka version and client, run every rule, then apply suppressions and severity overrides.
import {
  lineEnding,
  lowerBound,
  parseProperties,
  readDirectives,
  resolveTarget,
  type Client,
  type KafkaVersion,
  type ParsedProperties,
  type Target,
  type TargetSource,
} from '#core';
import { fileValues, indexEntries, keyIndex, producerModel, updateModel, type EffectiveValue, type FileValues, type IdempotenceState, type ProducerModel, type RackState } from './producer';
import { entryEdit, referenceEntries, reparseIncremental, textFacts, type TextChange } from './incremental';
import { KEYWISE_RULES, keptRule, runKeywise, type KeyCache } from './keyCache';
import { withSeverity } from './lazyFinding';
import { pluginsNamedIn, type NamedPlugins } from './plugins';
import type { ProjectPolicy } from './project/policy';
import type { ProjectInfo } from './project/resolve';
import { makeContext, type RuleContext } from './rules/context';
import { namesPlugins, ruleApplies } from './rules/definition';
import { RULES } from './rules/index';
import type { Finding, Severity } from './types';
import type { SpringView } from './spring/analysis';

export interface AnalysisOptions {
  /** from settings; a `# kpc: kafka-version=X` comment in the file wins */
  kafkaVersion?: string;
  /** also `# kpc: client=console-producer` */
  client?: Client;
  /** per-code overrides */
  severity?: Record<string, Severity | 'off'>;
  /** plus `# kpc: allow key1 key2` comments */
  allowedKeys?: string[];
  locale?: 'en' | 'ko';
  /** 'latin1' when the text is the ISO-8859-1 decoding of the file's bytes (the CLI); default 'unicode' (editor text) */
  decoded?: 'unicode' | 'latin1';
  /** A team policy (`.kpc.json`), enforced by the `policy` rule. */
  policy?: ProjectPolicy;
  /** The project the file belongs to and where its Kafka version came from (hover and the status item say). */
  project?: ProjectInfo;
}

export interface Analysis {
  parsed: ParsedProperties;
  /** What the file is checked for (version, patch, client); the same as the fields below. */
  target: Target;
  version: KafkaVersion;
  versionSource: TargetSource;
  /** patch number when the version was given as major.minor.patch */
  patch?: number;
  client: Client;
  clientSource: TargetSource;
  /** sorted by span.start */
  findings: Finding[];
  /** what the producer will run with */
  effective: ReadonlyMap<string, EffectiveValue>;
  idempotence: IdempotenceState;
  /** plugins the file names (serializer, interceptor … classes) and Kafka's own: id → slots naming it */
  plugins: NamedPlugins;
  /** rack-aware partitioning (4.4) as the producer reads it, and whether its start-up check refuses the file */
  rack: RackState;
  /** As given in the options. */
  project?: ProjectInfo;
  /**
   * A Spring Boot file (the `spring` dialect): `parsed`, `effective` and the rest describe the producer
   * config Boot builds from it, written out as a plain config; `findings` are on the Spring file's text.
   */
  spring?: SpringView;
}

/**
 * What an analysis hands to the analysis after an edit (which consumes it): the findings kept per key
 * (keyCache.ts) and, for an edit inside one value, the key index and the producer model to update.
 */
interface Carry {
  keyCache: KeyCache;
  options: string;
  byKey: Map<string, number[]>;
  explicit: FileValues;
  model: ProducerModel;
  renameTargets: { renameTargets?: Map<string, number> };
  /** The analysis's findings, when no severity setting changed any (then the next edit can patch them). */
  findings?: readonly Finding[];
  /** Those of them made by the rules that run on every analysis (not kept per key). */
  others?: readonly Finding[];
}
const CARRIES = new WeakMap<Analysis, Carry>();

function optionsKey(o: AnalysisOptions): string {
  return JSON.stringify([o.kafkaVersion, o.client, o.locale, o.decoded, o.allowedKeys]);
}

function sameTarget(a: Target, b: Target): boolean {
  return a.version === b.version && a.patch === b.patch && a.client === b.client;
}

/** Run every rule over `text`. Never throws. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return analyzeParsed(parseProperties(text), options);
}

/**
 * The analysis of a document after `changes` (applied in order, offsets into the text each one
 * applies to), reusing `prev`'s parse: when every change stays inside one physical line that stands
 * alone (no continuation backslash on it or before it), only that line is read again. Otherwise a
 * full analysis. `text` is the document after the changes. The result equals `analyze(text, options)`.
 * `prev` is consumed: its parse is updated in place (spans shifted), so it must not be used afterwards.
 */
export function analyzeIncremental(prev: Analysis, changes: readonly TextChange[], text: string, options: AnalysisOptions = {}): Analysis {
  let parsed: ParsedProperties | undefined = prev.parsed;
  try {
    for (let i = 0; i < changes.length && parsed; i++) parsed = reparseIncremental(parsed, changes[i]!, i === changes.length - 1 ? text : undefined);
  } catch {
    parsed = undefined;
  }
  // The result must be for `text` exactly (e.g. a document opened again without a change in between).
  // After the one-line path parsed.text is `text` itself, so this is a pointer comparison.
  if (!parsed || parsed.text !== text) return analyze(text, options);
  const carry = CARRIES.get(prev);
  return analyzeParsed(parsed, options, carry && (changes.length === 1 ? carry : { keyCache: carry.keyCache }));
}

/**
 * What every rule sees for a parsed text: the directives, the target, the producer model. A rule whose
 * scope is `entry` (rules/definition.ts) gives the same findings for an entry when `parsed.entries` holds
 * that entry alone (and `parsed.problems` only its problems): the contract incremental re-checking builds on.
 */
export function ruleContext(parsed: ParsedProperties, options: AnalysisOptions = {}): RuleContext {
  return prepare(parsed, options).ctx;
}

interface Prepared {
  ctx: RuleContext;
  carry: Omit<Carry, 'keyCache'>;
  /** Set after an edit inside one entry that kept its key: that key (and whether the edit moved the later lines). */
  hint?: { edited: string; lines: boolean };
}

/**
 * The rule context, with `carry` (from the analysis of the text before one edit inside one value, same
 * settings and target) updating the key index and the producer model for that value instead of building
 * them again.
 */
function prepare(parsed: ParsedProperties, options: AnalysisOptions, carry?: Partial<Carry>): Prepared {
  const text = parsed.text;
  const dir = readDirectives(parsed, !textFacts(parsed).noKpc);
  // Target: directive > setting > latest / java.
  const resolution = resolveTarget(options, dir);
  const target = resolution.target;
  const edit = entryEdit(parsed);
  const opts = optionsKey(options);
  const same = carry?.model && carry.byKey && carry.explicit && carry.renameTargets && edit && edit.before.key === edit.after.key && carry.options === opts && sameTarget(carry.model.target, target);
  let byKey: Map<string, number[]>;
  let explicit: FileValues;
  let model: ProducerModel;
  let hint: Prepared['hint'];
  let renameTargets: { renameTargets?: Map<string, number> };
  if (same) {
    ({ byKey, explicit, model, renameTargets } = carry as Carry);
    const idx = byKey.get(edit.after.key)!;
    const last = idx[idx.length - 1] === edit.index && edit.before.value !== edit.after.value;
    explicit.lines = parsed.entries;
    if (last) updateModel(model, explicit, edit.after.key);
    // which plugins the file names (so which keys are plugin keys or did-you-mean candidates) changes only on a line that names them
    if (last && namesPlugins(edit.after.key)) renameTargets = {};
    hint = { edited: edit.after.key, lines: edit.lines === true };
  } else {
    byKey = indexEntries(parsed.entries);
    explicit = fileValues(parsed, byKey);
    model = producerModel(explicit, target);
    renameTargets = {};
  }
  keyIndex(parsed, byKey);
  let refs: number[] | undefined;
  const { originals: orig, idempotence: idem, effective, rack } = model;
  const ctx = makeContext(
    {
      text,
      parsed,
      entries: parsed.entries,
      target,
      resolution,
      directives: dir,
      locale: options.locale ?? 'en',
      byKey,
      orig,
      idem,
      effective,
      plugins: pluginsNamedIn(orig.values),
      rack,
      allowed: new Set([...(options.allowedKeys ?? []), ...dir.allow]),
      eol: lineEnding(text),
      decoded: options.decoded ?? 'unicode',
      asciiOnly: textFacts(parsed).asciiOnly,
      referenceEntries: () => (refs ??= referenceEntries(parsed)),
      ...(options.policy ? { policy: options.policy } : {}),
    },
    renameTargets,
  );
  return { ctx, carry: { options: opts, byKey, explicit, model, renameTargets }, ...(hint ? { hint } : {}) };
}

/**
 * Every rule over an already parsed text (`parsed.text`). Never throws. With `carry` (from the analysis of
 * the text before one edit, whose untouched entries `parsed` still holds), the key-wise rules re-check only
 * the keys whose lines changed, and an edit inside one value updates the key index and the producer model.
 */
export function analyzeParsed(parsed: ParsedProperties, options: AnalysisOptions = {}, carry?: Partial<Carry>): Analysis {
  const prepared = prepare(parsed, options, carry);
  const { ctx } = prepared;
  const { target, directives: dir } = ctx;
  const { versionSource, clientSource } = ctx.resolution;
  const { version, patch, client } = target;

  const overrides = options.severity ?? {};
  const plain = Object.keys(overrides).length === 0;
  // After an edit inside one value the findings of the keys not checked again stand where they were: the previous
  // findings are patched (what changed taken out, the new ones merged in) instead of gathered and sorted again.
  // (Not when lines moved and a `kpc-disable-next-line` comment may no longer be right above what it suppressed.)
  const before = plain && prepared.hint && !(prepared.hint.lines && dir.nextLine.size > 0) ? carry?.findings : undefined;

  // Each rule's findings in its own list, then all of them in rule order (ties in position keep that order).
  const byRule: Finding[][] = RULES.map(() => []);
  const { cache: keyCache, delta } = runKeywise(ctx, RULES, carry?.keyCache, byRule, prepared.hint, before !== undefined);
  RULES.forEach((rule, r) => {
    if (KEYWISE_RULES.has(rule) || !ruleApplies(rule, target)) return;
    try {
      rule.check(ctx, byRule[r]!);
    } catch {
      // A broken rule must not take the others down; its findings are simply missing.
    }
  });
  if (delta) delta.added.forEach((found, r) => (byRule[r] = found));

  // Suppressions, then severity overrides.
  const lineOf = (offset: number): number => {
    const starts = parsed.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let findings: Finding[] = [];
  /** The findings of the rules that run on every analysis (what the next edit's patch takes out again). */
  const others: Finding[] = [];
  const ruleOfNew = delta ? new Map<Finding, number>() : undefined;
  byRule.forEach((found, r) => {
    const every = !KEYWISE_RULES.has(RULES[r]!);
    for (const f of found) {
      if (dir.file === null || dir.file?.has(f.code)) continue;
      if (dir.nextLine.size) {
        const codes = dir.nextLine.get(lineOf(f.span.start));
        if (codes === null || codes?.has(f.code)) continue;
      }
      const o = overrides[f.code];
      if (o === 'off') continue;
      const g = o ? withSeverity(f, o) : f;
      findings.push(g);
      if (every) others.push(g);
      ruleOfNew?.set(g, r);
    }
  });
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (before && delta && ruleOfNew) findings = mergeKept(before, [...delta.removed, ...(carry?.others ?? [])], findings, ruleOfNew);
  const analysis: Analysis = { parsed, target, version, versionSource, ...(patch !== undefined ? { patch } : {}), client, clientSource, findings, effective: ctx.effective, idempotence: ctx.idem, rack: ctx.rack, plugins: ctx.plugins, ...(options.project ? { project: options.project } : {}) };
  CARRIES.set(analysis, { keyCache, ...prepared.carry, ...(plain ? { findings, others } : {}) });
  return analysis;
}

/**
 * The findings after an edit: `before` (the previous analysis's findings, sorted) without `gone` (the findings of the
 * keys checked again, of those whose spans of their own moved, and of the rules run again), merged with `fresh` (the
 * new ones, suppressed and sorted), in the order a full analysis gives: by position, then by rule (`rule` of a fresh
 * finding; a kept one's from the cache). The kept findings stand in order (their spans moved with their entries),
 * so each fresh one goes where a binary search puts it and the rest is copied: O(changed · log findings) comparisons
 * and one copy of the array, no per-finding work.
 */
function mergeKept(before: readonly Finding[], gone: readonly Finding[], fresh: readonly Finding[], rule: ReadonlyMap<Finding, number>): Finding[] {
  const dropped = new Set<number>();
  for (const f of gone) {
    const i = locate(before, f);
    if (i >= 0) dropped.add(i);
  }
  const drops = [...dropped].sort((x, y) => x - y);
  /** The first index of `before` (the dropped ones left out) whose finding comes after `n`. */
  const insertAt = (n: Finding, r: number): number => {
    let lo = 0;
    let hi = before.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let m = mid;
      while (m < hi && dropped.has(m)) m++;
      if (m === hi) {
        hi = mid;
        continue;
      }
      const f = before[m]!;
      const later = f.span.start > n.span.start || (f.span.start === n.span.start && (f.span.end > n.span.end || (f.span.end === n.span.end && keptRule(f) > r)));
      if (later) hi = mid;
      else lo = m + 1;
    }
    return lo;
  };
  const at = fresh.map((n) => insertAt(n, rule.get(n)!));
  const out: Finding[] = [];
  let d = 0;
  let j = 0;
  for (let i = 0; i <= before.length; i++) {
    while (j < fresh.length && at[j] === i) out.push(fresh[j++]!);
    if (i === before.length) break;
    if (d < drops.length && drops[d] === i) {
      d++;
      continue;
    }
    out.push(before[i]!);
  }
  return out;
}

/** The index of `f` in `findings` (sorted by position, but for the few whose spans have not moved yet): found near where its span says. */
function locate(findings: readonly Finding[], f: Finding): number {
  const at = lowerBound(findings, (x) => x.span.start, f.span.start);
  for (let k = 0; at - k >= 0 || at + k < findings.length; k++) {
    if (findings[at + k] === f) return at + k;
    if (k > 0 && findings[at - k] === f) return at - k;
  }
  return -1;
}
