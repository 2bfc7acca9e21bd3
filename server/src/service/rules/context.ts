// What every rule gets to look at, computed once per analysis, and the small helpers rules share
// to build precise edits.
import { getKey, javaTrim, listItems, parseInfoValue, pluginById, pluginKeyInfo, pluginReaders, ruleMessages, setValueEdit, versionLabel, type Directives, type KeyInfo, type Locale, type ParsedProperties, type PropertyEntry, type RuleMessageFn, type Target, type TargetResolution } from '#core';
import { nearMiss } from '../nearMiss';
import { suggestablePlugins, type NamedPlugins } from '../plugins';
import type { EffectiveValue, IdempotenceState, Originals, RackState } from '../producer';
import { CONSOLE_OPTION } from '../producer';
import type { Finding, Fix, RelatedSpan, Severity, Span, TextEdit } from '../types';
import type { ProjectPolicy } from '../project/policy';

export type { Locale };
export type ValueCheck = ReturnType<typeof parseInfoValue>;

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
  effective: ReadonlyMap<string, EffectiveValue>;
  /** plugins the file names (and Kafka's own): id → slots */
  plugins: NamedPlugins;
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
  /** The team policy the file is checked against (`.kpc.json`), if any. */
  policy?: ProjectPolicy;
  /** A producer key of the target version, or a key a plugin the file names reads (`info.plugin` set). */
  info(key: string): KeyInfo | undefined;
  /** A key some plugin reads, whether or not the file names it (`plugin.active` says). */
  pluginInfo(key: string): KeyInfo | undefined;
  /** ConfigDef's verdict on entry i's value (memoized); undefined for keys this version does not know */
  check(i: number): ValueCheck | undefined;
  /**
   * How many unknown keys' lines of the whole file have each producer key as their one clear did-you-mean
   * candidate (a rename fix is only safe when it is the one). Computed once per analysis.
   */
  renameTargets(): ReadonlyMap<string, number>;
  /**
   * The indexes of the entries this run checks, in file order: every entry, or after an edit only the entries
   * of the keys analyze.ts checks again (keyCache.ts). A rule that reports entry by entry iterates these.
   */
  checkedEntries(): readonly number[];
  /**
   * The indexes of the entries whose value holds `${` (where a config-provider reference `${name:path:key}` can
   * be), in file order, of the whole file. Kept per parse and updated by an edit (incremental.ts), so a rule that
   * looks for such references does not scan every value of a big file on every edit.
   */
  referenceEntries(): readonly number[];
  /** A message of the catalog (core/messages/rules.*.ts) in the finding's language, its placeholders filled. */
  msg: RuleMessageFn;
  /** "Kafka 3.9" / "kafka-console-producer (Kafka 2.8)" */
  who: string;
  ver: string;
}

/**
 * ctx.check per entry (the parse keeps an entry an edit did not touch), for the version and the named plugins
 * it was made for (which plugin keys the file names decides which keys have a value check).
 */
const ENTRY_CHECKS = new WeakMap<PropertyEntry, { id: string; r: ValueCheck | null }>();
/**
 * What the catalog says of a key, per version, named plugins and key, shared by every analysis: getKey's facts
 * (a producer key), else pluginKeyInfo's (a key a plugin reads: `plugin` set), else null. One memo for
 * ctx.info, ctx.pluginInfo and getKey: a file with thousands of custom keys asks about each of them on every
 * edit, and matching a key against every plugin's keys is not cheap (keyed by the version and the named
 * plugins' ids, then by key).
 */
const KEY_FACTS = new Map<string, Map<string, KeyInfo | null>>();
/** Keys a KEY_FACTS memo holds at most (then it starts again): a 10 MB file of custom keys has 221k. */
const KEY_FACTS_MAX = 500_000;
/** parseValue per version and (key, value): results are immutable. */
const VALUE_MEMO = new Map<string, Map<string, ValueCheck>>();

/**
 * The context of one analysis. `carried.renameTargets`, when set, is renameTargets() of an analysis of
 * the same keys (the caller knows); once computed here, it is left there for the next one.
 */
export function makeContext(
  base: Omit<RuleContext, 'info' | 'check' | 'msg' | 'who' | 'ver' | 'isAllowed' | 'renameTargets' | 'pluginInfo' | 'checkedEntries' | 'referenceEntries'> & { referenceEntries?: () => readonly number[] },
  carried: { renameTargets?: Map<string, number> } = {}): RuleContext {
  const version = base.target.version;
  let valueMemo = VALUE_MEMO.get(version);
  if (!valueMemo || valueMemo.size > 50000) {
    valueMemo = new Map();
    VALUE_MEMO.set(version, valueMemo);
  }
  const vmemo = valueMemo;
  const checkId = version + '|' + [...base.plugins.keys()].sort().join(',');
  let factsMemo = KEY_FACTS.get(checkId);
  if (!factsMemo || factsMemo.size > KEY_FACTS_MAX) {
    if (KEY_FACTS.size > 32) KEY_FACTS.clear();
    factsMemo = new Map();
    KEY_FACTS.set(checkId, factsMemo);
  }
  const memo = factsMemo;
  const facts = (key: string): KeyInfo | null => {
    let f = memo.get(key);
    if (f === undefined) {
      f = getKey(key, version) ?? pluginKeyInfo(key, version, base.plugins) ?? null;
      memo.set(key, f);
    }
    return f;
  };
  const pluginInfo = (key: string): KeyInfo | undefined => {
    const f = facts(key);
    return f?.plugin ? f : undefined;
  };
  const info = (key: string): KeyInfo | undefined => {
    const f = facts(key);
    return f && (!f.plugin || f.plugin.active) ? f : undefined;
  };
  const ver = versionLabel(base.target);
  const prefixes = [...base.allowed].filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
  let every: number[] | undefined;
  let refs: number[] | undefined;
  const isAllowed = (key: string): boolean => base.allowed.has(key) || (prefixes.length > 0 && prefixes.some((p) => key.startsWith(p)));
  return {
    ...base,
    info,
    pluginInfo,
    isAllowed,
    checkedEntries() {
      return (every ??= Array.from({ length: base.entries.length }, (_, i) => i));
    },
    referenceEntries: base.referenceEntries ?? (() => (refs ??= base.entries.flatMap((e, i) => (e.value.includes('${') ? [i] : [])))),
    renameTargets() {
      if (!carried.renameTargets) {
        const targets = new Map<string, number>();
        const plugins = suggestablePlugins(base.plugins);
        for (const [k, idx] of base.byKey) {
          if (info(k) || isAllowed(k) || pluginInfo(k)) continue;
          const t = nearMiss(k, version, plugins).clear?.key;
          if (t) targets.set(t, (targets.get(t) ?? 0) + idx.length);
        }
        carried.renameTargets = targets;
      }
      return carried.renameTargets;
    },
    check(i) {
      const e = base.entries[i]!;
      const ki = info(e.key);
      // Nothing to keep for a key this version does not know (most keys of a generated file are such).
      if (!ki) return undefined;
      const m = ENTRY_CHECKS.get(e);
      if (m && m.id === checkId) return m.r ?? undefined;
      // plugin keys: the value check depends only on the key's facts, memoized by key and value as well
      const id = e.key + '\u0000' + e.value;
      let r = vmemo.get(id);
      if (r === undefined) {
        r = parseInfoValue(ki, e.value);
        vmemo.set(id, r);
      }
      ENTRY_CHECKS.set(e, { id: checkId, r });
      return r;
    },
    msg: ruleMessages(base.locale),
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
  const optionDefault = opt ? ctx.msg('rule.shared.itsDefault', { opt }) : '';
  return ctx.msg('rule.shared.kafkaConsoleProducerFills', { key, v, optionDefault });
}

/** `io.confluent.kafka.serializers.KafkaAvroSerializer` → `KafkaAvroSerializer`. */
export function shortClass(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

// ---- what a value looks like before Kafka reads it ---------------------------------------------

/** `"x"` / `'x'` around the whole value (after Java's trim): Properties keeps the quotes, and so does Kafka. */
export function quotedValue(value: string): { quote: '"' | "'"; inner: string } | undefined {
  const t = javaTrim(value);
  if (t.length < 2) return undefined;
  const q = t[0];
  if ((q !== '"' && q !== "'") || t[t.length - 1] !== q) return undefined;
  const inner = t.slice(1, -1);
  // `"a" "b"` or a JAAS-like `"x" y="z"` is not one quoted value
  if (inner.includes(q)) return undefined;
  return { quote: q, inner };
}

export interface Placeholder {
  text: string;
  /** offsets in the decoded value */
  start: number;
  end: number;
  /** `${VAR}` (shell / envsubst / Spring), `{{ var }}` (Helm, Jinja, Mustache), `<your value>` (docs), `__VAR__` (sed templates), `${name:path:key}` (a config provider) */
  kind: 'dollar' | 'mustache' | 'angle' | 'underscore' | 'provider';
  /** for 'provider': the provider name as ConfigTransformer reads it (not trimmed) */
  provider?: string;
}

// ConfigTransformer.DEFAULT_PATTERN: \$\{([^}]*?):(([^}]*?):)?([^}]*?)\}
const PROVIDER_REF = /\$\{([^}]*?):(?:([^}]*?):)?([^}]*?)\}/y;
const DOLLAR = /\$\{[^}:]*\}/y;
const MUSTACHE = /\{\{[^{}]*\}\}/y;
const ANGLE = /<[A-Za-z][\w .-]*>/y;
const UNDERSCORE = /__[A-Z][A-Z0-9_]*__/y;

/** Template placeholders and config-provider references in a decoded value, in order. */
export function placeholders(value: string): Placeholder[] {
  const out: Placeholder[] = [];
  if (!value.includes('$') && !value.includes('{{') && !value.includes('<') && !value.includes('__')) return out;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== '$' && c !== '{' && c !== '<' && c !== '_') continue;
    let m: RegExpExecArray | null = null;
    let kind: Placeholder['kind'] | undefined;
    for (const [re, k] of [[PROVIDER_REF, 'provider'], [DOLLAR, 'dollar'], [MUSTACHE, 'mustache'], [ANGLE, 'angle'], [UNDERSCORE, 'underscore']] as const) {
      re.lastIndex = i;
      m = re.exec(value);
      if (m) {
        kind = k;
        break;
      }
    }
    if (!m || !kind) continue;
    out.push({ text: m[0], start: i, end: i + m[0].length, kind, ...(kind === 'provider' ? { provider: m[1]! } : {}) });
    i += m[0].length - 1;
  }
  return out;
}

/**
 * A `${NAME:…}` whose NAME is an environment-variable-like name no provider of the file is called:
 * Spring's and the shell's `${VAR:default}`, not a config provider reference.
 */
export function isDefaultSyntax(p: Placeholder, declared: ReadonlySet<string>): boolean {
  return p.kind === 'provider' && /^[A-Z][A-Z0-9_]*$/.test(p.provider!) && !declared.has(p.provider!);
}

/** Config providers the file sets up: names from config.providers (split as AbstractConfig does) that have a class. */
export function declaredProviders(values: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  const names = values.get('config.providers');
  if (names === undefined || names === '') return out;
  for (const n of names.split(',')) if (values.has(`config.providers.${n}.class`)) out.add(n);
  return out;
}

/**
 * True when entry i's value does not reach Kafka as meant: wrapped in quotes, or holding a placeholder
 * Kafka leaves as it is. quoted-value / unresolved-placeholder / unknown-config-provider explain those
 * lines; other value rules leave them alone so a line gets one finding.
 */
export function literalIssue(ctx: RuleContext, i: number): boolean {
  const e = ctx.entries[i]!;
  if (quotedValue(e.value)) return true;
  const ph = placeholders(e.value);
  if (ph.length === 0) return false;
  const declared = declaredProviders(ctx.orig.values);
  return ph.some((p) => p.kind !== 'provider' || !declared.has(p.provider!));
}

/** The classes that read a plugin key, by short name (`KafkaAvroSerializer, KafkaJsonSchemaSerializer, …`), else the plugin's name. */
export function readerClasses(info: KeyInfo): string {
  return info.plugin ? pluginReaders(info.plugin) : '';
}

/** Who reads a plugin key in this file: the named class (`KafkaAvroSerializer`), else the readers. */
export function pluginWho(ctx: RuleContext, info: KeyInfo): string {
  for (const r of info.plugin?.readers ?? []) {
    const slots = ctx.plugins.get(r.id);
    const facts = pluginById(r.id);
    if (!slots?.length || !facts) continue;
    const c = facts.classes.find((x) => x.role !== 'deserializer' && x.slots.includes(slots[0]!));
    if (c) return shortClass(c.name);
  }
  return info.plugin?.builtIn ? ctx.who : readerClasses(info);
}

/**
 * The fix for empty entries in a list value (`a,,b`, `a,`): each run of empty entries goes with the comma
 * (and spaces) before it, a leading run with the comma after it, so the edits touch only those bytes. When
 * the value is written with escapes, the whole value is rewritten without them. Undefined when nothing
 * would be left. Shared by list-entry and invalid-value (KIP-1161's ValidList refuses the same entries).
 */
export function emptyItemFix(ctx: RuleContext, i: number): Fix | undefined {
  const e = ctx.entries[i]!;
  const items = listItems(e.value);
  if (!items.some((it) => it.text === '') || !items.some((it) => it.text !== '')) return undefined;
  const title = ctx.msg('rule.shared.removeTheEmptyEntry');
  if (ctx.text.slice(e.valueSpan.start, e.valueSpan.end) !== e.value) {
    return { title, edits: [setValueEdit(e, items.filter((it) => it.text !== '').map((it) => it.text).join(','))], preferred: true, safe: true };
  }
  const base = e.valueSpan.start;
  const edits: TextEdit[] = [];
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.text !== '') continue;
    let j = k;
    while (j + 1 < items.length && items[j + 1]!.text === '') j++;
    if (k > 0) edits.push({ span: { start: base + items[k - 1]!.end, end: base + items[j]!.end }, newText: '' });
    else edits.push({ span: { start: base + items[0]!.start, end: base + items[j + 1]!.start }, newText: '' });
    k = j;
  }
  return { title, edits, preferred: true, safe: true };
}

/** Where a list value's first empty entry is, with the comma next to it (the whole value when written with escapes). */
export function emptyItemSpan(ctx: RuleContext, i: number): Span {
  const e = ctx.entries[i]!;
  const first = listItems(e.value).find((it) => it.text === '');
  const exact = ctx.text.slice(e.valueSpan.start, e.valueSpan.end) === e.value;
  if (!first || !exact) return e.valueSpan.end > e.valueSpan.start ? e.valueSpan : e.keySpan;
  const span = { start: e.valueSpan.start + first.start - (first.start > 0 ? 1 : 0), end: Math.min(e.valueSpan.start + first.end + 1, e.valueSpan.end) };
  return span.end > span.start ? span : e.keySpan;
}
