// A rule's documentation as text: the page docs/rules/CODE.md (both languages), what `kpc rules CODE` prints
// (one language), the rule list of the README and of `kpc rules`. All of it is read from the registry.
import { message, type Locale } from '#core';
import { ruleDocPath, type RuleDefinition } from './rules/definition';
import { REGISTRY } from './rules/index';

const KAFKA_PRODUCER_DOCS = 'https://kafka.apache.org/documentation/#producerconfigs';

function severityText(def: RuleDefinition, locale: Locale): string {
  const others = def.severities.filter((s) => s !== def.defaultSeverity).map((s) => message(locale, `severity.${s}`));
  return message(locale, `severity.${def.defaultSeverity}`) + (others.length ? message(locale, 'ruleDocs.alsoSeverities', { list: others.join(', ') }) : '');
}

/** "Kafka 3.3 and later; kafka-console-producer only" or "every version and client". */
export function appliesText(def: RuleDefinition, locale: Locale): string {
  if (def.dialect === 'spring') return message(locale, 'ruleDocs.springFiles');
  const a = def.appliesTo;
  const parts: string[] = [];
  if (a?.since) parts.push(message(locale, 'ruleDocs.since', { version: a.since }));
  if (a?.releases) parts.push(message(locale, 'ruleDocs.releases', { list: a.releases.join(locale === 'ko' ? ', ' : ' and ') }));
  if (a?.clients) parts.push(a.clients.map((c) => (c === 'java' ? message(locale, 'ruleDocs.javaClient') : 'kafka-console-producer')).join(', ') + message(locale, 'ruleDocs.only'));
  return parts.length ? parts.join('; ') : message(locale, 'ruleDocs.everywhere');
}

function exampleBlock(def: RuleDefinition, locale: Locale): string[] {
  const ex = def.example;
  if (!ex) return [];
  const head = ex.target ? `# kpc: ${ex.target}\n` : '';
  const lang = ex.file && /\.ya?ml$/.test(ex.file) ? 'yaml' : 'properties';
  return [
    `## ${message(locale, 'ruleDocs.example')}`,
    '',
    ...(ex.policy ? [message(locale, 'ruleDocs.withPolicy'), '', '```json', ex.policy.trimEnd(), '```', ''] : []),
    ...(ex.file ? [message(locale, 'ruleDocs.inFile', { file: ex.file }), ''] : []),
    '```' + lang,
    (head + ex.bad).trimEnd(),
    '```',
    '',
    message(locale, 'ruleDocs.fixed'),
    '',
    '```' + lang,
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
    `- ${message(locale, 'ruleDocs.severity')}: ${severityText(def, locale)}`,
    `- ${message(locale, 'ruleDocs.category')}: ${message(locale, `category.${def.category}`)}`,
    `- ${message(locale, 'ruleDocs.appliesTo')}: ${appliesText(def, locale)}`,
    def.configurable
      ? `- ${message(locale, 'ruleDocs.configure')}: \`"kafkaProducerConfig.severity": { "${def.code}": "off" }\`, \`kpc check --severity ${def.code}=off\`, \`# kpc-disable ${def.code}\``
      : `- ${message(locale, 'ruleDocs.configure')}: ${message(locale, 'ruleDocs.notConfigurable')}`,
    '',
    `## ${message(locale, 'ruleDocs.what')}`,
    '',
    d.what,
    '',
    `## ${message(locale, 'ruleDocs.why')}`,
    '',
    d.why,
    '',
    ...exampleBlock(def, locale),
    `## ${message(locale, 'ruleDocs.fix')}`,
    '',
    d.fix,
    '',
  ];
  if (def.onKey) {
    lines.push(message(locale, 'ruleDocs.kafkaDocs', { url: `${KAFKA_PRODUCER_DOCS}_KEY` }), '');
  }
  return lines.join('\n');
}

/** docs/rules/CODE.md: English, then Korean. */
export function rulePage(def: RuleDefinition): string {
  const body = (locale: Locale) => ruleSection(def, locale).replace(/^## /gm, '### ');
  const name = (locale: Locale) => message(locale, 'language.name');
  return [
    `# \`${def.code}\``,
    '',
    '<!-- Generated from the rule registry (server/src/service/rules/) by `npm run rules:docs`; edit the rule, not this page. -->',
    '',
    `[${name('en')}](#${name('en').toLowerCase()}) · [${name('ko')}](#${name('ko')})`,
    '',
    `## ${name('en')}`,
    '',
    body('en'),
    `## ${name('ko')}`,
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
