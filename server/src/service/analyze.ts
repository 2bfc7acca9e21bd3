// The analysis entry point: parse, read `# kpc:` directives, build the effective config for the target
// Kafka version and client, run every rule, then apply suppressions and severity overrides.
import {
  getKey,
  LATEST_VERSION,
  lineEnding,
  parseProperties,
  readDirectives,
  resolveTarget,
  type Client,
  type KafkaVersion,
  type ParsedProperties,
  type Target,
  type TargetSource,
  type ValueDirective,
  type VersionResolution,
} from '#core';
import { fileValues, indexEntries, producerModel, updateModel, type EffectiveValue, type ExplicitValue, type IdempotenceState, type ProducerModel, type RackState } from './producer';
import { entryEdit, reparseIncremental, textFacts, type TextChange } from './incremental';
import { KEYWISE_RULES, runKeywise, type KeyCache } from './keyCache';
import { makeContext } from './rules/context';
import { RULES } from './rules/index';
import type { Finding, Fix, Severity } from './types';

export interface AnalysisOptions {
  /** from settings; a `# kpc: kafka-version=X` comment in the file wins */
  kafkaVersion?: string;
  /** also `# kpc: client=console-producer` */
  client?: Client;
  /** per-code overrides */
  severity?: Record<string, Severity | 'off'>;
  /** plus `# kpc: allow key1 key2` comments */
  allowedKeys?: string[];
  locale?: 'en' | 'ko';
  /** 'latin1' when the text is the ISO-8859-1 decoding of the file's bytes (the CLI); default 'unicode' (editor text) */
  decoded?: 'unicode' | 'latin1';
}

export interface Analysis {
  parsed: ParsedProperties;
  /** What the file is checked for (version, patch, client); the same as the fields below. */
  target: Target;
  version: KafkaVersion;
  versionSource: TargetSource;
  /** patch number when the version was given as major.minor.patch */
  patch?: number;
  client: Client;
  clientSource: TargetSource;
  /** sorted by span.start */
  findings: Finding[];
  /** what the producer will run with */
  effective: Map<string, EffectiveValue>;
  idempotence: IdempotenceState;
  /** rack-aware partitioning (4.4) as the producer reads it, and whether its start-up check refuses the file */
  rack: RackState;
}

/** For a `# kpc: kafka-version=X` the catalog does not cover: the nearest version it does, written over X. */
function versionFixes(d: ValueDirective, nearest: NonNullable<Extract<VersionResolution, { ok: false }>['nearest']> | undefined, t: (en: string, ko: string) => string): Fix[] {
  if (!nearest || d.value === '') return [];
  const why = nearest.relation === 'oldest' ? t('the oldest covered', '다루는 가장 오래된 버전') : nearest.relation === 'newest' ? t('the newest covered', '다루는 최신 버전') : t('the nearest covered below', '그 아래에서 가장 가까운 버전');
  return [{ title: t(`Check against Kafka ${nearest.version} (${why})`, `Kafka ${nearest.version} 기준으로 검사 (${why})`), edits: [{ span: d.valueSpan, newText: nearest.version }], preferred: true }];
}

/**
 * What an analysis hands to the analysis after an edit (which consumes it): the findings kept per key
 * (keyCache.ts) and, for an edit inside one value, the key index and the producer model to update.
 */
interface Carry {
  keyCache: KeyCache;
  options: string;
  byKey: Map<string, number[]>;
  explicit: Map<string, ExplicitValue>;
  model: ProducerModel;
  renameTargets: { renameTargets?: Map<string, number> };
}
const CARRIES = new WeakMap<Analysis, Carry>();

function optionsKey(o: AnalysisOptions): string {
  return JSON.stringify([o.kafkaVersion, o.client, o.locale, o.decoded, o.allowedKeys]);
}

function sameTarget(a: Target, b: Target): boolean {
  return a.version === b.version && a.patch === b.patch && a.client === b.client;
}

/** Run every rule over `text`. Never throws. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return analyzeParsed(parseProperties(text), options);
}

/**
 * The analysis of a document after `changes` (applied in order, offsets into the text each one
 * applies to), reusing `prev`'s parse: when every change stays inside one physical line that stands
 * alone (no continuation backslash on it or before it), only that line is read again. Otherwise a
 * full analysis. `text` is the document after the changes. The result equals `analyze(text, options)`.
 * `prev` is consumed: its parse is updated in place (spans shifted), so it must not be used afterwards.
 */
export function analyzeIncremental(prev: Analysis, changes: readonly TextChange[], text: string, options: AnalysisOptions = {}): Analysis {
  let parsed: ParsedProperties | undefined = prev.parsed;
  try {
    for (let i = 0; i < changes.length && parsed; i++) parsed = reparseIncremental(parsed, changes[i]!, i === changes.length - 1 ? text : undefined);
  } catch {
    parsed = undefined;
  }
  // The result must be for `text` exactly (e.g. a document opened again without a change in between).
  // After the one-line path parsed.text is `text` itself, so this is a pointer comparison.
  if (!parsed || parsed.text !== text) return analyze(text, options);
  const carry = CARRIES.get(prev);
  return analyzeParsed(parsed, options, carry && (changes.length === 1 ? carry : { keyCache: carry.keyCache }));
}

/**
 * Every rule over an already parsed text (`parsed.text`). Never throws. With `carry` (from the analysis of
 * the text before one edit, whose untouched entries `parsed` still holds), the key-wise rules re-check only
 * the keys whose lines changed, and an edit inside one value updates the key index and the producer model
 * instead of building them again.
 */
export function analyzeParsed(parsed: ParsedProperties, options: AnalysisOptions = {}, carry?: Partial<Carry>): Analysis {
  const text = parsed.text;
  const locale = options.locale ?? 'en';
  const t = (en: string, ko: string) => (locale === 'ko' ? ko : en);
  const extra: Finding[] = [];
  const dir = readDirectives(parsed, !textFacts(parsed).noKpc);

  // Target: directive > setting > latest / java.
  const resolved = resolveTarget(options, dir);
  const { target, versionSource, clientSource } = resolved;
  const { version, patch, client } = target;
  if (resolved.badSetting) {
    extra.push({ code: 'unknown-kafka-version', severity: 'warning', message: t(`Setting kafkaVersion: ${resolved.badSetting.message}. Using ${LATEST_VERSION}.`, `kafkaVersion 설정: ${resolved.badSetting.message}. ${LATEST_VERSION}을(를) 사용합니다.`), span: { start: 0, end: 0 }, fixes: [] });
  }
  if (resolved.badVersionComment) {
    const { directive, resolution } = resolved.badVersionComment;
    extra.push({ code: 'unknown-kafka-version', severity: 'warning', message: t(`${resolution.message}. Using ${version}.`, `${resolution.message}. ${version}을(를) 사용합니다.`), span: directive.comment.span, fixes: versionFixes(directive, resolution.nearest, t) });
  }
  if (resolved.badClientComment) {
    const { value, comment } = resolved.badClientComment;
    extra.push({ code: 'unknown-directive', severity: 'warning', message: t(`Unknown client '${value}'; use java or console-producer. Using ${client}.`, `알 수 없는 client '${value}'. java 또는 console-producer를 쓰세요. ${client}을(를) 사용합니다.`), span: comment.span, fixes: [] });
  }
  for (const c of dir.bad) {
    extra.push({ code: 'unknown-directive', severity: 'warning', message: t('Unknown kpc directive; known: kpc: kafka-version=X, kpc: client=java|console-producer, kpc: allow KEY..., kpc-disable[-next-line] [CODE...].', '알 수 없는 kpc 지시문입니다. 가능: kpc: kafka-version=X, kpc: client=java|console-producer, kpc: allow KEY..., kpc-disable[-next-line] [CODE...].'), span: c.span, fixes: [] });
  }

  // One value edited (same key, same entries), same settings and target: update the index and the model.
  const edit = entryEdit(parsed);
  const opts = optionsKey(options);
  const same = carry?.model && carry.byKey && carry.explicit && carry.renameTargets && edit && edit.before.key === edit.after.key && carry.options === opts && sameTarget(carry.model.target, target);
  let byKey: Map<string, number[]>;
  let explicit: Map<string, ExplicitValue>;
  let model: ProducerModel;
  let hint: { edited: string; modelChanged: boolean } | undefined;
  let renameTargets: { renameTargets?: Map<string, number> };
  if (same) {
    ({ byKey, explicit, model, renameTargets } = carry as Carry);
    const idx = byKey.get(edit.after.key)!;
    const last = idx[idx.length - 1] === edit.index && edit.before.value !== edit.after.value;
    if (last) updateModel(model, explicit, edit.after.key, { value: edit.after.value, entryIndex: edit.index });
    hint = { edited: edit.after.key, modelChanged: last && getKey(edit.after.key, version) !== undefined };
  } else {
    byKey = indexEntries(parsed.entries);
    explicit = fileValues(parsed, byKey) as Map<string, ExplicitValue>;
    model = producerModel(explicit, target);
    renameTargets = {};
  }
  const { originals: orig, idempotence: idem, effective, rack } = model;
  const ctx = makeContext({
    text,
    parsed,
    entries: parsed.entries,
    target,
    locale,
    byKey,
    orig,
    idem,
    effective,
    rack,
    allowed: new Set([...(options.allowedKeys ?? []), ...dir.allow]),
    eol: lineEnding(text),
    decoded: options.decoded ?? 'unicode',
    asciiOnly: textFacts(parsed).asciiOnly,
  }, renameTargets);

  // Each rule's findings in its own list, then all of them in rule order (ties in position keep that order).
  const byRule: Finding[][] = RULES.map(() => []);
  const keyCache = runKeywise(ctx, RULES, carry?.keyCache, byRule, hint);
  RULES.forEach((rule, r) => {
    if (KEYWISE_RULES.has(rule)) return;
    try {
      rule.check(ctx, byRule[r]!);
    } catch {
      // A broken rule must not take the others down; its findings are simply missing.
    }
  });
  const raw: Finding[] = extra.concat(...byRule);

  // Suppressions, then severity overrides.
  const lineOf = (offset: number): number => {
    const starts = parsed.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const overrides = options.severity ?? {};
  const findings: Finding[] = [];
  for (const f of raw) {
    if (dir.file === null || dir.file?.has(f.code)) continue;
    if (dir.nextLine.size) {
      const codes = dir.nextLine.get(lineOf(f.span.start));
      if (codes === null || codes?.has(f.code)) continue;
    }
    const o = overrides[f.code];
    if (o === 'off') continue;
    findings.push(o ? { ...f, severity: o } : f);
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const analysis: Analysis = { parsed, target, version, versionSource, ...(patch !== undefined ? { patch } : {}), client, clientSource, findings, effective, idempotence: idem, rack };
  CARRIES.set(analysis, { keyCache, options: opts, byKey, explicit, model, renameTargets });
  return analysis;
}
