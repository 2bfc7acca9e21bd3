// kpc rules [CODE] [--format text|json] [--locale en|ko]: the rule registry. Without CODE one line per rule
// (code, default severity, what it reports); with CODE the rule's page (what it checks, why it matters, an
// example, the fix), as docs/rules/CODE.md has it. JSON: every rule (or the one) with its docs in en and ko.
import type { Locale } from '#core';
import { ruleSection, rulesJson, rulesTable } from '../service/ruleDocs';
import { ruleByCode } from '../service/rules/index';
import { processOut, type Out } from './io';
import { parseCommandLine } from './options';

export const RULES_USAGE = `usage: kpc rules [CODE] [options]

options:
  --format F     text (default) or json
  --locale L     en (default) or ko

exit status: 0, or 2 for an unknown CODE or a usage error
`;

export function runRules(argv: string[], out: Out = processOut): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(RULES_USAGE);
    return 0;
  }
  let format: 'text' | 'json' = 'text';
  let locale: Locale = 'en';
  let codes: string[];
  try {
    const { values, positionals } = parseCommandLine(argv, { format: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.format !== undefined) {
      if (values.format !== 'text' && values.format !== 'json') throw `--format must be text or json, not '${values.format}'`;
      format = values.format;
    }
    if (values.locale !== undefined) {
      if (values.locale !== 'en' && values.locale !== 'ko') throw `--locale must be en or ko, not '${values.locale}'`;
      locale = values.locale;
    }
    codes = positionals;
    if (codes.length > 1) throw 'at most one CODE';
  } catch (msg) {
    out.stderr(`kpc rules: ${String(msg)}\n${RULES_USAGE}`);
    return 2;
  }
  const code = codes[0];
  const rule = code === undefined ? undefined : ruleByCode(code);
  if (code !== undefined && !rule) {
    out.stderr(`kpc rules: no rule '${code}' (kpc rules lists them)\n`);
    return 2;
  }
  if (format === 'json') out.stdout(JSON.stringify(rule ? rulesJson([rule])[0] : rulesJson(), null, 2) + '\n');
  else out.stdout(rule ? `${rule.code}\n\n${ruleSection(rule, locale)}` : rulesTable(locale));
  return 0;
}
