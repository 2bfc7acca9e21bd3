// The options `kpc check` and `kpc fix` share, read with parseCommandLine (options.ts, on util.parseArgs).
import { CLIENTS, hostMessage, resolveKafkaVersion, versionProblem, type Locale } from '#core';
import type { AnalysisOptions } from '../service/analyze';
import type { Severity } from '../service/types';
import { argvLocale, localeOption, parseCommandLine, type OptionSpecs } from './options';
import { dialectOption, type DialectArgs } from './springFile';

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** What every command that checks a file against a Kafka version and client takes. */
export const TARGET_OPTIONS = {
  'kafka-version': { type: 'string' },
  client: { type: 'string' },
} as const satisfies OptionSpecs;

const COMMON_OPTIONS = {
  ...TARGET_OPTIONS,
  severity: { type: 'string', multiple: true },
  allow: { type: 'string', multiple: true },
  locale: { type: 'string' },
  'stdin-filename': { type: 'string' },
  dialect: { type: 'string' },
  'spring-boot': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

export const CHECK_OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string' },
  include: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  'exit-zero': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies OptionSpecs;

export const FIX_OPTIONS = {
  ...COMMON_OPTIONS,
  write: { type: 'boolean', short: 'w' },
} as const satisfies OptionSpecs;

export interface CommonArgs extends DialectArgs {
  /** FILE and DIR arguments as given; `-` is standard input. */
  files: string[];
  /** The options given on the command line (a .kpc.json may add to them). */
  options: AnalysisOptions;
  format: 'text' | 'json' | 'sarif';
  write: boolean;
  include: string[];
  quiet: boolean;
  exitZero: boolean;
  /** --color / --no-color; undefined = decide from the terminal and the environment */
  color?: boolean;
  /** The name standard input is reported under (and where its project is looked for). */
  stdinFilename?: string;
  help: boolean;
}

/** The validated value of `--kafka-version` / `--client`; throws a usage message. */
export function targetValues(values: { 'kafka-version'?: string; client?: string }, locale: Locale = 'en'): Pick<AnalysisOptions, 'kafkaVersion' | 'client'> {
  const out: Pick<AnalysisOptions, 'kafkaVersion' | 'client'> = {};
  if (values['kafka-version'] !== undefined) {
    const r = resolveKafkaVersion(values['kafka-version']);
    if (!r.ok) throw versionProblem(locale, r);
    out.kafkaVersion = values['kafka-version'];
  }
  if (values.client !== undefined) {
    const client = CLIENTS.find((c) => c === values.client);
    if (!client) throw hostMessage(locale, 'cli.err.client', { clients: CLIENTS.join(hostMessage(locale, 'cli.or')), value: values.client });
    out.client = client;
  }
  return out;
}

/** Parse argv for `kpc check` (format) or `kpc fix` (write); throws a string (the usage error message) on bad input. */
export function parseCommonArgs(argv: string[], command: { format?: boolean; write?: boolean }): CommonArgs {
  const locale = argvLocale(argv);
  const { values: v, positionals } = command.write ? parseCommandLine(argv, FIX_OPTIONS, locale) : parseCommandLine(argv, CHECK_OPTIONS, locale);
  const values = v as Partial<Record<keyof typeof CHECK_OPTIONS | keyof typeof FIX_OPTIONS, string | string[] | boolean>>;
  const res: CommonArgs = { files: positionals, options: targetValues(values as { 'kafka-version'?: string; client?: string }, locale), format: 'text', write: values.write === true, include: [], quiet: values.quiet === true, exitZero: values['exit-zero'] === true, help: values.help === true };
  if (typeof values.format === 'string') {
    const f = values.format;
    if (f !== 'text' && f !== 'json' && f !== 'sarif') throw hostMessage(locale, 'cli.err.formatSarif', { value: f });
    res.format = f;
  }
  const chosen = localeOption(values.locale as string | undefined);
  if (chosen) res.options.locale = chosen;
  const severity: Record<string, Severity | 'off'> = {};
  for (const s of (values.severity as string[] | undefined) ?? []) {
    const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(s);
    if (!m || !SEVERITIES.includes(m[2]!)) throw hostMessage(locale, 'cli.err.severity', { levels: SEVERITIES.join('|'), value: s });
    severity[m[1]!] = m[2] as Severity | 'off';
  }
  if (Object.keys(severity).length) res.options.severity = severity;
  const allow = ((values.allow as string[] | undefined) ?? []).flatMap((a) => a.split(',')).filter(Boolean);
  if (allow.length) res.options.allowedKeys = allow;
  res.include = ((values.include as string[] | undefined) ?? []).filter((g) => g.trim() !== '');
  if (values.color === true && values['no-color'] === true) throw hostMessage(locale, 'cli.err.bothColors');
  if (values.color === true) res.color = true;
  if (values['no-color'] === true) res.color = false;
  if (typeof values['stdin-filename'] === 'string') res.stdinFilename = values['stdin-filename'];
  if (typeof values.dialect === 'string') res.dialect = dialectOption(values.dialect, locale);
  if (typeof values['spring-boot'] === 'string') res.springBootVersion = values['spring-boot'];
  return res;
}
