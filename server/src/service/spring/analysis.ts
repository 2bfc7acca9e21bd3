// A Spring Boot file through the same analysis as a producer config: Boot's producer config is
// projected to a plain config (projection.ts), every Kafka rule runs on it, and each finding is moved
// back onto the Spring line its value came from, with related lines showing what overrides what; then
// the Spring rules (spring/rules/) add what only Boot does. Suppressions (`# kpc-disable…`) and
// severities apply on the Spring file's own lines. Never throws.
import { lineOfOffset, readDirectives, ruleMessages, resolveKafkaVersion, type Locale } from '#core';
import { managedKafka } from '../../../../schemas/spring/index';
import { analyze, type Analysis, type AnalysisOptions } from '../analyze';
import type { Finding, Fix, RelatedSpan } from '../types';
import { analyzeSpringFile, type SpringFileAnalysis } from './index';
import { project, toRealEdit, toRealSpan, lineAt, type Projection } from './projection';
import { springContext } from './rules/context';
import { SPRING_RULES } from './rules/index';

export interface SpringAnalysisInput extends AnalysisOptions {
  /** the document's path or URI (its name picks the format and the profile) */
  path: string;
  /** from the `kafkaProducerConfig.springBootVersion` setting (or a build file); a `# kpc: spring-boot=` comment wins */
  springBootVersion?: string;
}

/** What a Spring document's analysis carries besides the plain config's. */
export interface SpringView {
  path: string;
  /** what it was analysed with (fix-all analyses the fixed text again with the same) */
  input: SpringAnalysisInput;
  /** the Spring file's text (the analysis' `parsed` is the plain config's) */
  text: string;
  file: SpringFileAnalysis;
  projection: Projection;
  /** the plain config's own analysis (spans in projection.text) */
  plain: Analysis;
  /** where the Kafka version came from when neither a setting nor a comment gave one */
  kafkaFromBoot?: string;
}

/** The Kafka version a Boot target manages, when the catalog covers it. */
function bootKafka(file: SpringFileAnalysis): string | undefined {
  const m = managedKafka(file.target);
  if (!m) return undefined;
  const r = resolveKafkaVersion(m.minor);
  return r.ok ? r.version : r.nearest?.version;
}

function mapFix(p: Projection, file: SpringFileAnalysis, fix: Fix): Fix | undefined {
  const edits = [];
  for (const e of fix.edits) {
    const real = toRealEdit(p, file.source, e);
    if (!real) return undefined;
    edits.push(...real);
  }
  return edits.length ? { ...fix, edits } : undefined;
}

/** The Spring lines that wrote the same Kafka key before the winning one. */
function overrideLines(p: Projection, vStart: number, locale: Locale): RelatedSpan[] {
  const l = lineAt(p, vStart);
  if (!l) return [];
  const out: RelatedSpan[] = [];
  const msg = ruleMessages(locale);
  for (const o of l.entry.overrides) {
    if (!o.writer.origin) continue;
    out.push({ span: o.writer.origin.entry.keySpan, message: msg('rule.shared.springOverriddenHere', { property: o.writer.property }) });
  }
  if (l.entry.by.kind === 'factory' && l.entry.by.origin) out.push({ span: l.entry.by.origin.entry.keySpan, message: msg('rule.shared.springSetByThisLine', { key: l.key }) });
  return out;
}

export function analyzeSpring(text: string, input: SpringAnalysisInput): Analysis {
  const locale = input.locale ?? 'en';
  const file = analyzeSpringFile(input.path, text, input.springBootVersion ? { bootVersion: input.springBootVersion } : {});
  const projection = project(file);
  // `latest` (the setting's default) says nothing: the Kafka version Boot manages applies
  const kafkaSet = !!input.kafkaVersion && input.kafkaVersion.trim().toLowerCase() !== 'latest';
  const fromBoot = kafkaSet ? undefined : bootKafka(file);
  const plain = analyze(projection.text, { ...input, ...(fromBoot ? { kafkaVersion: fromBoot } : {}), severity: {} });
  const findings: Finding[] = [];
  for (const f of plain.findings) {
    // a `${...}` value is resolved when the application starts: nothing can be said about it here
    const at = lineAt(projection, f.span.start);
    if (at?.entry.placeholder && (f.span.start >= at.vValue.start || f.code === 'invalid-value' || f.code === 'out-of-range')) continue;
    const span = toRealSpan(projection, f.span);
    if (!span) continue;
    const related: RelatedSpan[] = [];
    for (const r of f.related ?? []) {
      const s = toRealSpan(projection, r.span);
      if (s && !(s.start === 0 && s.end === 0)) related.push({ ...r, span: s });
    }
    related.push(...overrideLines(projection, f.span.start, locale));
    const fixes = f.fixes.map((x) => mapFix(projection, file, x)).filter((x): x is Fix => !!x);
    const { related: _drop, ...rest } = f;
    findings.push({ ...rest, span, fixes, ...(related.length ? { related } : {}) });
  }
  const ctx = springContext(file, projection, plain.version, locale);
  if (file.unresolved) {
    const c = file.directives.bootVersion?.comment;
    findings.push({
      code: 'unknown-spring-boot-version',
      severity: 'warning',
      span: c && file.targetSource === 'comment' ? c.span : { start: 0, end: 0 },
      fixes: [],
      message: ctx.msg('rule.unknown-spring-boot-version.pickASpringBoot', { input: file.unresolved.input, boot: ctx.boot }),
    });
  }
  for (const rule of SPRING_RULES) {
    try {
      rule.check(ctx, findings);
    } catch {
      // a broken rule loses its own findings only
    }
  }
  // Suppressions on the Spring file's lines, then severities.
  const dir = readDirectives({ comments: file.source.comments }, text.includes('kpc'));
  const overrides = input.severity ?? {};
  const kept: Finding[] = [];
  for (const f of findings) {
    if (dir.file === null || dir.file?.has(f.code)) continue;
    const codes = dir.nextLine.get(lineOfOffset(file.source.lineStarts, f.span.start));
    if (codes === null || codes?.has(f.code)) continue;
    const o = overrides[f.code];
    if (o === 'off') continue;
    kept.push(o ? { ...f, severity: o } : f);
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const view: SpringView = { path: input.path, input, text, file, projection, plain, ...(fromBoot ? { kafkaFromBoot: fromBoot } : {}) };
  return { ...plain, ...(fromBoot ? { versionSource: 'default' as const } : {}), findings: kept, spring: view };
}
