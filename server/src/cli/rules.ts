// kpc rules [CODE] [--format text|json] [--locale en|ko]: the rule registry. Without CODE one line per rule
// (code, default severity, what it reports); with CODE the rule's page (what it checks, why it matters, an
// example, the fix), as docs/rules/CODE.md has it. JSON: every rule (or the one) with its docs in en and ko.
import type { Locale } from '#core';
import { ruleSection, rulesJson, rulesTable } from '../service/ruleDocs';
import { ruleByCode } from '../service/rules/index';
import { processOut, type Out } from './io';

export const RULES_USAGE = `usage: kpc rules [CODE] [options]

options:
  --format F     text (default) or json
  --locale L     en (default) or ko

exit status: 0, or 2 for an unknown CODE or a usage error
`;

export function runRules(argv: string[], out: Out = processOut): number {
  let format = 'text';
  let locale: Locale = 'en';
  const codes: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--help' || flag === '-h') {
      out.stdout(RULES_USAGE);
      return 0;
    }
    if (flag === '--format' || flag === '--locale') {
      const v = inline ?? argv[++i];
      if (flag === '--format' && v !== 'text' && v !== 'json') return usage(out, `--format must be text or json, not '${v ?? ''}'`);
      if (flag === '--locale' && v !== 'en' && v !== 'ko') return usage(out, `--locale must be en or ko, not '${v ?? ''}'`);
      if (flag === '--format') format = v!;
      else locale = v as Locale;
    } else if (a.startsWith('-')) return usage(out, `unknown option '${a}'`);
    else codes.push(a);
  }
  if (codes.length > 1) return usage(out, 'at most one CODE');
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

function usage(out: Out, msg: string): number {
  out.stderr(`kpc rules: ${msg}\n${RULES_USAGE}`);
  return 2;
}
