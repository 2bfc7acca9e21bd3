// What every rule gets to look at, computed once per analysis, and the small helpers rules share
// to build precise edits.
import { getKey, parseValue, versionLabel, type Directives, type KeyInfo, type Locale, type ParsedProperties, type PropertyEntry, type Target, type TargetResolution } from '#core';
import { nearMiss } from '../nearMiss';
import type { EffectiveValue, IdempotenceState, Originals, RackState } from '../producer';
import { CONSOLE_OPTION } from '../producer';
import type { Finding, Fix, RelatedSpan, Severity, Span } from '../types';


export type { Locale };
export type ValueCheck = ReturnType<typeof parseValue>;

export interface RuleContext {
  text: string;
  parsed: ParsedProperties;
  entries: readonly PropertyEntry[];
  target: Target;
  /** how the target was resolved, with the settings and comments that could not be used */
  resolution: TargetResolution;
  /** the file's `# kpc:` comments */
  directives: Directives;
  locale: Locale;
  /**
   * decoded key → entry indexes, file order. Looking a key up (`get`, `has`) always sees the whole file;
   * iterating it gives the keys this run checks: every key, or after an edit only the keys whose lines
   * changed (analyze.ts reuses the other keys' findings of the rules that check key by key).
   */
  byKey: Map<string, number[]>;
  orig: Originals;
  idem: IdempotenceState;
  effective: Map<string, EffectiveValue>;
  rack: RackState;
  /** custom keys the user declared (setting or `# kpc: allow`); `prefix.*` allows a whole prefix */
  allowed: Set<string>;
  isAllowed(key: string): boolean;
  /** the file's line terminator, for inserted lines */
  eol: string;
  /** how the text was obtained: editor text ('unicode') or file bytes read as ISO-8859-1 ('latin1', the CLI) */
  decoded: 'unicode' | 'latin1';
  /** Known: no character ≥ U+0080 after the byte-order mark (lets the non-ascii rule skip its scan). */
  asciiOnly?: boolean;
  info(key: string): KeyInfo | undefined;
  /** ConfigDef's verdict on entry i's value (memoized); undefined for keys this version does not know */
  check(i: number): ValueCheck | undefined;
  /**
   * How many unknown keys' lines of the whole file have each producer key as their one clear did-you-mean
   * candidate (a rename fix is only safe when it is the one). Computed once per analysis.
   */
  renameTargets(): ReadonlyMap<string, number>;
  /** pick the message for the locale */
  t(en: string, ko: string): string;
  /** "Kafka 3.9" / "kafka-console-producer (Kafka 2.8)" */
  who: string;
  ver: string;
}

/** getKey per version, shared by every analysis (the catalog is immutable). */
const INFO_MEMO = new Map<string, Map<string, KeyInfo | null>>();
/** ctx.check per entry (the parse keeps an entry an edit did not touch), for the version it was made for. */
const ENTRY_CHECKS = new WeakMap<PropertyEntry, { version: string; r: ValueCheck | null }>();
/** parseValue per version and (key, value): results are immutable. */
const VALUE_MEMO = new Map<string, Map<string, ValueCheck>>();

/**
 * The context of one analysis. `carried.renameTargets`, when set, is renameTargets() of an analysis of
 * the same keys (the caller knows); once computed here, it is left there for the next one.
 */
export function makeContext(base: Omit<RuleContext, 'info' | 'check' | 't' | 'who' | 'ver' | 'isAllowed' | 'renameTargets'>, carried: { renameTargets?: Map<string, number> } = {}): RuleContext {
  const version = base.target.version;
  let infoMemo = INFO_MEMO.get(version);
  if (!infoMemo || infoMemo.size > 20000) {
    infoMemo = new Map();
    INFO_MEMO.set(version, infoMemo);
  }
  const memo = infoMemo;
  let valueMemo = VALUE_MEMO.get(version);
  if (!valueMemo || valueMemo.size > 50000) {
    valueMemo = new Map();
    VALUE_MEMO.set(version, valueMemo);
  }
  const vmemo = valueMemo;
  const info = (key: string): KeyInfo | undefined => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const i = getKey(key, version);
    memo.set(key, i ?? null);
    return i;
  };
  const ver = versionLabel(base.target);
  const prefixes = [...base.allowed].filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
  const isAllowed = (key: string): boolean => base.allowed.has(key) || (prefixes.length > 0 && prefixes.some((p) => key.startsWith(p)));
  return {
    ...base,
    info,
    isAllowed,
    renameTargets() {
      if (!carried.renameTargets) {
        const targets = new Map<string, number>();
        for (const [k, idx] of base.byKey) {
          if (info(k) || isAllowed(k)) continue;
          const t = nearMiss(k, version).clear?.key;
          if (t) targets.set(t, (targets.get(t) ?? 0) + idx.length);
        }
        carried.renameTargets = targets;
      }
      return carried.renameTargets;
    },
    check(i) {
      const e = base.entries[i]!;
      const m = ENTRY_CHECKS.get(e);
      if (m && m.version === version) return m.r ?? undefined;
      let r: ValueCheck | undefined;
      if (info(e.key)) {
        const id = e.key + '\u0000' + e.value;
        r = vmemo.get(id);
        if (r === undefined) {
          r = parseValue(e.key, e.value, version);
          vmemo.set(id, r);
        }
      }
      ENTRY_CHECKS.set(e, { version, r: r ?? null });
      return r;
    },
    t: (en, ko) => (base.locale === 'ko' ? ko : en),
    who: base.target.client === 'console-producer' ? `kafka-console-producer (Kafka ${ver})` : `Kafka ${ver}`,
    ver,
  };
}

/** Shared tag arrays (never mutated) so thousands of findings do not allocate one each. */
export const UNNECESSARY: ('unnecessary' | 'deprecated')[] = ['unnecessary'];
export const DEPRECATED: ('unnecessary' | 'deprecated')[] = ['deprecated'];

export function finding(code: string, severity: Severity, message: string, span: Span, fixes: Fix[] = [], extra: Partial<Finding> = {}): Finding {
  return { code, severity, message, span, fixes, ...extra };
}

/** Keys whose values are secrets: never echoed anywhere. */
export function isSecretKey(key: string, info?: KeyInfo): boolean {
  if (info?.secret) return true;
  const k = key.toLowerCase();
  return k.endsWith('.password') || k === 'sasl.jaas.config' || k.startsWith('ssl.key') && (k.endsWith('password') || k.endsWith('.key') || k.includes('private')) || k.endsWith('.secret') || k.includes('client.secret');
}

/** At most `n` characters of arbitrary user text (keys, values) for a message. */
export function clip(s: string, n = 60): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** Short, safe rendering of a value for messages. */
export function show(v: string): string {
  const s = v.length > 40 ? v.slice(0, 37) + '…' : v;
  return `'${s}'`;
}

/** Where the file's key for `key` is (last occurrence), if it has one. */
export function lastEntry(ctx: RuleContext, key: string): { entry: PropertyEntry; index: number } | undefined {
  const idx = ctx.byKey.get(key);
  if (!idx) return undefined;
  const index = idx[idx.length - 1]!;
  return { entry: ctx.entries[index]!, index };
}

/**
 * `related` for a finding (as `finding()`'s extra): the last line of each key that is in the file and is
 * not the finding's own line, with a message per key; `{}` when there is none (no empty arrays on findings).
 */
export function relatedLines(ctx: RuleContext, at: Span, lines: [key: string, message: string][]): { related?: RelatedSpan[] } {
  const out: RelatedSpan[] = [];
  for (const [key, message] of lines) {
    const e = lastEntry(ctx, key)?.entry;
    if (e && !(e.span.start <= at.start && at.end <= e.span.end)) out.push({ span: e.span, message });
  }
  return out.length ? { related: out } : {};
}

// The edit builders rules use (core/edits.ts): a rule's context is a document for them.
export { insertLineEdit, removeLineEdit, renameKeyEdit, setValueEdit } from '#core';

/** "kafka-console-producer fills in acks=1 (--request-required-acks)" */
export function toolNote(ctx: RuleContext, key: string): string {
  const v = ctx.orig.values.get(key) ?? '';
  const opt = CONSOLE_OPTION[key];
  return ctx.t(
    `kafka-console-producer fills in ${key}=${v}${opt ? ` (its ${opt} default)` : ''} because the file has no ${key} line`,
    `파일에 ${key} 줄이 없어서 kafka-console-producer가 ${key}=${v}${opt ? `(${opt} 기본값)` : ''}를 채워 넣습니다`,
  );
}
