// A rule's documentation as text: the page docs/rules/CODE.md (both languages), what `kpc rules CODE` prints
// (one language), the rule list of the README and of `kpc rules`. All of it is read from the registry.
import { pick, type Locale } from '#core';
import { ruleDocPath, type RuleDefinition } from './rules/definition';
import { REGISTRY } from './rules/index';

const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';

const SEVERITY_KO: Record<string, string> = { error: '오류', warning: '경고', information: '정보', hint: '힌트' };
const CATEGORY_KO: Record<string, string> = {
  file: '파일', names: '키 이름', values: '값', idempotence: '멱등성', 'start-up': '시작 시 검사', batching: '배치', security: '보안', editor: '편집기',
};

function severityText(def: RuleDefinition, locale: Locale): string {
  const name = (s: string) => (locale === 'ko' ? SEVERITY_KO[s] ?? s : s);
  const others = def.severities.filter((s) => s !== def.defaultSeverity).map(name);
  return name(def.defaultSeverity) + (others.length ? pick(locale, ` (also ${others.join(', ')}, by case)`, ` (경우에 따라 ${others.join(', ')})`) : '');
}

/** "Kafka 3.3 and later; kafka-console-producer only" or "every version and client". */
export function appliesText(def: RuleDefinition, locale: Locale): string {
  const a = def.appliesTo;
  const parts: string[] = [];
  if (a?.since) parts.push(pick(locale, `Kafka ${a.since} and later`, `Kafka ${a.since} 이상`));
  if (a?.releases) parts.push(pick(locale, `Kafka ${a.releases.join(' and ')} only`, `Kafka ${a.releases.join(', ')}만`));
  if (a?.clients) parts.push(a.clients.map((c) => (c === 'java' ? pick(locale, 'the Java client (KafkaProducer)', 'Java 클라이언트(KafkaProducer)') : 'kafka-console-producer')).join(', ') + pick(locale, ' only', '만'));
  return parts.length ? parts.join('; ') : pick(locale, 'every covered Kafka version and client', '다루는 모든 Kafka 버전과 클라이언트');
}

function exampleBlock(def: RuleDefinition, locale: Locale): string[] {
  const ex = def.example;
  if (!ex) return [];
  const head = ex.target ? `# kpc: ${ex.target}\n` : '';
  return [
    `## ${pick(locale, 'Example', '예')}`,
    '',
    '```properties',
    (head + ex.bad).trimEnd(),
    '```',
    '',
    pick(locale, 'Fixed:', '고친 뒤:'),
    '',
    '```properties',
    (head + ex.good).trimEnd(),
    '```',
    '',
  ];
}

/** One language's part of a rule's page (also `kpc rules CODE`). */
export function ruleSection(def: RuleDefinition, locale: Locale): string {
  const d = def.docs[locale];
  const lines = [
    d.summary,
    '',
    `- ${pick(locale, 'Severity', '심각도')}: ${severityText(def, locale)}`,
    `- ${pick(locale, 'Category', '분류')}: ${locale === 'ko' ? CATEGORY_KO[def.category] ?? def.category : def.category}`,
    `- ${pick(locale, 'Applies to', '적용 대상')}: ${appliesText(def, locale)}`,
    def.configurable
      ? `- ${pick(locale, 'Configure', '설정')}: \`"kafkaProducerConfig.severity": { "${def.code}": "off" }\`, \`kpc check --severity ${def.code}=off\`, \`# kpc-disable ${def.code}\``
      : `- ${pick(locale, 'Configure', '설정')}: ${pick(locale, 'not a finding of the file: the severity setting and kpc-disable comments do not apply', '파일의 문제가 아니라서 심각도 설정과 kpc-disable 주석이 적용되지 않습니다')}`,
    '',
    `## ${pick(locale, 'What it checks', '무엇을 검사하나')}`,
    '',
    d.what,
    '',
    `## ${pick(locale, 'Why it matters', '왜 중요한가')}`,
    '',
    d.why,
    '',
    ...exampleBlock(def, locale),
    `## ${pick(locale, 'How to fix it', '고치는 법')}`,
    '',
    d.fix,
    '',
  ];
  if (def.onKey) {
    lines.push(pick(locale, `Kafka documents the key a finding sits on at ${KAFKA_PRODUCER_DOCS}_KEY (the editor links it when the rule page is not available).`, `문제가 가리키는 키의 Kafka 문서: ${KAFKA_PRODUCER_DOCS}_KEY (규칙 페이지가 없을 때 편집기가 이 문서로 연결합니다).`), '');
  }
  return lines.join('\n');
}

/** docs/rules/CODE.md: English, then Korean. */
export function rulePage(def: RuleDefinition): string {
  const body = (locale: Locale) => ruleSection(def, locale).replace(/^## /gm, '### ');
  return [
    `# \`${def.code}\``,
    '',
    '<!-- Generated from the rule registry (server/src/service/rules/) by `npm run rules:docs`; edit the rule, not this page. -->',
    '',
    '[English](#english) · [한국어](#한국어)',
    '',
    '## English',
    '',
    body('en'),
    '## 한국어',
    '',
    body('ko'),
  ].join('\n');
}

/** The README's rule list (between its `rules:begin` / `rules:end` markers). */
export function readmeRuleList(): string {
  const rows = REGISTRY.map((r) => `| [\`${r.code}\`](${ruleDocPath(r.code)}) | ${r.defaultSeverity} | ${r.category} | ${r.docs.en.summary.replace(/\|/g, '\\|')} |`);
  return ['| code | severity | category | what it reports |', '|---|---|---|---|', ...rows].join('\n');
}

/** `kpc rules`: one line per rule. */
export function rulesTable(locale: Locale): string {
  const w = Math.max(...REGISTRY.map((r) => r.code.length));
  const sw = Math.max(...REGISTRY.map((r) => r.defaultSeverity.length));
  return REGISTRY.map((r) => `${r.code.padEnd(w)}  ${r.defaultSeverity.padEnd(sw)}  ${r.docs[locale].summary}`).join('\n') + '\n';
}

/** `kpc rules --format json`: every rule with its docs in both languages. */
export function rulesJson(defs: readonly RuleDefinition[] = REGISTRY): unknown[] {
  return defs.map((r) => ({
    code: r.code,
    defaultSeverity: r.defaultSeverity,
    severities: r.severities,
    category: r.category,
    onKey: r.onKey,
    scope: r.scope,
    ...(r.appliesTo ? { appliesTo: r.appliesTo } : {}),
    configurable: r.configurable,
    docs: { en: { ...r.docs.en, ...(r.example ? { example: r.example } : {}) }, ko: { ...r.docs.ko, ...(r.example ? { example: r.example } : {}) } },
    page: ruleDocPath(r.code),
  }));
}
