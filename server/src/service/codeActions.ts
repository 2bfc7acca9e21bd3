/**
 * Code actions: every finding's fixes as quick fixes, `source.fixAll.kpc` for the whole file,
 * and refactors that change several keys together (idempotence, throughput, latency).
 * Pure: spans in, edits out; server.ts turns them into LSP WorkspaceEdits.
 */
import { hostMessage, message, setKeysEdits, type Locale, type HostMessageKey } from '#core';
import { keyInfo } from './symbols';
import type { Analysis, AnalysisOptions } from './analyze';
import { fixAll } from './fixAll';
import { hasSafeFix } from './lazyFinding';
import { analyzeSpring } from './spring/analysis';
import type { Finding, Span, TextEdit } from './types';
import { suppressor } from './suppress';
import { humanize, unitOf } from './units';

export const FIX_ALL_KIND = 'source.fixAll.kpc';
export const REFACTOR_KIND = 'refactor.rewrite.kpc';
export const CODE_ACTION_KINDS = ['quickfix', FIX_ALL_KIND, REFACTOR_KIND] as const;

export interface CodeActionData {
  title: string;
  kind: string;
  edits: TextEdit[];
  isPreferred?: boolean;
  /** The findings this action resolves (quick fixes and fix-all). */
  findings?: Finding[];
  /** Fix-all offered without its edit (`lazyFixAll`): compute it with `resolveFixAll`. */
  unresolved?: boolean;
}

export interface CodeActionRequest {
  /** The selection or cursor (empty span). */
  span: Span;
  /** LSP `context.only`: action kinds wanted (prefix match, `source.fixAll` matches `source.fixAll.kpc`). */
  only?: string[];
  /** The options the analysis was made with (fix-all re-analyses with the same ones). */
  options?: AnalysisOptions;
  locale?: Locale;
  /** Offer fix-all without computing it (for clients that resolve code actions). */
  lazyFixAll?: boolean;
}

function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** One edit turning `before` into `after` (common prefix and suffix kept). */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { span: { start, end: endB }, newText: after.slice(start, endA) };
}

/** Lines of `text` with their end-of-line, and where each starts. */
function linesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      out.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

const RESYNC_WINDOW = 64;

/**
 * Edits turning `before` into `after`, one per changed stretch of lines and each trimmed to what
 * changes, so that text between changes (a password two fixes apart) is never sent back as newText.
 * Lines are matched greedily with a bounded look-ahead: fixes change a few lines at a time.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = linesOf(before);
  const b = linesOf(after);
  const out: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.text === b[j]!.text) {
      i++;
      j++;
      continue;
    }
    // the nearest place where the two agree again (or both ends)
    let di = a.length - i;
    let dj = b.length - j;
    search: for (let s = 1; s <= 2 * RESYNC_WINDOW; s++) {
      for (let x = Math.max(0, s - RESYNC_WINDOW); x <= Math.min(s, RESYNC_WINDOW); x++) {
        const y = s - x;
        const ai = i + x;
        const bj = j + y;
        if (ai > a.length || bj > b.length) continue;
        if ((ai === a.length && bj === b.length) || (ai < a.length && bj < b.length && a[ai]!.text === b[bj]!.text)) {
          di = x;
          dj = y;
          break search;
        }
      }
    }
    const from = i < a.length ? a[i]!.start : before.length;
    const to = i + di < a.length ? a[i + di]!.start : before.length;
    const bFrom = j < b.length ? b[j]!.start : after.length;
    const bTo = j + dj < b.length ? b[j + dj]!.start : after.length;
    const e = diffEdit(before.slice(from, to), after.slice(bFrom, bTo));
    if (e) out.push({ span: { start: from + e.span.start, end: from + e.span.end }, newText: e.newText });
    i += di;
    j += dj;
  }
  return out;
}

function effective(analysis: Pick<Analysis, 'effective' | 'version'>, key: string): string | undefined {
  return analysis.effective.get(key)?.value ?? keyInfo(key, analysis.version)?.default ?? undefined;
}

function explicit(analysis: Pick<Analysis, 'parsed'>, key: string): string | undefined {
  let v: string | undefined;
  for (const e of analysis.parsed.entries) if (e.key === key) v = e.value.trim();
  return v;
}

/** Values that make the producer idempotent in every version: explicit, so a conflict fails loudly instead of silently turning idempotence off. */
export function idempotentValues(analysis: Pick<Analysis, 'parsed' | 'effective' | 'version'>): [string, string][] {
  const out: [string, string][] = [];
  if (explicit(analysis, 'enable.idempotence')?.toLowerCase() !== 'true') out.push(['enable.idempotence', 'true']);
  const acks = explicit(analysis, 'acks');
  if (acks !== 'all' && acks !== '-1') out.push(['acks', 'all']);
  const retries = explicit(analysis, 'retries');
  if (retries !== undefined && !(Number(retries) > 0)) out.push(['retries', keyInfo('retries', analysis.version)?.default ?? '2147483647']);
  const inflight = explicit(analysis, 'max.in.flight.requests.per.connection');
  if (inflight !== undefined && !(Number(inflight) >= 1 && Number(inflight) <= 5)) out.push(['max.in.flight.requests.per.connection', '5']);
  return out;
}

/**
 * Throughput: fuller, compressed batches. linger.ms=20 gives batches time to fill (Kafka 4.0
 * itself moved the default from 0 to 5 for this reason), batch.size=128 KiB lets a busy
 * partition send bigger requests while buffer.memory (32 MiB default) still holds ~256 of them,
 * and lz4 compresses well at low CPU. Only raises values; durability (acks) is untouched.
 */
export function throughputValues(analysis: Pick<Analysis, 'parsed' | 'effective' | 'version'>): [string, string][] {
  const out: [string, string][] = [];
  if (!(Number(effective(analysis, 'linger.ms')) >= 20)) out.push(['linger.ms', '20']);
  if (!(Number(effective(analysis, 'batch.size')) >= 131072)) out.push(['batch.size', '131072']);
  if ((effective(analysis, 'compression.type') ?? 'none') === 'none') out.push(['compression.type', 'lz4']);
  const buffer = Number(effective(analysis, 'buffer.memory'));
  if (Number.isFinite(buffer) && buffer > 0 && buffer < 131072 * 16) out.push(['buffer.memory', '33554432']);
  return out;
}

/**
 * Latency: send each record as soon as the sender can (linger.ms=0). With no lingering the
 * batches are small, so compression gains little and costs CPU on the send path: turn it off.
 * acks is left alone: lowering it would also switch idempotence off.
 */
export function latencyValues(analysis: Pick<Analysis, 'parsed' | 'effective' | 'version'>): [string, string][] {
  const out: [string, string][] = [];
  if (effective(analysis, 'linger.ms') !== '0') out.push(['linger.ms', '0']);
  if ((effective(analysis, 'compression.type') ?? 'none') !== 'none') out.push(['compression.type', 'none']);
  return out;
}

function describe(values: [string, string][], analysis: Pick<Analysis, 'version'>, locale: Locale): string {
  return values
    .map(([k, v]) => {
      const unit = unitOf(keyInfo(k, analysis.version));
      const h = unit === 'bytes' ? humanize(v, unit, locale) : undefined;
      return `${k}=${h && !h.startsWith('≈') ? h : v}`;
    })
    .join(', ');
}

/** The fix-all action with its edits (one per changed stretch, each minimal), or undefined when nothing changes. */
export function resolveFixAll(analysis: Analysis, options: AnalysisOptions, locale: Locale = 'en'): CodeActionData | undefined {
  const text = analysis.parsed.text;
  const spring = analysis.spring;
  const result = spring ? fixAll(text, options, (t, o) => analyzeSpring(t, { ...spring.input, ...o })) : fixAll(text, options);
  const edits = diffEdits(text, result.text);
  if (edits.length === 0 || result.applied === 0) return undefined;
  return {
    title: message(locale, 'codeActions.fixAllCount', { applied: result.applied }),
    kind: FIX_ALL_KIND,
    edits,
  };
}

export function codeActions(analysis: Analysis, req: CodeActionRequest): CodeActionData[] {
  const locale = req.locale ?? 'en';
  const out: CodeActionData[] = [];
  if (wanted('quickfix', req.only)) {
    const ignores: CodeActionData[] = [];
    const seen = new Set<string>();
    let suppress: ReturnType<typeof suppressor> | undefined;
    for (const f of analysis.findings) {
      if (!overlaps(f.span, req.span)) continue;
      for (const fix of f.fixes) {
        if (fix.edits.length === 0) continue;
        out.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, isPreferred: fix.preferred || undefined, findings: [f] });
      }
      // After every real fix: silencing comments (one per title when several findings share it).
      suppress ??= suppressor(analysis, locale);
      for (const s of suppress(f)) {
        if (seen.has(s.title)) continue;
        seen.add(s.title);
        ignores.push({ title: s.title, kind: 'quickfix', edits: s.edits, findings: [f] });
      }
    }
    out.push(...ignores);
  }
  // Without resolve, fix-all is computed only when explicitly asked for (source menu, on save):
  // it re-analyses the whole file, too much for every cursor move.
  if (wanted(FIX_ALL_KIND, req.only) && (req.lazyFixAll || (req.only?.length ?? 0) > 0)) {
    const fixable = analysis.findings.filter(hasSafeFix);
    if (fixable.length) {
      if (req.lazyFixAll) {
        // Computing fix-all re-analyses the file until it is stable: leave it to resolve time.
        out.push({ title: message(locale, 'codeActions.fixAll'), kind: FIX_ALL_KIND, edits: [], findings: fixable, unresolved: true });
      } else {
        const resolved = resolveFixAll(analysis, req.options ?? {}, locale);
        if (resolved) out.push({ ...resolved, findings: fixable });
      }
    }
  }

  // the refactors write producer-config lines: not offered on a Spring file
  if (wanted(REFACTOR_KIND, req.only) && !analysis.spring) {
    const refactors: { values: [string, string][]; title: HostMessageKey }[] = [
      { values: idempotentValues(analysis), title: 'codeActions.idempotent' },
      { values: throughputValues(analysis), title: 'codeActions.throughput' },
      { values: latencyValues(analysis), title: 'codeActions.latency' },
    ];
    for (const r of refactors) {
      if (r.values.length === 0) continue;
      const edits = setKeysEdits(analysis.parsed, r.values);
      if (edits.length === 0) continue;
      out.push({ title: hostMessage(locale, 'codeActions.refactor', { title: hostMessage(locale, r.title), values: describe(r.values, analysis, locale) }), kind: REFACTOR_KIND, edits });
    }
  }
  return out;
}
