// How many findings an editor is shown for one document. A generated or broken file can produce
// hundreds of thousands (a 10 MB file of repeated keys: 344k), and shipping all of them on every
// edit costs seconds and a gigabyte in the server and in the editor, for a list nobody reads past the
// first screen. The editor gets the most severe `max` findings in document order and one line saying
// how many were left out; fix-all, code actions and `kpc check` still work on all of them.
import { message, type Locale } from '#core';
import type { Finding, Severity } from './types';

export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * Longest text analysed by default (chars; for kpc, bytes). Memory grows with the file (kpc check on 10 / 40 MB of
 * repeated keys: 1.0 / 3.8 GB), and a device such as /dev/zero has no end. A producer config is a few KB:
 * beyond this the editor and kpc say the file is too large instead of trying. The editor's limit is the
 * `maxFileSizeMB` setting (this is its default); kpc's is this.
 */
export const MAX_ANALYZED_LENGTH = 16 * 1024 * 1024;
/** Most open documents the editor's server analyses at once by default (`maxOpenFiles`); the others get one note. */
export const DEFAULT_MAX_OPEN_FILES = 200;
/** Most text (chars) the editor's server analyses over all open documents by default (`maxTotalSizeMB`). */
export const DEFAULT_MAX_TOTAL_LENGTH = 32 * 1024 * 1024;

const MIB = 1024 * 1024;
/** `x` MiB as chars (settings are in MiB; fractions allowed). */
export const mibToLength = (x: number): number => Math.floor(x * MIB);

/** The limits of what the editor's server analyses. */
export interface ResourceLimits {
  /** Longest document analysed (chars). */
  maxFileLength: number;
  /** Most documents analysed at once. */
  maxOpenFiles: number;
  /** Most text analysed over all open documents (chars). */
  maxTotalLength: number;
}

export const DEFAULT_LIMITS: ResourceLimits = { maxFileLength: MAX_ANALYZED_LENGTH, maxOpenFiles: DEFAULT_MAX_OPEN_FILES, maxTotalLength: DEFAULT_MAX_TOTAL_LENGTH };

/** Why a document is not analysed. */
export type NotChecked =
  | { reason: 'file-size'; length: number; limit: number }
  | { reason: 'open-files'; limit: number }
  | { reason: 'total-size'; length: number; limit: number };

/**
 * Which open documents are not analysed: walking them in the order they were opened, a document too large on
 * its own is refused, and the others are analysed while their number and their total size stay within the
 * limits (a document opened earlier keeps its place; one that no longer fits waits until others close).
 */
export function notChecked(documents: Iterable<readonly [uri: string, length: number]>, limits: ResourceLimits): Map<string, NotChecked> {
  const out = new Map<string, NotChecked>();
  let count = 0;
  let total = 0;
  for (const [uri, length] of documents) {
    if (length > limits.maxFileLength) out.set(uri, { reason: 'file-size', length, limit: limits.maxFileLength });
    else if (count >= limits.maxOpenFiles) out.set(uri, { reason: 'open-files', limit: limits.maxOpenFiles });
    else if (total + length > limits.maxTotalLength) out.set(uri, { reason: 'total-size', length, limit: limits.maxTotalLength });
    else {
      count++;
      total += length;
    }
  }
  return out;
}

/** MiB with one decimal. */
const mib = (x: number): string => (x / MIB).toFixed(1);

/**
 * Why a file is not checked; `length` undefined: reading stopped at the limit (a device or a pipe).
 * `setting`: the editor's setting that raises the limit (kpc has none).
 */
export function tooLargeMessage(length: number | undefined, locale: Locale = 'en', limit = MAX_ANALYZED_LENGTH, setting?: string): string {
  const size = length === undefined ? message(locale, 'limit.overSize', { max: mib(limit) }) : mib(length);
  const raise = setting ? message(locale, 'limit.raise', { setting }) : '';
  return message(locale, 'limit.tooLarge', { size, max: mib(limit) }) + raise;
}

/** The editor's settings behind each limit (one diagnostic names the one that raises it). */
export const LIMIT_SETTINGS = {
  'file-size': 'kafkaProducerConfig.maxFileSizeMB',
  'open-files': 'kafkaProducerConfig.maxOpenFiles',
  'total-size': 'kafkaProducerConfig.maxTotalSizeMB',
} as const;

/** The one line a document that is not analysed gets in the editor. */
export function notCheckedMessage(n: NotChecked, locale: Locale = 'en'): string {
  const setting = LIMIT_SETTINGS[n.reason];
  if (n.reason === 'file-size') return tooLargeMessage(n.length, locale, n.limit, setting);
  if (n.reason === 'open-files') {
    return message(locale, 'limit.openFiles', { limit: n.limit.toLocaleString('en-US'), setting });
  }
  return message(locale, 'limit.totalSize', { limit: mib(n.limit), setting, length: mib(n.length) });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface Limited {
  shown: readonly Finding[];
  /** How many findings were left out (0 when all are shown). */
  omitted: number;
}

/** The `max` most severe findings (errors first, then warnings, …), kept in document order. */
export function limitFindings(findings: readonly Finding[], max: number): Limited {
  if (findings.length <= max) return { shown: findings, omitted: 0 };
  // Count per severity to find the least severe rank still shown and how many of it fit; one pass then keeps order.
  const counts = [0, 0, 0, 0];
  for (const f of findings) counts[RANK[f.severity] ?? 1]!++;
  let room = max;
  let cutRank = 0;
  while (cutRank < 3 && counts[cutRank]! <= room) room -= counts[cutRank++]!;
  const shown: Finding[] = [];
  for (const f of findings) {
    const r = RANK[f.severity] ?? 1;
    if (r < cutRank) shown.push(f);
    else if (r === cutRank && room > 0) { shown.push(f); room--; }
  }
  return { shown, omitted: findings.length - shown.length };
}

/** The line that stands in for the findings left out. */
export function omittedMessage(omitted: number, total: number, max: number, locale: Locale = 'en'): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  return message(locale, 'limit.omitted', { shown: n(total - omitted), total: n(total), omitted: n(omitted), max: n(max) });
}
