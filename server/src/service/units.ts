/**
 * Human-readable units for numeric config values. Pure: no LSP, no vscode.
 *
 *   humanize('16384', 'bytes')     → '16 KiB'
 *   humanize('33554432', 'bytes')  → '32 MiB'
 *   humanize('120000', 'ms')       → '2 min'
 */
import { hostMessage, type Locale, type HostMessageKey } from '#core';

export type Unit = 'ms' | 's' | 'bytes' | 'count';

const INT_MAX = 2147483647;
const LONG_MAX = 9223372036854775807n;

function parseInteger(raw: string | number): number | bigint | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && Number.isInteger(raw) ? raw : undefined;
  const s = raw.trim();
  if (!/^[+-]?\d{1,19}$/.test(s)) return undefined;
  const n = Number(s);
  if (Number.isSafeInteger(n)) return n;
  try {
    return BigInt(s);
  } catch {
    return undefined;
  }
}

function trimNumber(n: number, digits: number): string {
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

export function humanBytes(n: number, locale?: Locale): string {
  const abs = Math.abs(n);
  if (abs < 1024) return hostMessage(locale ?? 'en', abs === 1 ? 'units.byte' : 'units.bytes', { n });
  let value = n;
  let i = -1;
  while (Math.abs(value) >= 1024 && i < BYTE_UNITS.length - 1) {
    value /= 1024;
    i++;
  }
  const exact = Number.isInteger(value);
  return `${exact ? '' : '≈'}${exact ? String(value) : trimNumber(value, 1)} ${BYTE_UNITS[i]}`;
}

const TIME_STEPS: { ms: number; unit: HostMessageKey }[] = [
  { ms: 86_400_000, unit: 'units.d' },
  { ms: 3_600_000, unit: 'units.h' },
  { ms: 60_000, unit: 'units.min' },
  { ms: 1000, unit: 'units.s' },
  { ms: 1, unit: 'units.ms' },
];

/** 120000 → '2 min', 90000 → '1 min 30 s', 5 → '5 ms'; at most two units, '≈' when rounded. */
export function humanMillis(n: number, locale: Locale = 'en'): string {
  if (n === 0) return hostMessage(locale, 'units.noWait');
  if (n < 0) return `${n} ms`;
  const parts: string[] = [];
  let rest = n;
  let used = 0;
  for (const step of TIME_STEPS) {
    if (used === 2) break;
    const q = Math.floor(rest / step.ms);
    if (q > 0) {
      parts.push(hostMessage(locale, 'units.quantity', { n: q, unit: hostMessage(locale, step.unit) }));
      rest -= q * step.ms;
      used++;
    } else if (used > 0) {
      break; // keep units adjacent: "1 h 0 min 5 s" is noise, round instead
    }
  }
  return (rest > 0 ? '≈' : '') + parts.join(' ');
}

/**
 * A human form of a raw numeric config value, or undefined when there is nothing to add
 * (not a number, no unit, or the human form would just repeat the number).
 */
export function humanize(raw: string | number | null | undefined, unit: string | undefined, locale?: Locale): string | undefined {
  if (raw === null || raw === undefined || !unit) return undefined;
  const n = parseInteger(raw);
  if (n === undefined) return undefined;
  if (typeof n === 'bigint') return n === LONG_MAX ? 'Long.MAX_VALUE' : undefined;
  if (n === INT_MAX && unit === 'count') return hostMessage(locale ?? 'en', 'units.intMax');
  if (n === Number.MAX_SAFE_INTEGER) return undefined;
  switch (unit) {
    case 'bytes':
      return n < 1024 ? undefined : humanBytes(n, locale);
    case 'ms': {
      if (n === INT_MAX) return `Integer.MAX_VALUE (${humanMillis(n, locale)})`;
      return n < 1000 && n !== 0 ? undefined : humanMillis(n, locale);
    }
    case 's':
      return n < 60 ? undefined : humanMillis(n * 1000, locale);
    default:
      return undefined;
  }
}

/** "16384 (16 KiB)" or just "16384". */
export function withHuman(raw: string, unit: string | undefined, locale?: Locale): string {
  const h = humanize(raw, unit, locale);
  return h ? `${raw} (${h})` : raw;
}

/** The unit to humanize a catalog key's values with (`unitHint: 'seconds'` → 's'). */
export function unitOf(info: { unit?: string; unitHint?: string } | undefined): string | undefined {
  if (!info) return undefined;
  return info.unit ?? (info.unitHint === 'seconds' ? 's' : undefined);
}
