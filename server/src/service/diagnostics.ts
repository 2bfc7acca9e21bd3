// What an editor is shown for a document: the findings (the most severe `maxNumberOfProblems`, and one
// more saying how many were left out), a note instead when the file is too large to check, whether the
// related lines go along, and where each finding is documented (its rule's page, Kafka's page of the key).
import { getKey, lowerBound, type Locale } from '#core';
import type { Analysis } from './analyze';
import { DEFAULT_MAX_PROBLEMS, limitFindings, MAX_ANALYZED_LENGTH, notCheckedMessage, omittedMessage, type NotChecked } from './limit';
import { fileTooLarge } from './rules/fileTooLarge';
import { hostFinding, ruleDocPath } from './rules/definition';
import { ruleByCode } from './rules/index';
import { tooManyFindings } from './rules/tooManyFindings';
import { workspaceLimit } from './rules/workspaceLimit';
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
  if (skipped) {
    const message = notCheckedMessage(skipped, locale);
    return { findings: [hostFinding(skipped.reason === 'file-size' ? fileTooLarge : workspaceLimit, message)], related: false };
  }
  if (!analysis) return { findings: [], related: false };
  const { shown, omitted } = limitFindings(analysis.findings, maxProblems);
  const findings = omitted > 0 ? [...shown, hostFinding(tooManyFindings, omittedMessage(omitted, analysis.findings.length, maxProblems, locale))] : shown;
  return { findings, related: relatedWanted(analysis, maxProblems) };
}

/** Related lines go along while the findings shown number at most MAX_FINDINGS_WITH_RELATED. */
export function relatedWanted(analysis: Analysis, maxProblems = DEFAULT_MAX_PROBLEMS): boolean {
  return Math.min(analysis.findings.length, maxProblems) <= MAX_FINDINGS_WITH_RELATED;
}

/** Kafka's own documentation of the producer configs; each key has the anchor `producerconfigs_<key>` (ConfigDef.toHtml). */
const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';

export interface DocsLinks {
  /** The rule's page, relative to the package root (`docs/rules/CODE.md`). */
  rule?: string;
  /** Kafka's documentation of the key the finding sits on (rules whose findings are on a key), or of every key (unknown-key). */
  kafka?: string;
}

/** Where a finding is documented: its rule's page, and Kafka's documentation of the producer key on its line. */
export function docsLinks(analysis: Analysis, f: Finding): DocsLinks {
  const rule = ruleByCode(f.code);
  if (!rule) return {};
  const out: DocsLinks = { rule: ruleDocPath(rule.code) };
  if (!rule.onKey) return out;
  if (rule.code === 'unknown-key') return { ...out, kafka: KAFKA_PRODUCER_DOCS };
  const entries = analysis.parsed.entries;
  const e = entries[lowerBound(entries, (x) => x.span.end, f.span.start)];
  if (e && e.span.start <= f.span.start && getKey(e.key, analysis.version)) out.kafka = `${KAFKA_PRODUCER_DOCS}_${e.key}`;
  return out;
}
