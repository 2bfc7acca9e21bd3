/**
 * Hover on keys and values: the catalog's doc in the user's language, type, default for the
 * target version and how it changed across versions, the effective value here, units made
 * human, and for batching keys how batch.size, linger.ms, buffer.memory and compression work
 * together. Unknown keys get the did-you-mean. Secret values are never shown.
 */
import {
  defaultHistory,
  findKeyInAnyVersion,
  lowerBound,
  otherComponentKey,
  parseDirective,
  pick,
  pluginReaders,
  type KafkaVersion,
  type KeyInfo,
  type Locale,
  type PropertyEntry,
  versionLabel,
} from '#core';
import type { Analysis } from './analyze';
import { provenanceLabel } from './project/resolve';
import { valueMeaning } from './completion';
import { nearMiss, originNoun, reasonText, type NearMissResult } from './nearMiss';
import { suggestablePlugins } from './plugins';
import { keyIndex } from './producer';
import { isSecretKey, safeValue } from './secrets';
import { entryAt, groupLabel, keyInfo } from './symbols';
import type { Finding, Span } from './types';
import { humanize, unitOf, withHuman } from './units';

export interface HoverData {
  /** Markdown. */
  contents: string;
  span: Span;
}

/** The finding of `rule` that starts at `start` (findings are sorted by where they start). */
function findingAt(findings: readonly Finding[], rule: string, start: number): Finding | undefined {
  for (let i = lowerBound(findings, (f) => f.span.start, start); i < findings.length && findings[i]!.span.start === start; i++) if (findings[i]!.code === rule) return findings[i];
  return undefined;
}

const code = (s: string): string => {
  const ticks = s.includes('`') ? '``' : '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
};

function effectiveOf(analysis: Pick<Analysis, 'effective' | 'version'>, key: string): { value: string | null; source: string; entryIndex?: number } {
  const eff = analysis.effective.get(key);
  if (eff) return eff;
  return { value: keyInfo(key, analysis.version)?.default ?? null, source: 'default' };
}

function valueText(key: string, value: string | null, analysis: Pick<Analysis, 'version'>, unit: string | undefined, locale: Locale): string {
  if (value === null) return pick(locale, '*(none)*', '*(없음)*');
  if (isSecretKey(key)) return pick(locale, '*(hidden)*', '*(숨김)*');
  if (value === '') return pick(locale, '*(empty)*', '*(빈 값)*');
  const h = humanize(value, unit, locale);
  const shown = safeValue(key, value);
  return h ? `${code(shown)} (${h})` : code(shown);
}

function historyLine(key: string, unit: string | undefined, locale: Locale): string | undefined {
  let rows: { from: KafkaVersion; default: string | null }[];
  try {
    rows = defaultHistory(key);
  } catch {
    return undefined;
  }
  if (rows.length < 2) return undefined;
  const parts = rows.map((r) => `${r.from}+: ${r.default === null ? pick(locale, '*(none)*', '*(없음)*') : code(withHuman(r.default, unit, locale))}`);
  return `${pick(locale, 'Default across versions', '버전별 기본값')}: ${parts.join(' → ')}`;
}

const BATCHING_KEYS = new Set(['batch.size', 'linger.ms', 'buffer.memory', 'compression.type', 'max.block.ms', 'max.request.size']);

function batchingNote(analysis: Pick<Analysis, 'effective' | 'version'>, locale: Locale): string {
  const v = (k: string): string => {
    const eff = effectiveOf(analysis, k).value ?? '';
    const unit = unitOf(keyInfo(k, analysis.version));
    const h = humanize(eff, unit, locale);
    return h ? `${eff} = ${h}` : unit === 'ms' && /^\d+$/.test(eff) ? `${eff} ms` : eff;
  };
  const batch = Number(effectiveOf(analysis, 'batch.size').value);
  const buffer = Number(effectiveOf(analysis, 'buffer.memory').value);
  const ratio = batch > 0 && buffer > 0 ? Math.floor(buffer / batch) : undefined;
  const en = [
    '**How the batching keys work together**',
    `- Records for one partition collect in a batch of up to \`batch.size\` (${v('batch.size')}) bytes.`,
    `- A batch is sent when it is full or when \`linger.ms\` (${v('linger.ms')}) has passed since its first record, whichever comes first; a bigger \`linger.ms\` fills batches more at the cost of latency.`,
    `- All batches share \`buffer.memory\` (${v('buffer.memory')})${ratio !== undefined ? `, room for about ${ratio} full batches` : ''}; when it is full, \`send()\` blocks for up to \`max.block.ms\` (${v('max.block.ms')}) and then fails.`,
    `- \`compression.type\` (${v('compression.type')}) compresses whole batches, so fuller batches compress better. \`max.request.size\` (${v('max.request.size')}) caps one request.`,
  ];
  const ko = [
    '**배치 관련 키가 함께 동작하는 방식**',
    `- 한 파티션의 레코드는 최대 \`batch.size\` (${v('batch.size')}) 바이트 크기의 배치에 모입니다.`,
    `- 배치는 가득 차거나, 첫 레코드 이후 \`linger.ms\` (${v('linger.ms')})가 지나면 (먼저 오는 쪽) 전송됩니다. \`linger.ms\`를 키우면 배치가 더 차지만 지연이 늘어납니다.`,
    `- 모든 배치는 \`buffer.memory\` (${v('buffer.memory')})를 나눠 씁니다${ratio !== undefined ? ` (가득 찬 배치 약 ${ratio}개 분량)` : ''}. 가득 차면 \`send()\`가 최대 \`max.block.ms\` (${v('max.block.ms')}) 동안 막힌 뒤 실패합니다.`,
    `- \`compression.type\` (${v('compression.type')})은 배치 단위로 압축하므로 배치가 찰수록 압축이 잘 됩니다. \`max.request.size\` (${v('max.request.size')})가 요청 하나의 상한입니다.`,
  ];
  return (locale === 'ko' ? ko : en).join('\n');
}

function sourceText(source: string, entryIndex: number | undefined, analysis: Pick<Analysis, 'parsed'>, locale: Locale): string {
  if (source === 'explicit') {
    const e = entryIndex !== undefined ? analysis.parsed.entries[entryIndex] : undefined;
    return e ? pick(locale, `set on line ${e.line + 1}`, `${e.line + 1}번째 줄에서 설정`) : pick(locale, 'set in this file', '이 파일에서 설정');
  }
  if (source === 'console-producer') return pick(locale, 'written by kafka-console-producer', 'kafka-console-producer가 기록');
  return pick(locale, 'Kafka default', 'Kafka 기본값');
}

/** Who reads a plugin key, whether the file names them, and where the facts were read. */
function pluginLines(info: KeyInfo, locale: Locale): string[] {
  const p = info.plugin;
  if (!p) return [];
  const names = [pluginReaders(p)];
  const short = (c: string): string => code(c.slice(c.lastIndexOf('.') + 1));
  const out: string[] = [];
  if (p.active) {
    out.push(pick(locale, `Read by ${names.join(', ')}${p.kafkaKey ? ` (as ${code(p.kafkaKey)})` : ''}, not by ProducerConfig.`, `ProducerConfig가 아니라 ${names.join(', ')}가 읽습니다${p.kafkaKey ? ` (${code(p.kafkaKey)}로)` : ''}.`));
  } else {
    const classes = p.classes.slice(0, 4).map(short).join(', ');
    out.push(pick(locale,
      `Read by ${names.join(', ')} — this file names none of them${classes ? ` (${classes})` : ''}, so nothing reads it unless the application sets one in code.`,
      `${names.join(', ')}가 읽는 키입니다. 이 파일은 그중 어느 것도 지정하지 않아서${classes ? `(${classes})` : ''} 애플리케이션 코드에서 지정하지 않으면 아무도 읽지 않습니다.`));
  }
  out.push(`*${pick(locale, 'Source', '출처')}: ${p.source.where} (${p.source.read})*`);
  return out;
}

function knownKeyHover(info: KeyInfo, analysis: Pick<Analysis, 'parsed' | 'effective' | 'version' | 'client'>, at: { entry: PropertyEntry; part: 'key' | 'value' } | undefined, locale: Locale): string {
  const doc = info.docs[locale] ?? info.docs.en;
  const lines: string[] = [];
  const importanceKo: Record<string, string> = { high: '높음', medium: '보통', low: '낮음' };
  const meta = [info.type, unitOf(info), groupLabel(info.group, locale), pick(locale, `importance ${info.importance}`, `중요도 ${importanceKo[info.importance] ?? info.importance}`)].filter(Boolean);
  lines.push(`**${code(info.key)}** · ${meta.join(' · ')}`);
  if (info.deprecated && info.plugin) {
    lines.push(`⚠ ${pick(locale, 'Deprecated', '지원 중단')}${info.deprecated.replacement ? pick(locale, `; use ${code(info.deprecated.replacement)} instead`, `; 대신 ${code(info.deprecated.replacement)} 사용`) : ''}`);
  } else if (info.deprecated) {
    const repl = info.deprecated.replacement ? pick(locale, `; use ${code(info.deprecated.replacement)} instead`, `; 대신 ${code(info.deprecated.replacement)} 사용`) : '';
    lines.push(`⚠ ${pick(locale, `Deprecated since Kafka ${info.deprecated.since}`, `Kafka ${info.deprecated.since}부터 지원 중단`)}${repl}`);
  }
  lines.push('', doc.summary);
  if (doc.body) lines.push('', doc.body);
  const plugin = pluginLines(info, locale);
  if (plugin.length) lines.push('', ...plugin);
  if (doc.values) lines.push('', doc.values);
  lines.push('');
  const facts: string[] = [];
  if (info.required) facts.push(pick(locale, '**Required**: no default; the producer refuses to start without it.', '**필수**: 기본값이 없어 설정하지 않으면 프로듀서가 시작되지 않습니다.'));
  else if (info.plugin) facts.push(`${pick(locale, '**Default**', '**기본값**')}: ${info.default === null ? pick(locale, '*(none)*', '*(없음)*') : valueText(info.key, info.default, analysis, unitOf(info), locale)}`);
  else facts.push(`${pick(locale, `**Default** (Kafka ${analysis.version})`, `**기본값** (Kafka ${analysis.version})`)}: ${info.default === null ? pick(locale, '*(none)*', '*(없음)*') : valueText(info.key, info.default, analysis, unitOf(info), locale)}`);
  const hist = historyLine(info.key, unitOf(info), locale);
  if (hist) facts.push(hist);
  if (info.validValues?.length) facts.push(`${pick(locale, 'Valid values', '허용 값')}: ${info.validValues.map(code).join(', ')}`);
  if (info.range && (info.range.min !== undefined || info.range.max !== undefined)) {
    const lo = info.range.min ?? '…';
    const hi = info.range.max ?? '…';
    facts.push(`${pick(locale, 'Range', '범위')}: [${lo}, ${hi}]`);
  }
  const eff = effectiveOf(analysis, info.key);
  const dupCount = keyIndex(analysis.parsed).get(info.key)?.length ?? 0;
  let here = `${pick(locale, '**Here**', '**이 파일에서**')}: ${valueText(info.key, eff.value, analysis, unitOf(info), locale)}, ${sourceText(eff.source, eff.entryIndex, analysis, locale)}`;
  if (dupCount > 1) here += pick(locale, ` (set ${dupCount} times; the last one wins)`, ` (${dupCount}번 설정됨; 마지막 값이 적용됨)`);
  const note = (eff as { note?: unknown }).note;
  if (typeof note === 'string' && note) here += ` — ${note}`;
  else if (eff.source === 'default' && info.default !== null && eff.value !== null && eff.value !== info.default) {
    here += pick(locale, ' — Kafka changes it at start-up because of other settings', ' — 다른 설정 때문에 Kafka가 시작할 때 바꿉니다');
  }
  if (at?.part === 'value' && at.entry.key === info.key && !isSecretKey(info.key)) {
    const raw = at.entry.value;
    if (eff.source !== 'explicit' || eff.value !== raw) {
      here += `\n\n${pick(locale, 'This line', '이 줄')}: ${valueText(info.key, raw, analysis, unitOf(info), locale)}`;
    }
    const meaning = valueMeaning(info.key, raw, locale);
    if (meaning) here += `\n\n${code(`${info.key}=${safeValue(info.key, raw.trim())}`)}: ${meaning}`;
  }
  facts.push(here);
  if (analysis.client === 'console-producer') facts.push(pick(locale, '*Client: kafka-console-producer (it merges its own options into this file).*', '*클라이언트: kafka-console-producer (자체 옵션을 이 파일에 합칩니다).*'));
  lines.push(facts.join('  \n'));
  if (BATCHING_KEYS.has(info.key)) lines.push('', batchingNote(analysis, locale));
  return lines.join('\n');
}

function unknownKeyHover(entry: PropertyEntry, analysis: Pick<Analysis, 'version' | 'findings' | 'plugins'>, locale: Locale, plugin?: KeyInfo): string {
  const key = entry.key;
  const lines: string[] = [];
  lines.push(pick(locale, `**${code(key)}** is not a producer key in Kafka ${analysis.version}.`, `${code(key)}는 Kafka ${analysis.version} 프로듀서 키가 아닙니다.`));
  // Same suggestions as the diagnostic when there is one; otherwise ask the did-you-mean engine.
  const finding = findingAt(analysis.findings, 'unknown-key', entry.keySpan.start);
  // a key a plugin reads is not a misspelt producer key: no did-you-mean for it
  const near: NearMissResult = plugin ? { candidates: [] } : nearMiss(key, analysis.version, suggestablePlugins(analysis.plugins));
  const fromFinding = finding?.data?.suggestions;
  const suggestions = (finding ? (Array.isArray(fromFinding) ? fromFinding.filter((x): x is string => typeof x === 'string') : []) : near.candidates.map((c) => c.key)).slice(0, 3);
  if (suggestions.length) {
    const shown = suggestions.map((k) => {
      const why = reasonText(near.candidates.find((c) => c.key === k)?.reasons ?? [], locale);
      return why ? `${code(k)} (${why})` : code(k);
    });
    lines.push('', pick(locale, `Did you mean ${shown.join(' or ')}?`, `혹시 ${shown.join(' 또는 ')} 키를 말한 건가요?`));
  } else if (near.foreign?.entry.note) {
    const n = near.foreign.entry.note;
    lines.push('', `${originNoun(near.foreign.entry, locale)}: ${pick(locale, n.en, n.ko)}`);
  }
  const other = findKeyInAnyVersion(key);
  if (other) {
    const vs = other.versions;
    lines.push('', pick(locale, `It is a producer key in Kafka ${vs[0]}–${vs[vs.length - 1]}.`, `Kafka ${vs[0]}–${vs[vs.length - 1]}에서는 프로듀서 키입니다.`));
  }
  const comp = otherComponentKey(key, analysis.version);
  if (comp) lines.push('', pick(locale, `This is a ${comp.component} setting: ${comp.note}`, `${comp.component} 설정입니다: ${comp.note}`));
  if (plugin) lines.push('', ...pluginLines(plugin, locale));
  lines.push('', pick(locale,
    'The producer does not fail on unknown keys: it passes them to serializers, interceptors and partitioners, and otherwise ignores them (they only show up in a log line), so a typo silently leaves the real key at its default.',
    '프로듀서는 알 수 없는 키 때문에 실패하지 않습니다. 직렬화기·인터셉터·파티셔너에 넘기고 그 외에는 무시하며(로그 한 줄만 남음), 그래서 오타가 있으면 실제 키는 조용히 기본값으로 남습니다.'));
  return lines.join('\n');
}

function directiveHover(analysis: Analysis, offset: number, locale: Locale): HoverData | null {
  const c = analysis.parsed.comments.find((x) => offset >= x.span.start && offset <= x.span.end);
  const d = c ? parseDirective(c.text) : undefined;
  if (!c || !d) return null;
  let body: string;
  switch (d.kind) {
    case 'kafka-version':
      body = analysis.versionSource === 'comment'
        ? pick(locale, `This file is checked against **Kafka ${analysis.version}** (this comment overrides the \`kafkaProducerConfig.kafkaVersion\` setting).`, `이 파일은 **Kafka ${analysis.version}** 기준으로 검사합니다 (이 주석이 \`kafkaProducerConfig.kafkaVersion\` 설정보다 우선).`)
        : pick(locale, `Not in effect: the file is checked against Kafka ${analysis.version}.`, `적용되지 않음: 이 파일은 Kafka ${analysis.version} 기준으로 검사합니다.`);
      break;
    case 'client':
      body = pick(locale, `Rules and defaults for **${analysis.client}** apply to this file.`, `이 파일에는 **${analysis.client}** 규칙과 기본값이 적용됩니다.`);
      break;
    case 'allow':
      body = pick(locale, 'The keys listed here are not reported as unknown (custom serializer, interceptor or partitioner settings).', '여기 나열한 키는 알 수 없는 키로 보고하지 않습니다 (사용자 정의 직렬화기·인터셉터·파티셔너 설정).');
      break;
    case 'disable-next-line':
      body = pick(locale, 'Silences the listed rule codes (all when none are listed) on the next line.', '다음 줄에서 나열한 규칙 코드(없으면 전부)를 끕니다.');
      break;
    case 'disable':
      body = pick(locale, 'Silences the listed rule codes (all when none are listed) in the whole file.', '파일 전체에서 나열한 규칙 코드(없으면 전부)를 끕니다.');
      break;
    default:
      return null; // the unknown-directive diagnostic says what is wrong
  }
  return { contents: `**${pick(locale, 'kpc directive', 'kpc 지시문')}**\n\n${body}`, span: c.span };
}

export function hover(analysis: Analysis, offset: number, locale: Locale = 'en'): HoverData | null {
  const at = entryAt(analysis, offset);
  if (!at) return directiveHover(analysis, offset, locale);
  const { entry } = at;
  const span = at.part === 'key' ? entry.keySpan : entry.valueSpan.end > entry.valueSpan.start ? entry.valueSpan : entry.keySpan;
  const info = keyInfo(entry.key, analysis.version, analysis.plugins);
  // A plugin key with a common name (Glue's `compression`) counts as known only where its plugin is named.
  if (info && !(info.plugin && !info.plugin.active && !info.plugin.distinctive)) return { contents: knownKeyHover(info, analysis, at, locale) + projectFooter(analysis, locale), span };
  if (!entry.key) return null;
  return { contents: unknownKeyHover(entry, analysis, locale, info) + projectFooter(analysis, locale), span };
}

/**
 * Where the Kafka version came from, when the project decided it or could not ("Kafka 3.6 · from
 * pom.xml"), with what the build file could not tell. Nothing when a setting or a `# kpc:` comment did.
 */
function projectFooter(analysis: Pick<Analysis, 'project' | 'versionSource' | 'version' | 'patch'>, locale: Locale): string {
  const p = analysis.project;
  if (!p || analysis.versionSource === 'comment' || p.source.origin === 'setting') return '';
  if (p.source.origin === 'default' && p.source.notes.length === 0) return '';
  const text = (l: { en: string; ko: string }): string => pick(locale, l.en, l.ko);
  const version = versionLabel(analysis);
  const lines = [`*Kafka ${version} · ${text(provenanceLabel(p.source))}*: ${text(p.source.how)}`, ...p.source.notes.map((n) => `*${text(n)}*`)];
  return `\n\n---\n\n${lines.join('  \n')}`;
}
