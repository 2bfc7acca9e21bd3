// How many findings an editor is shown for one document. A generated or broken file can produce
// hundreds of thousands (a 10 MB file of repeated keys: 344k), and shipping all of them on every
// edit costs seconds and a gigabyte in the server and in the editor, for a list nobody reads past the
// first screen. The editor gets the most severe `max` findings in document order and one line saying
// how many were left out; fix-all, code actions and `kpc check` still work on all of them.
import { pick, type Locale } from '#core';
import type { Finding, Severity } from './types';

export const DEFAULT_MAX_PROBLEMS = 1000;

/**
 * Longest text analysed (chars; for kpc, bytes). Memory grows with the file (kpc check on 10 / 40 MB of
 * repeated keys: 1.0 / 3.8 GB), and a device such as /dev/zero has no end. A producer config is a few KB:
 * beyond this the editor and kpc say the file is too large instead of trying.
 */
export const MAX_ANALYZED_LENGTH = 16 * 1024 * 1024;

/** Why a file is not checked; `length` undefined: reading stopped at the limit (a device or a pipe). */
export function tooLargeMessage(length: number | undefined, locale: Locale = 'en'): string {
  const mib = (x: number): string => (x / (1024 * 1024)).toFixed(1);
  const size = length === undefined ? pick(locale, `over ${mib(MAX_ANALYZED_LENGTH)}`, `${mib(MAX_ANALYZED_LENGTH)} 초과`) : mib(length);
  return pick(locale,
    `Not checked: the file is too large (${size} MiB; producer configs are checked up to ${mib(MAX_ANALYZED_LENGTH)} MiB).`,
    `파일이 너무 커서(${size} MiB) 검사하지 않습니다. 프로듀서 설정은 ${mib(MAX_ANALYZED_LENGTH)} MiB까지 검사합니다.`);
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
