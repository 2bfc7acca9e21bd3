// kpc rules [CODE] [--format text|json] [--locale en|ko]: the rule registry. Without CODE one line per rule
// (code, default severity, what it reports); with CODE the rule's page (what it checks, why it matters, an
// example, the fix), as docs/rules/CODE.md has it. JSON: every rule (or the one) with its docs in en and ko.
import { hostMessage, type Locale } from '#core';
import { ruleSection, rulesJson, rulesTable } from '../service/ruleDocs';
import { ruleByCode } from '../service/rules/index';
import { processOut, type Out } from './io';
import { argvLocale, localeOption, parseCommandLine } from './options';

export const rulesUsage = (locale: Locale): string => hostMessage(locale, 'rules.usage');

export function runRules(argv: string[], out: Out = processOut): number {
  const lang = argvLocale(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(rulesUsage(lang));
    return 0;
  }
  let format: 'text' | 'json' = 'text';
  let locale: Locale = 'en';
  let codes: string[];
  try {
    const { values, positionals } = parseCommandLine(argv, { format: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, lang);
    if (values.format !== undefined) {
      if (values.format !== 'text' && values.format !== 'json') throw hostMessage(lang, 'cli.err.format', { value: values.format });
      format = values.format;
    }
    locale = localeOption(values.locale) ?? 'en';
    codes = positionals;
    if (codes.length > 1) throw hostMessage(lang, 'rules.err.oneCode');
  } catch (msg) {
    out.stderr(`kpc rules: ${String(msg)}\n${rulesUsage(lang)}`);
    return 2;
  }
  const code = codes[0];
  const rule = code === undefined ? undefined : ruleByCode(code);
  if (code !== undefined && !rule) {
    out.stderr(`kpc rules: ${hostMessage(locale, 'rules.err.unknown', { code })}\n`);
    return 2;
  }
  if (format === 'json') out.stdout(JSON.stringify(rule ? rulesJson([rule])[0] : rulesJson(), null, 2) + '\n');
  else out.stdout(rule ? `${rule.code}\n\n${ruleSection(rule, locale)}` : rulesTable(locale));
  return 0;
}
