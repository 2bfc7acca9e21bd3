// Boot's conversions of a bound String into the typed fields of KafkaProperties (behaviours
// `data-size`, `data-size-whitespace`, `duration`, `class-conversion`, `empty-typed-value`), as pure
// functions: DataSize, Duration, Integer (Spring NumberUtils), Boolean, Class names.
import { javaTrim } from '#core';
import { behaves, type BootTarget } from '../../../../schemas/spring/index';

export type Converted<T> = { ok: true; value: T } | { ok: true; value: null; empty: true } | { ok: false; reason: ConversionFailure };

/**
 * Why Boot would refuse the value (binding fails, the application does not start):
 * `format` = not the expected shape, `unit` = unknown or wrongly cased unit, `decimal` = a fraction,
 * `overflow` = too large for the Java type, `whitespace` = spaces this Boot release does not accept.
 */
export type ConversionFailure = 'format' | 'unit' | 'decimal' | 'overflow' | 'whitespace';

/** Java's Character.isWhitespace (what Spring's trimAllWhitespace removes). */
export function isJavaWhitespace(c: string): boolean {
  const x = c.charCodeAt(0);
  if ((x >= 0x09 && x <= 0x0d) || (x >= 0x1c && x <= 0x20)) return true;
  if (x === 0xa0 || x === 0x2007 || x === 0x202f) return false;
  return /[\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/.test(c);
}

const removeJavaWhitespace = (s: string): string => Array.from(s).filter((c) => !isJavaWhitespace(c)).join('');

const DATA_UNITS: Record<string, bigint> = { B: 1n, KB: 1024n, MB: 1024n ** 2n, GB: 1024n ** 3n, TB: 1024n ** 4n };
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/**
 * DataSize.parse(text, defaultUnit) then toBytes; `result` Integer applies Number.intValue (wraps at
 * 32 bits). The value is the decimal string Kafka receives.
 */
export function convertDataSize(raw: string, target: Pick<BootTarget, 'release'>, result: 'Integer' | 'Long', defaultUnit: keyof typeof DATA_UNITS = 'B'): Converted<{ bytes: bigint; value: string }> {
  if (raw === '') return { ok: true, value: null, empty: true };
  let text = raw;
  if (behaves('data-size-whitespace', target)) text = removeJavaWhitespace(text);
  else if (text !== removeJavaWhitespace(text)) return { ok: false, reason: 'whitespace' };
  const m = /^([+-]?[0-9]+)([a-zA-Z]{0,2})$/.exec(text);
  if (!m) return { ok: false, reason: /^[+-]?[0-9]*[.,][0-9]+[a-zA-Z]{0,2}$/.test(text) ? 'decimal' : 'format' };
  const suffix = m[2]!;
  const unit = suffix === '' ? DATA_UNITS[defaultUnit]! : DATA_UNITS[suffix];
  if (unit === undefined) return { ok: false, reason: 'unit' };
  const amount = BigInt(m[1]!);
  if (amount < LONG_MIN || amount > LONG_MAX) return { ok: false, reason: 'overflow' };
  const bytes = amount * unit;
  if (bytes < LONG_MIN || bytes > LONG_MAX) return { ok: false, reason: 'overflow' }; // Math.multiplyExact
  const value = result === 'Integer' ? BigInt.asIntN(32, bytes).toString() : bytes.toString();
  return { ok: true, value: { bytes, value } };
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;

/** Spring's NumberUtils.parseNumber(text, Integer.class): whitespace removed, hex via Integer.decode, else Integer.valueOf. */
export function convertInteger(raw: string): Converted<number> {
  if (raw === '') return { ok: true, value: null, empty: true };
  const t = removeJavaWhitespace(raw);
  const neg = t.startsWith('-');
  const body = neg ? t.slice(1) : t;
  let n: bigint;
  if (body.startsWith('0x') || body.startsWith('0X') || body.startsWith('#')) {
    const digits = body.startsWith('#') ? body.slice(1) : body.slice(2);
    if (!/^[0-9a-fA-F]+$/.test(digits)) return { ok: false, reason: 'format' };
    n = BigInt('0x' + digits);
    if (neg) n = -n;
  } else {
    if (!/^[+-]?[0-9]+$/.test(t)) return { ok: false, reason: /^[+-]?[0-9]*\.[0-9]+$/.test(t) ? 'decimal' : 'format' };
    n = BigInt(t);
  }
  if (n < INT_MIN || n > INT_MAX) return { ok: false, reason: 'overflow' };
  return { ok: true, value: Number(n) };
}

/** Spring's StringToBooleanConverter: true/on/yes/1, false/off/no/0 (trimmed, any case); "" = null. */
export function convertBoolean(raw: string): Converted<boolean> {
  const t = javaTrim(raw).toLowerCase();
  if (t === '') return { ok: true, value: null, empty: true };
  if (['true', 'on', 'yes', '1'].includes(t)) return { ok: true, value: true };
  if (['false', 'off', 'no', '0'].includes(t)) return { ok: true, value: false };
  return { ok: false, reason: 'format' };
}

const DURATION_UNITS_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const ISO_DURATION = /^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$/i;

/** Boot's DurationStyle (simple `5s`, default `unit`; or ISO-8601 `PT5S`), in milliseconds. */
export function convertDuration(raw: string, unit: keyof typeof DURATION_UNITS_MS = 'ms'): Converted<number> {
  if (raw === '') return { ok: true, value: null, empty: true };
  const simple = /^([+-]?\d+)([a-zA-Z]{0,2})$/.exec(raw);
  if (simple) {
    const factor = DURATION_UNITS_MS[(simple[2] || unit).toLowerCase()];
    if (factor === undefined) return { ok: false, reason: 'unit' };
    return { ok: true, value: Number(simple[1]) * factor };
  }
  if (/^[+-]?[pP].*$/.test(raw)) {
    const m = ISO_DURATION.exec(raw);
    if (!m || (m[3] !== undefined && m[3].length === 1) || (m[2] === undefined && m[3] === undefined)) return { ok: false, reason: 'format' };
    const num = (s: string | undefined): number => (s === undefined ? 0 : Number(s));
    const frac = m[7] ? Number(`0.${m[7]}`) * (m[6]?.startsWith('-') ? -1 : 1) : 0;
    const ms = num(m[2]) * 86_400_000 + num(m[4]) * 3_600_000 + num(m[5]) * 60_000 + (num(m[6]) + frac) * 1000;
    return { ok: true, value: m[1] === '-' ? -ms : ms };
  }
  return { ok: false, reason: 'format' };
}

const JAVA_IDENT = /^[\p{L}\p{Nl}_$][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}_$]*$/u;

/**
 * ClassEditor: the trimmed name (blank = null, the default stays). Whether the class loads cannot be
 * known here; a name that is not a Java binary name (`a.b.C`, `a.b.C$D`, arrays excluded) cannot load.
 */
export function convertClassName(raw: string): Converted<string> {
  const t = javaTrim(raw);
  if (t === '') return { ok: true, value: null, empty: true };
  if (!t.split('.').every((part) => JAVA_IDENT.test(part))) return { ok: false, reason: 'format' };
  return { ok: true, value: t };
}
