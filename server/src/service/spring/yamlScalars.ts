// What SnakeYAML makes of a YAML scalar, and the string a Spring property bound to String then gets
// (behaviour `yaml-scalars`). Boot loads YAML with SnakeYAML's SafeConstructor (YAML 1.1 implicit
// types) minus timestamps (OriginTrackedYamlLoader.NoTimestampResolver); a null becomes "".
// The resolver patterns are SnakeYAML's (equivalent in 1.30 … 2.6); numbers are printed the way
// Java's Integer/Long/BigInteger/Double toString print them.
import type { SpringValueType } from './source';

export interface ResolvedScalar {
  type: SpringValueType;
  /** Java toString of the constructed value ("" for null) */
  value: string;
  /** a tag SafeConstructor cannot construct */
  badTag?: string;
}

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT = new RegExp(
  '^(' +
    '[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+]?[0-9]+)?' +
    '|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)' +
    '|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?' +
    '|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*' +
    '|[-+]?\\.(?:inf|Inf|INF)' +
    '|\\.(?:nan|NaN|NAN)' +
    ')$',
);
const INT = new RegExp('^(?:' + '[-+]?0b_*[0-1][0-1_]*' + '|[-+]?0_*[0-7][0-7_]*' + '|[-+]?(?:0|[1-9][0-9_]*)' + '|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*' + '|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+' + ')$');
const NULL = /^(?:~|null|Null|NULL| )$/;

const TAG = 'tag:yaml.org,2002:';

/** SnakeYAML's implicit tag for a plain scalar (Resolver.resolve, first character selects the candidates). */
export function implicitTag(s: string): 'bool' | 'int' | 'float' | 'merge' | 'null' | 'str' {
  if (s === '') return 'null';
  const c = s[0]!;
  if ('yYnNtTfFoO'.includes(c) && BOOL.test(s)) return 'bool';
  if ('-+0123456789'.includes(c) && INT.test(s)) return 'int';
  if ('-+0123456789.'.includes(c) && FLOAT.test(s)) return 'float';
  if (c === '<' && s === '<<') return 'merge';
  if ('~nN'.includes(c) && NULL.test(s)) return 'null';
  return 'str';
}

/** The value of a scalar: `source` is its text (decoded for quoted/block scalars), `plain` whether it was unquoted. */
export function resolveScalar(source: string, plain: boolean, tag?: string | null): ResolvedScalar {
  let kind: ReturnType<typeof implicitTag>;
  if (tag && tag !== '!') {
    if (!tag.startsWith(TAG)) return { type: 'string', value: source, badTag: tag };
    const t = tag.slice(TAG.length);
    if (t === 'str') return { type: 'string', value: source };
    if (t !== 'bool' && t !== 'int' && t !== 'float' && t !== 'null') return { type: 'string', value: source, badTag: tag };
    kind = t;
  } else if (!plain) {
    return { type: 'string', value: source };
  } else {
    kind = implicitTag(source);
  }
  switch (kind) {
    case 'null':
      return { type: 'null', value: '' };
    case 'bool': {
      const v = BOOL_VALUES[source.toLowerCase()];
      return v === undefined ? { type: 'string', value: source, badTag: `${TAG}bool` } : { type: 'boolean', value: v };
    }
    case 'int': {
      const v = constructInt(source);
      return v === undefined ? { type: 'string', value: source, badTag: `${TAG}int` } : { type: 'integer', value: v };
    }
    case 'float': {
      const v = constructFloat(source);
      return v === undefined ? { type: 'string', value: source, badTag: `${TAG}float` } : { type: 'float', value: v };
    }
    default:
      return { type: 'string', value: source };
  }
}

const BOOL_VALUES: Record<string, string> = { yes: 'true', no: 'false', true: 'true', false: 'false', on: 'true', off: 'false' };

/** ConstructYamlInt: underscores removed, sign, 0b / 0x / 0 (octal) prefixes, base 60; printed in decimal. */
export function constructInt(text: string): string | undefined {
  let value = text.replace(/_/g, '');
  if (value === '') return undefined;
  let sign = 1n;
  if (value[0] === '-') {
    sign = -1n;
    value = value.slice(1);
  } else if (value[0] === '+') value = value.slice(1);
  try {
    if (value === '0') return '0';
    let n: bigint;
    if (value.startsWith('0b')) n = parseBase(value.slice(2), 2);
    else if (value.startsWith('0x')) n = parseBase(value.slice(2), 16);
    else if (value.startsWith('0')) n = parseBase(value.slice(1), 8);
    else if (value.includes(':')) {
      // SnakeYAML accumulates in a Java int (compound assignment narrows): large values wrap
      const digits = value.split(':');
      let bes = 1;
      let val = 0;
      for (let i = 0; i < digits.length; i++) {
        val = Number(BigInt.asIntN(32, BigInt(val) + BigInt(digits[digits.length - i - 1]!) * BigInt(bes)));
        bes = Math.imul(bes, 60);
      }
      n = BigInt(val);
    } else n = parseBase(value, 10);
    return (sign * n).toString();
  } catch {
    return undefined;
  }
}

function parseBase(digits: string, base: number): bigint {
  if (digits === '') throw new Error('empty');
  let n = 0n;
  const b = BigInt(base);
  for (const c of digits) {
    const d = parseInt(c, base);
    if (Number.isNaN(d)) throw new Error('digit');
    n = n * b + BigInt(d);
  }
  return n;
}

/** ConstructYamlFloat, printed like Java's Double.toString. */
export function constructFloat(text: string): string | undefined {
  let value = text.replace(/_/g, '');
  if (value === '') return undefined;
  let sign = 1;
  if (value[0] === '-') {
    sign = -1;
    value = value.slice(1);
  } else if (value[0] === '+') value = value.slice(1);
  const lowerValue = value.toLowerCase();
  if (lowerValue === '.inf') return javaDoubleToString(sign * Infinity);
  if (lowerValue === '.nan') return javaDoubleToString(NaN);
  if (value.includes(':')) {
    const digits = value.split(':');
    let bes = 1;
    let val = 0;
    for (let i = 0; i < digits.length; i++) {
      val += Number(digits[digits.length - i - 1]) * bes;
      bes = Math.imul(bes, 60);
    }
    return javaDoubleToString(sign * val);
  }
  const d = Number(value);
  if (Number.isNaN(d)) return undefined;
  return javaDoubleToString(d * sign);
}

/**
 * Java's Double.toString: "NaN", "Infinity", "0.0", plain notation with at least one fraction digit
 * for 1e-3 <= |d| < 1e7, otherwise "d.dddE±n". Digits are the shortest that round-trip (JDK 19+; older
 * JDKs print a longer form for a few values).
 */
export function javaDoubleToString(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(d);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(d);
    if (/e/i.test(s)) {
      // String() uses exponents below 1e-6 only; unreachable in this range, kept for safety
      return d.toFixed(20).replace(/0+$/, '').replace(/\.$/, '.0');
    }
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant = '', exp = '0'] = d.toExponential().split('e');
  const m = mant.includes('.') ? mant : `${mant}.0`;
  return `${m}E${Number(exp)}`;
}
