// Value checking exactly as Kafka's ConfigDef.parseType and the key's validator do it
// (ConfigDef.java at 2.8.0 and 3.9.0-rc3; the parsing code is the same in both; KIP-1161's ValidList
// from 4.2, read in a post-KIP-1161 ConfigDef: sources.ts 'configdef-kip1161').
// Input is the decoded Properties value, i.e. what Java receives as a String.
import type { ConfigType, Rule } from './model';

export type ParsedValue = boolean | number | string | string[] | null;
/**
 * What the checker expected, as data (core's expectedText puts it in words): the type, its validator, and for an
 * enum compared otherwise than its validator says, how (a plugin's own comparison).
 */
export interface Expectation {
  type: ConfigType;
  rule: Rule | null;
  casing?: 'exactNoSpaces' | 'lowerOrUpper';
}
export type ParseResult =
  | { ok: true; value: ParsedValue }
  | { ok: false; kind: 'type' | 'range' | 'enum' | 'empty'; message: string; expected: Expectation; stage?: 'config' | 'construct' };

/** Java's String.trim(): strips every char <= U+0020 at both ends (not other Unicode spaces). */
export function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** Java's String.equalsIgnoreCase (char by char, upper then lower case). */
export function javaEqualsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const ux = x.toUpperCase();
    const uy = y.toUpperCase();
    if (ux.length === 1 && ux === uy) continue;
    if (ux.length === 1 && uy.length === 1 && ux.toLowerCase() === uy.toLowerCase()) continue;
    return false;
  }
  return true;
}

const ND = /^\p{Nd}$/u;
/** Character.digit(c, 10): the decimal value of any Unicode Nd digit (Java accepts them all). */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const LIMITS: Record<'int' | 'short' | 'long', { min: bigint; max: bigint; label: string }> = {
  short: { min: -32768n, max: 32767n, label: 'SHORT' },
  int: { min: -2147483648n, max: 2147483647n, label: 'INT' },
  long: { min: -9223372036854775808n, max: 9223372036854775807n, label: 'LONG' },
};

/** Integer.parseInt / Short.parseShort / Long.parseLong on an already trimmed string. */
export function parseJavaInteger(s: string, type: 'int' | 'short' | 'long'): number | undefined {
  const chars = Array.from(s);
  if (chars.length === 0) return undefined;
  let i = 0;
  let neg = false;
  if (chars[0] === '-' || chars[0] === '+') {
    neg = chars[0] === '-';
    i = 1;
    if (chars.length === 1) return undefined;
  }
  let v = 0n;
  for (; i < chars.length; i++) {
    const c = chars[i]!;
    // Java's Character.digit works on UTF-16 chars; supplementary digits are two chars and fail there.
    if (c.length !== 1 || !ND.test(c)) return undefined;
    v = v * 10n + BigInt(digitValue(c));
    if (v > LIMITS.long.max + 1n) return undefined;
  }
  if (neg) v = -v;
  const lim = LIMITS[type];
  if (v < lim.min || v > lim.max) return undefined;
  return Number(v);
}

const DEC = /^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[fFdD]?)$/; // no suffix after NaN/Infinity in Java
const SPECIAL_WITH_SUFFIX = /(?:NaN|Infinity)[fFdD]$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)[fFdD]?$/;
/** Double.parseDouble (FloatingDecimal.readJavaFormatString) on a trimmed string. */
export function parseJavaDouble(s: string): number | undefined {
  const t = javaTrim(s);
  if (DEC.test(t) && !SPECIAL_WITH_SUFFIX.test(t)) {
    const body = t.replace(/[fFdD]$/, '');
    if (/NaN$/.test(body)) return NaN;
    if (/Infinity$/.test(body)) return body.startsWith('-') ? -Infinity : Infinity;
    return Number(body);
  }
  const m = HEX.exec(t);
  if (m) {
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    if (intPart.length + frac.length === 0) return undefined;
    let v = 0;
    for (const c of intPart + frac) v = v * 16 + parseInt(c, 16);
    v = v * Math.pow(2, Number(m[4]) - 4 * frac.length);
    return m[1] === '-' ? -v : v;
  }
  return undefined;
}

export interface ListItem {
  /** the item as Kafka sees it (no surrounding whitespace; '' for an empty item) */
  text: string;
  /** offsets of the item in the raw value (an empty item: where it would be) */
  start: number;
  end: number;
}

/** Java's \s: [ \t\n\x0B\f\r] */
const JAVA_WS = /[ \t\n\x0B\f\r]/;
/**
 * The items of a LIST value with their offsets in `raw`, as ConfigDef.parseType reads it: String.trim(),
 * then split on `\s*,\s*` with limit -1, so empty items are kept, a trailing comma's included.
 * What an empty item then does depends on the key and the version: the key's validator (facts.ts,
 * `noEmptyItems`, KIP-1161) or, where it has none, the code that reads the list (lists.ts).
 */
export function listItems(raw: string): ListItem[] {
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) <= 0x20) a++;
  while (b > a && raw.charCodeAt(b - 1) <= 0x20) b--;
  if (a === b) return [];
  const out: ListItem[] = [];
  let start = a;
  for (let i = a; i <= b; i++) {
    if (i === b || raw[i] === ',') {
      let s = start;
      let e = i;
      while (s < e && JAVA_WS.test(raw[s]!)) s++;
      while (e > s && JAVA_WS.test(raw[e - 1]!)) e--;
      out.push({ text: raw.slice(s, e), start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

/** A LIST value as ConfigDef parses it (the items of listItems). */
export function parseJavaList(raw: string): string[] {
  return listItems(raw).map((it) => it.text);
}

const ID = String.raw`[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Sc}\p{Cf}]*`;
const CLASS_NAME = new RegExp(`^${ID}(?:\\.${ID})*$`, 'u');
/** Could Class.forName ever load this name? (Whether it is on the classpath can't be known here.) */
export function looksLikeClassName(s: string): boolean {
  return CLASS_NAME.test(s) || /^\[+(?:[BCDFIJSZ]|L[^;\s]+;)$/.test(s);
}

/**
 * Parse `raw` for a key of `type` with validator `rule`, as ConfigDef would.
 * `removedClasses`: class values that cannot load in this version.
 */
export function parseTyped(type: ConfigType, rule: Rule | null | undefined, raw: string, removedClasses?: readonly string[]): ParseResult {
  const expected: Expectation = { type, rule: rule ?? null };
  const t = javaTrim(raw);
  const typeErr = (message: string): ParseResult => ({ ok: false, kind: 'type', message, expected });
  let value: ParsedValue;
  switch (type) {
    case 'boolean':
      if (javaEqualsIgnoreCase(t, 'true')) value = true;
      else if (javaEqualsIgnoreCase(t, 'false')) value = false;
      else return typeErr('Expected value to be either true or false');
      break;
    case 'int':
    case 'short':
    case 'long': {
      const n = parseJavaInteger(t, type);
      if (n === undefined) return typeErr(`Not a number of type ${LIMITS[type].label}`);
      value = n;
      break;
    }
    case 'double': {
      const n = parseJavaDouble(t);
      if (n === undefined) return typeErr('Not a number of type DOUBLE');
      value = n;
      break;
    }
    case 'list':
      value = parseJavaList(raw);
      break;
    case 'class':
      if (!looksLikeClassName(t)) return typeErr(`Class ${raw} could not be found.`);
      if (removedClasses?.includes(t)) return typeErr(`Class ${t} could not be found: it was removed from this Kafka version.`);
      value = t;
      break;
    case 'string':
    case 'password':
      value = t;
      break;
  }
  if (!rule) return { ok: true, value };
  switch (rule.kind) {
    case 'range': {
      const n = value as number;
      if (rule.alsoAllowed?.includes(n)) break;
      if (rule.alsoAllowed?.length && ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max))) {
        // GzipCompression.LevelValidator's own wording
        return { ok: false, kind: 'range', message: `Value must be between ${rule.min} and ${rule.max} or equal to ${rule.alsoAllowed.join(', ')}`, expected };
      }
      // Range.ensureValid compares doubleValue()s, so NaN passes both checks, as in Java.
      if (rule.min !== undefined && n < rule.min) return { ok: false, kind: 'range', message: `Value must be at least ${rule.min}`, expected };
      if (rule.max !== undefined && n > rule.max) return { ok: false, kind: 'range', message: `Value must be no more than ${rule.max}`, expected };
      break;
    }
    case 'enum': {
      const s = value as string;
      const hit = rule.caseInsensitive ? rule.values.some((v) => v.toUpperCase() === s.toUpperCase()) : rule.values.includes(s);
      if (!hit) {
        const message = rule.caseInsensitive ? `String must be one of (case insensitive): ${rule.values.join(', ')}` : `String must be one of: ${rule.values.join(', ')}`;
        return { ok: false, kind: 'enum', message, expected, ...(rule.stage === 'construct' ? { stage: 'construct' as const } : {}) };
      }
      break;
    }
    case 'nonEmpty':
      if (value === '') return { ok: false, kind: 'empty', message: 'String must be non-empty', expected };
      break;
    case 'list': {
      // ConfigDef.parseValue (KIP-1161, 4.2+) drops duplicate items of a ValidList key (with a WARN) before validating
      const items = [...new Set(value as string[])];
      value = items;
      if (rule.nonEmpty && items.length === 0) return { ok: false, kind: 'empty', message: 'must not be empty (Kafka: "Valid values include: any non-empty value")', expected };
      if (rule.noEmptyItems && items.includes('')) return { ok: false, kind: 'empty', message: 'values must not be empty', expected };
      break;
    }
  }
  return { ok: true, value };
}
