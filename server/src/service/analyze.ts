// The analysis entry point: parse, read `# kpc:` directives, build the effective config for the target
// Kafka version and client, run every rule, then apply suppressions and severity overrides.
import { LATEST_VERSION, resolveKafkaVersion, type KafkaVersion, type VersionResolution } from '../../../schemas/catalog/index';
import { buildOriginals, effectiveConfig, evaluateIdempotence, indexEntries, type Client, type EffectiveValue, type IdempotenceState, type Target } from './document';
import { reparseIncremental, textFacts, type TextChange } from './incremental';
import { parseProperties } from './properties/parse';
import type { ProjectPolicy } from './project/policy';
import type { ParsedProperties, PropertyComment } from './properties/types';
import { lineEnding, makeContext } from './rules/context';
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
  /** A team policy (`.kpc.json`), enforced by the `policy` rule. */
  policy?: ProjectPolicy;
}

export interface Analysis {
  parsed: ParsedProperties;
  version: KafkaVersion;
  versionSource: 'setting' | 'comment' | 'default';
  /** patch number when the version was given as major.minor.patch */
  patch?: number;
  client: Client;
  clientSource: 'setting' | 'comment' | 'default';
  /** sorted by span.start */
  findings: Finding[];
  /** what the producer will run with */
  effective: Map<string, EffectiveValue>;
  idempotence: IdempotenceState;
}

interface Directives {
  version?: { value: string; comment: PropertyComment };
  client?: { value: string; comment: PropertyComment };
  allow: string[];
  /** physical line → codes (empty set = every code) */
  nextLine: Map<number, Set<string> | null>;
  /** file-wide disabled codes (null = all) */
  file: Set<string> | null | undefined;
  bad: PropertyComment[];
}

const CODES_RE = /[\s,]+/;

function readDirectives(parsed: ParsedProperties): Directives {
  const d: Directives = { allow: [], nextLine: new Map(), file: undefined, bad: [] };
  // Most files have no directive at all: one native scan of the text instead of a look at every comment.
  if (textFacts(parsed).noKpc) return d;
  for (const c of parsed.comments) {
    if (!c.text.includes('kpc')) continue;
    const text = c.text.trim();
    if (!text.startsWith('kpc')) continue;
    let m: RegExpExecArray | null;
    if ((m = /^kpc-disable-next-line(?:\s+(.*))?$/.exec(text))) {
      const codes = (m[1] ?? '').split(CODES_RE).filter(Boolean);
      const prev = d.nextLine.get(c.line + 1);
      d.nextLine.set(c.line + 1, codes.length === 0 || prev === null ? null : new Set([...(prev ?? []), ...codes]));
    } else if ((m = /^kpc-disable(?:\s+(.*))?$/.exec(text))) {
      const codes = (m[1] ?? '').split(CODES_RE).filter(Boolean);
      d.file = codes.length === 0 || d.file === null ? null : new Set([...(d.file ?? []), ...codes]);
    } else if ((m = /^kpc:\s*kafka[-_.]?version\s*[=:]\s*(\S*)\s*$/i.exec(text))) {
      d.version = { value: m[1]!, comment: c };
    } else if ((m = /^kpc:\s*client\s*[=:]\s*(\S*)\s*$/i.exec(text))) {
      d.client = { value: m[1]!, comment: c };
    } else if ((m = /^kpc:\s*allow\s+(.+)$/i.exec(text))) {
      d.allow.push(...m[1]!.split(CODES_RE).filter(Boolean));
    } else if (/^kpc[:\s-]/.test(text)) {
      d.bad.push(c);
    }
  }
  return d;
}

const CLIENTS: readonly Client[] = ['java', 'console-producer'];

/** For a `# kpc: kafka-version=X` the catalog does not cover: the nearest version it does, written over X. */
function versionFixes(d: { value: string; comment: PropertyComment }, nearest: NonNullable<Extract<VersionResolution, { ok: false }>['nearest']> | undefined, text: string, t: (en: string, ko: string) => string): Fix[] {
  const at = text.lastIndexOf(d.value, d.comment.span.end);
  if (!nearest || d.value === '' || at < d.comment.span.start) return [];
  const why = nearest.relation === 'oldest' ? t('the oldest covered', '다루는 가장 오래된 버전') : nearest.relation === 'newest' ? t('the newest covered', '다루는 최신 버전') : t('the nearest covered below', '그 아래에서 가장 가까운 버전');
  return [{ title: t(`Check against Kafka ${nearest.version} (${why})`, `Kafka ${nearest.version} 기준으로 검사 (${why})`), edits: [{ span: { start: at, end: at + d.value.length }, newText: nearest.version }], preferred: true }];
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

/** Every rule over an already parsed text (`parsed.text`). Never throws. */
export function analyzeParsed(parsed: ParsedProperties, options: AnalysisOptions = {}): Analysis {
  const text = parsed.text;
  const locale = options.locale ?? 'en';
  const t = (en: string, ko: string) => (locale === 'ko' ? ko : en);
  const extra: Finding[] = [];
  const dir = readDirectives(parsed);

  // Target version: directive > setting > latest.
  let version: KafkaVersion = LATEST_VERSION;
  let patch: number | undefined;
  let versionSource: Analysis['versionSource'] = 'default';
  const fromSetting = options.kafkaVersion !== undefined && options.kafkaVersion.trim() !== '' && options.kafkaVersion.trim().toLowerCase() !== 'latest' ? resolveKafkaVersion(options.kafkaVersion) : undefined;
  if (fromSetting?.ok) {
    version = fromSetting.version;
    patch = fromSetting.patch;
    versionSource = 'setting';
  } else if (fromSetting && !fromSetting.ok) {
    extra.push({ code: 'unknown-kafka-version', severity: 'warning', message: t(`Setting kafkaVersion: ${fromSetting.message}. Using ${LATEST_VERSION}.`, `kafkaVersion 설정: ${fromSetting.message}. ${LATEST_VERSION}을(를) 사용합니다.`), span: { start: 0, end: 0 }, fixes: [] });
  }
  if (dir.version) {
    const r = resolveKafkaVersion(dir.version.value);
    if (r.ok) {
      version = r.version;
      patch = r.patch;
      versionSource = 'comment';
    } else {
      extra.push({ code: 'unknown-kafka-version', severity: 'warning', message: t(`${r.message}. Using ${version}.`, `${r.message}. ${version}을(를) 사용합니다.`), span: dir.version.comment.span, fixes: versionFixes(dir.version, r.nearest, parsed.text, t) });
    }
  }
  let client: Client = options.client && CLIENTS.includes(options.client) ? options.client : 'java';
  let clientSource: Analysis['clientSource'] = options.client && CLIENTS.includes(options.client) ? 'setting' : 'default';
  if (dir.client) {
    if ((CLIENTS as readonly string[]).includes(dir.client.value)) {
      client = dir.client.value as Client;
      clientSource = 'comment';
    } else {
      extra.push({ code: 'unknown-directive', severity: 'warning', message: t(`Unknown client '${dir.client.value}'; use java or console-producer. Using ${client}.`, `알 수 없는 client '${dir.client.value}'. java 또는 console-producer를 쓰세요. ${client}을(를) 사용합니다.`), span: dir.client.comment.span, fixes: [] });
    }
  }
  for (const c of dir.bad) {
    extra.push({ code: 'unknown-directive', severity: 'warning', message: t('Unknown kpc directive; known: kpc: kafka-version=X, kpc: client=java|console-producer, kpc: allow KEY..., kpc-disable[-next-line] [CODE...].', '알 수 없는 kpc 지시문입니다. 가능: kpc: kafka-version=X, kpc: client=java|console-producer, kpc: allow KEY..., kpc-disable[-next-line] [CODE...].'), span: c.span, fixes: [] });
  }

  const target: Target = { version, client, ...(patch !== undefined ? { patch } : {}) };
  const byKey = indexEntries(parsed.entries);
  const orig = buildOriginals(parsed, byKey, target);
  const idem = evaluateIdempotence(orig.values, target);
  const effective = effectiveConfig(parsed, byKey, orig, idem, target);
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
    allowed: new Set([...(options.allowedKeys ?? []), ...dir.allow]),
    eol: lineEnding(text),
    decoded: options.decoded ?? 'unicode',
    asciiOnly: textFacts(parsed).asciiOnly,
    ...(options.policy ? { policy: options.policy } : {}),
  });

  const raw: Finding[] = [...extra];
  for (const rule of RULES) {
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
  return { parsed, version, versionSource, ...(patch !== undefined ? { patch } : {}), client, clientSource, findings, effective, idempotence: idem };
}
