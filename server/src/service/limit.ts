// How many findings an editor is shown for one document. A generated or broken file can produce
// hundreds of thousands (a 10 MB file of repeated keys: 344k), and shipping all of them on every
// edit costs seconds and a gigabyte in the server and in the editor, for a list nobody reads past the
// first screen. The editor gets the most severe `max` findings in document order and one line saying
// how many were left out; fix-all, code actions and `kpc check` still work on all of them.
import { pick, type Locale } from '#core';
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
  const size = length === undefined ? pick(locale, `over ${mib(limit)}`, `${mib(limit)} 초과`) : mib(length);
  const raise = setting ? pick(locale, ` To check it, raise ${setting}.`, ` 검사하려면 ${setting} 값을 올리세요.`) : '';
  return pick(locale,
    `Not checked: the file is too large (${size} MiB; producer configs are checked up to ${mib(limit)} MiB).${raise}`,
    `파일이 너무 커서(${size} MiB) 검사하지 않습니다. 프로듀서 설정은 ${mib(limit)} MiB까지 검사합니다.${raise}`);
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
    return pick(locale,
      `Not checked: ${n.limit.toLocaleString('en-US')} other producer config files are open and checked (limit ${setting} = ${n.limit.toLocaleString('en-US')}). Close some, or raise the setting, and this file is checked.`,
      `검사하지 않음: 이미 다른 프로듀서 설정 파일 ${n.limit.toLocaleString('en-US')}개가 열려 검사 중입니다(한도 ${setting} = ${n.limit.toLocaleString('en-US')}). 몇 개를 닫거나 설정 값을 올리면 이 파일도 검사합니다.`);
  }
  return pick(locale,
    `Not checked: the open producer config files already hold the most text checked at once (${mib(n.limit)} MiB, limit ${setting}; this file: ${mib(n.length)} MiB). Close some, or raise the setting, and this file is checked.`,
    `검사하지 않음: 열린 프로듀서 설정 파일들이 한 번에 검사하는 최대 분량(${mib(n.limit)} MiB, 한도 ${setting})을 이미 채웠습니다(이 파일: ${mib(n.length)} MiB). 몇 개를 닫거나 설정 값을 올리면 이 파일도 검사합니다.`);
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
  return pick(locale,
    `Showing the ${n(total - omitted)} most severe of ${n(total)} findings in this file (${n(omitted)} left out; limit kafkaProducerConfig.maxNumberOfProblems = ${n(max)}). \`kpc check\` lists them all; Fix All also fixes the ones left out.`,
    `이 파일의 문제 ${n(total)}개 중 가장 심각한 ${n(total - omitted)}개만 표시합니다(${n(omitted)}개 생략, 한도 kafkaProducerConfig.maxNumberOfProblems = ${n(max)}). 전부 보려면 \`kpc check\`를 실행하세요. 모두 고치기는 생략된 문제도 고칩니다.`);
}
