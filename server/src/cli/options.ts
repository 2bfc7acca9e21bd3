// Command lines for every `kpc` command, read by Node's util.parseArgs. Its strict mode refuses
// `--seed -5` (a value that starts with a dash), which kpc has always accepted, so the tokens are read in
// lenient mode and checked here: an unknown option gets a did-you-mean, a missing value and a value
// given to a flag are usage errors. Errors are thrown as one-line strings (the usage message).
import { parseArgs } from 'node:util';
import { hostMessage, localeFlag, type Locale } from '#core';
import { scoreSuggestions } from '../service/suggest';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}
export type OptionSpecs = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;
export type OptionValues<S extends OptionSpecs> = { [K in keyof S]?: ValueOf<S[K]> };

/** The best one or two candidates for a mistyped name, as "did you mean 'x'?" (or ''). */
export function didYouMean(input: string, candidates: readonly string[], quote = (s: string) => `'${s}'`, locale: Locale = 'en'): string {
  const best = scoreSuggestions(input, candidates, 2);
  if (best.length === 0) return '';
  return hostMessage(locale, 'cli.didYouMean', { list: best.map((b) => quote(b.key)).join(hostMessage(locale, 'cli.or')) });
}

/** The --locale a command line asks for ('en' unless it says ko), read before the rest so that its errors speak it too. */
export function argvLocale(argv: readonly string[]): Locale {
  return localeFlag(argv) === 'ko' ? 'ko' : 'en';
}

/** The `--locale` option's value checked: en or ko (undefined when not given); anything else throws the usage error. */
export function localeOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value !== 'en' && value !== 'ko') throw hostMessage('en', 'cli.err.locale', { value });
  return value;
}

/** `argv` read against `specs` (long names without the dashes). Throws a usage message (in `locale`). */
export function parseCommandLine<S extends OptionSpecs>(argv: readonly string[], specs: S, locale: Locale = 'en'): { values: OptionValues<S>; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: specs, allowPositionals: true, strict: false, tokens: true });
  const longNames = Object.keys(specs).map((n) => `--${n}`);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = specs[t.name];
    if (!spec) {
      const written = t.rawName;
      throw hostMessage(locale, 'cli.err.unknownOption', { option: written, hint: written.startsWith('--') ? didYouMean(written, longNames, (s) => s, locale) : '' });
    }
    const name = t.rawName.startsWith('--') ? t.rawName : `${t.rawName} (--${t.name})`;
    if (spec.type === 'string' && t.value === undefined) throw hostMessage(locale, 'cli.err.needsValue', { name });
    if (spec.type === 'boolean' && t.inlineValue) throw hostMessage(locale, 'cli.err.takesNoValue', { name });
  }
  return { values: values as OptionValues<S>, positionals };
}
