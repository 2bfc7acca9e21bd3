// The text of every file generated from the rule registry, given the current text of the files that are
// only partly generated (README.md, package.json, package.nls*.json). Used by scripts/rules-docs.ts and
// its staleness test.
import { ALL_CODES, REGISTRY, ruleByCode } from '../server/src/service/rules/index';
import { ruleDocPath } from '../server/src/service/rules/definition';
import { readmeRuleList, rulePage } from '../server/src/service/ruleDocs';

export const README_BEGIN = '<!-- rules:begin (generated from the rule registry by `npm run rules:docs`) -->';
export const README_END = '<!-- rules:end -->';

function between(text: string, begin: string, end: string, body: string, file: string): string {
  const a = text.indexOf(begin);
  const b = text.indexOf(end, a);
  if (a < 0 || b < 0) throw new Error(`${file}: markers ${begin} … ${end} not found`);
  return text.slice(0, a + begin.length) + '\n' + body + '\n' + text.slice(b);
}

/** package.json's kafkaProducerConfig.severity properties, one line per configurable rule. */
function severityProperties(pkg: string): string {
  const start = pkg.indexOf('"kafkaProducerConfig.severity"');
  const open = pkg.indexOf('"properties": {', start);
  const close = pkg.indexOf('\n          },', open);
  if (start < 0 || open < 0 || close < 0) throw new Error('package.json: kafkaProducerConfig.severity.properties not found');
  const lines = [...ALL_CODES].sort().map((c) => `            "${c}": { "type": "string", "enum": ["error", "warning", "information", "hint", "off"], "markdownDescription": "%rule.${c}%" }`);
  return pkg.slice(0, open + '"properties": {'.length) + '\n' + lines.join(',\n') + pkg.slice(close);
}

/** package.nls*.json with a `rule.CODE` description per configurable rule (the settings editor shows it). */
function nls(text: string, locale: 'en' | 'ko'): string {
  const cur = JSON.parse(text) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(cur)) if (!k.startsWith('rule.')) out[k] = v;
  for (const c of [...ALL_CODES].sort()) out[`rule.${c}`] = ruleByCode(c)!.docs[locale].summary;
  return JSON.stringify(out, null, 2) + '\n';
}

export function generatedFiles(read: (path: string) => string | undefined): { write: Map<string, string> } {
  const write = new Map<string, string>();
  for (const r of REGISTRY) write.set(ruleDocPath(r.code), rulePage(r));
  const need = (p: string): string => {
    const t = read(p);
    if (t === undefined) throw new Error(`${p} is missing`);
    return t;
  };
  write.set('README.md', between(need('README.md'), README_BEGIN, README_END, readmeRuleList(), 'README.md'));
  write.set('package.json', severityProperties(need('package.json')));
  write.set('package.nls.json', nls(need('package.nls.json'), 'en'));
  write.set('package.nls.ko.json', nls(need('package.nls.ko.json'), 'ko'));
  return { write };
}
