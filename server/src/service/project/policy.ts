// A team policy as the analysis receives it (AnalysisOptions.policy): per producer key a required value,
// allowed values, a range or "must not be set", with where in `.kpc.json` it was written. The rule that
// enforces it is rules/policy.ts; this file holds the data and the reading of quantities with units.
import type { Range, Severity } from '../types';

export interface PolicyRule {
  key: string;
  value?: string;
  oneOf?: string[];
  /** As written: a number in the key's unit, or a string with a unit. */
  min?: number | string;
  max?: number | string;
  forbidden?: boolean;
  required?: boolean;
  severity?: Severity;
  message?: string;
  /** Where the key's entry is in the policy file (for the related location). */
  range?: Range;
}

export interface ProjectPolicy {
  /** The policy file (`.kpc.json`), as the caller names it (a path for kpc, a URI in the editor). */
  file: string;
  rules: PolicyRule[];
}

/** The unit a catalog key's numbers are in, as units.ts names them. */
export type QuantityUnit = 'ms' | 's' | 'bytes' | undefined;

const TIME_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };
const SIZE: Record<string, number> = { b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * A policy bound in the key's unit: a number as is; a string with a unit the way kpc prints values
 * (`100 ms`, `5 s`, `2 min`, `1 h`, `16 KiB`, `1 MiB`; KB/MB/GB are binary, as Spring Boot reads them).
 * Undefined when the string is not a quantity of that kind.
 */
export function parseQuantity(raw: number | string, unit: QuantityUnit): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(raw);
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2]!.toLowerCase();
  if (suffix === '') return n;
  if (unit === 'ms' || unit === 's') {
    const f = TIME_MS[suffix];
    if (f === undefined) return undefined;
    return unit === 'ms' ? n * f : (n * f) / 1000;
  }
  if (unit === 'bytes') {
    const f = SIZE[suffix];
    return f === undefined ? undefined : n * f;
  }
  return undefined;
}
