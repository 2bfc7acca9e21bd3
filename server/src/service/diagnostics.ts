// What an editor is shown for a document: the findings (the most severe `maxNumberOfProblems`, and one
// more saying how many were left out), a note instead when the file is too large to check, whether the
// related lines go along, and where Kafka documents what each finding is about.
import { getKey, lowerBound, type Locale } from '#core';
import type { Analysis } from './analyze';
import { DEFAULT_MAX_PROBLEMS, limitFindings, MAX_ANALYZED_LENGTH, notCheckedMessage, omittedMessage, type NotChecked } from './limit';
import type { Finding } from './types';

/**
 * Above this many findings in one document (a generated or broken file, not a config someone writes),
 * diagnostics go out without related lines: every one of them would repeat the document URI.
 */
export const MAX_FINDINGS_WITH_RELATED = 1000;

export interface DiagnosticsData {
  /** In document order; a finding about the whole file sits at offset 0 with no width. */
  findings: readonly Finding[];
  /** Whether the findings' related lines should go along. */
  related: boolean;
}

/** A note about the whole file, at its start. */
function fileFinding(code: string, severity: Finding['severity'], message: string): Finding {
  return { code, severity, message, span: { start: 0, end: 0 }, fixes: [] };
}

/**
 * The diagnostics of a document of `length` characters. `analysis` undefined: it was not analysed, because it is
 * longer than `maxLength` or, in the editor, because of `notChecked` (a limit of the server): one note says which.
 */
export function diagnostics(
  length: number,
  analysis: Analysis | undefined,
  maxProblems = DEFAULT_MAX_PROBLEMS,
  locale: Locale = 'en',
  options: { maxLength?: number; notChecked?: NotChecked } = {},
): DiagnosticsData {
  const maxLength = options.maxLength ?? MAX_ANALYZED_LENGTH;
  const skipped = options.notChecked ?? (!analysis && length > maxLength ? { reason: 'file-size' as const, length, limit: maxLength } : undefined);
  if (skipped) return { findings: [fileFinding(skipped.reason === 'file-size' ? 'file-too-large' : 'workspace-limit', 'warning', notCheckedMessage(skipped, locale))], related: false };
  if (!analysis) return { findings: [], related: false };
  const { shown, omitted } = limitFindings(analysis.findings, maxProblems);
  const findings = omitted > 0 ? [...shown, fileFinding('too-many-findings', 'information', omittedMessage(omitted, analysis.findings.length, maxProblems, locale))] : shown;
  return { findings, related: relatedWanted(analysis, maxProblems) };
}

/** Related lines go along while the findings shown number at most MAX_FINDINGS_WITH_RELATED. */
export function relatedWanted(analysis: Analysis, maxProblems = DEFAULT_MAX_PROBLEMS): boolean {
  return Math.min(analysis.findings.length, maxProblems) <= MAX_FINDINGS_WITH_RELATED;
}

/** Kafka's own documentation of the producer configs; each key has the anchor `producerconfigs_<key>` (ConfigDef.toHtml). */
const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';
/** Codes whose span is not about the key it sits on: no link to that key's documentation. */
const NO_KEY_LINK = new Set(['missing-required', 'malformed-escape', 'non-ascii', 'duplicate-key']);

/** Where Kafka documents what a finding is about: the producer key on its line, or the list of keys for an unknown one. */
export function docsLink(analysis: Analysis, f: Finding): string | undefined {
  if (f.code === 'unknown-key') return KAFKA_PRODUCER_DOCS;
  if (NO_KEY_LINK.has(f.code)) return undefined;
  const entries = analysis.parsed.entries;
  const e = entries[lowerBound(entries, (x) => x.span.end, f.span.start)];
  if (!e || e.span.start > f.span.start || !getKey(e.key, analysis.version)) return undefined;
  return `${KAFKA_PRODUCER_DOCS}_${e.key}`;
}
