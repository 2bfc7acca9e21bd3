// The analysis entry point: parse, read `# kpc:` directives, build the effective config for the target
// Kafka version and client, run every rule, then apply suppressions and severity overrides.
import {
  lineEnding,
  parseProperties,
  readDirectives,
  resolveTarget,
  type Client,
  type KafkaVersion,
  type ParsedProperties,
  type Target,
  type TargetSource,
} from '#core';
import { fileValues, indexEntries, producerModel, type EffectiveValue, type IdempotenceState, type RackState } from './producer';
import { reparseIncremental, textFacts, type TextChange } from './incremental';
import { pluginsNamedIn, type NamedPlugins } from './plugins';
import type { ProjectPolicy } from './project/policy';
import type { ProjectInfo } from './project/resolve';
import { makeContext, type RuleContext } from './rules/context';
import { ruleApplies } from './rules/definition';
import { RULES } from './rules/index';
import type { Finding, Severity } from './types';
import type { SpringView } from './spring/analysis';

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
  /** A team policy (`.kpc.json`), enforced by the `policy` rule. */
  policy?: ProjectPolicy;
  /** The project the file belongs to and where its Kafka version came from (hover and the status item say). */
  project?: ProjectInfo;
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
  /** plugins the file names (serializer, interceptor … classes) and Kafka's own: id → slots naming it */
  plugins: NamedPlugins;
  /** rack-aware partitioning (4.4) as the producer reads it, and whether its start-up check refuses the file */
  rack: RackState;
  /** As given in the options. */
  project?: ProjectInfo;
  /**
   * A Spring Boot file (the `spring` dialect): `parsed`, `effective` and the rest describe the producer
   * config Boot builds from it, written out as a plain config; `findings` are on the Spring file's text.
   */
  spring?: SpringView;
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
  return analyzeParsed(parsed, options);
}

/**
 * What every rule sees for a parsed text: the directives, the target, the producer model. A rule whose
 * scope is `entry` (rules/definition.ts) gives the same findings for an entry when `parsed.entries` holds
 * that entry alone (and `parsed.problems` only its problems): the contract incremental re-checking builds on.
 */
export function ruleContext(parsed: ParsedProperties, options: AnalysisOptions = {}): RuleContext {
  const text = parsed.text;
  const dir = readDirectives(parsed, !textFacts(parsed).noKpc);
  // Target: directive > setting > latest / java.
  const resolution = resolveTarget(options, dir);
  const byKey = indexEntries(parsed.entries);
  const { originals: orig, idempotence: idem, effective, rack } = producerModel(fileValues(parsed, byKey), resolution.target);
  const plugins = pluginsNamedIn(orig.values);
  return makeContext({
    text,
    parsed,
    entries: parsed.entries,
    target: resolution.target,
    resolution,
    directives: dir,
    locale: options.locale ?? 'en',
    byKey,
    orig,
    idem,
    effective,
    plugins,
    rack,
    allowed: new Set([...(options.allowedKeys ?? []), ...dir.allow]),
    eol: lineEnding(text),
    decoded: options.decoded ?? 'unicode',
    asciiOnly: textFacts(parsed).asciiOnly,
    ...(options.policy ? { policy: options.policy } : {}),
  });
}

/** Every rule over an already parsed text (`parsed.text`). Never throws. */
export function analyzeParsed(parsed: ParsedProperties, options: AnalysisOptions = {}): Analysis {
  const ctx = ruleContext(parsed, options);
  const { target, directives: dir } = ctx;
  const { versionSource, clientSource } = ctx.resolution;
  const { version, patch, client } = target;

  const raw: Finding[] = [];
  for (const rule of RULES) {
    if (!ruleApplies(rule, target)) continue;
    try {
      rule.check(ctx, raw);
    } catch {
      // A broken rule must not take the others down; its findings are simply missing.
    }
  }

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
  return { parsed, target, version, versionSource, ...(patch !== undefined ? { patch } : {}), client, clientSource, findings, effective: ctx.effective, idempotence: ctx.idem, rack: ctx.rack, plugins: ctx.plugins, ...(options.project ? { project: options.project } : {}) };
}
