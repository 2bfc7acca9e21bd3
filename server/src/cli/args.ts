// Small shared option parser for the `kpc` commands.
import { CLIENTS, resolveKafkaVersion, type Client } from '#core';
import type { AnalysisOptions } from '../service/analyze';
import type { Severity } from '../service/types';

export interface CommonArgs {
  files: string[];
  options: AnalysisOptions;
  format: 'text' | 'json' | 'sarif';
  write: boolean;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const LOCALES = ['en', 'ko'] as const;

export interface CliArg {
  /** The option's name (`--format` for `--format=json`), or the positional argument itself. */
  name: string;
  /** The argument as written. */
  arg: string;
  /** Not an option: anything that does not start with `-`, a lone `-`, and everything after `--`. */
  positional: boolean;
  /** The option's value: the text after `=`, else the next argument; throws a usage message when there is none. */
  value(): string;
}

/** Walks argv the way every `kpc` command reads it; the caller decides what each option means. */
export function* cliArgs(argv: readonly string[]): Generator<CliArg> {
  let i = 0;
  let rest = false;
  while (i < argv.length) {
    const a = argv[i++]!;
    if (!rest && a === '--') { rest = true; continue; }
    if (rest || !a.startsWith('-') || a === '-') {
      yield { name: a, arg: a, positional: true, value: () => a };
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    yield {
      name,
      arg: a,
      positional: false,
      value: () => {
        if (eq > 0) return a.slice(eq + 1);
        if (i >= argv.length) throw `option ${name} needs a value`;
        return argv[i++]!;
      },
    };
  }
}

/** `value` when it is one of `allowed`; else throws "NAME must be a, b or c, not 'value'". */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (hit === undefined) throw `${name} must be ${allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed[0]}, not '${value}'`;
  return hit;
}

/** `--kafka-version V` / `--client C`, the target options every command that reads a file takes; throws a usage message. */
export function targetOption(opt: CliArg, into: { kafkaVersion?: string; client?: Client }): void {
  const v = opt.value();
  if (opt.name === '--client') {
    const client = CLIENTS.find((c) => c === v);
    if (!client) throw `--client must be ${CLIENTS.join(' or ')}, not '${v}'`;
    into.client = client;
  } else {
    const r = resolveKafkaVersion(v);
    if (!r.ok) throw r.message;
    into.kafkaVersion = v;
  }
}

/** Parse argv; throws a string (the usage error message) on bad input. */
export function parseCommonArgs(argv: string[], allowed: { format?: boolean; write?: boolean }): CommonArgs {
  const res: CommonArgs = { files: [], options: {}, format: 'text', write: false };
  const severity: Record<string, Severity | 'off'> = {};
  const allow: string[] = [];
  for (const opt of cliArgs(argv)) {
    if (opt.positional) {
      res.files.push(opt.arg);
      continue;
    }
    const { name } = opt;
    const takeValue = opt.value;
    switch (name) {
      case '--kafka-version':
      case '--client':
        targetOption(opt, res.options);
        break;
      case '--format':
        if (!allowed.format) throw `unknown option ${name}`;
        res.format = oneOf(name, takeValue(), ['text', 'json', 'sarif'] as const);
        break;
      case '--locale':
        res.options.locale = oneOf(name, takeValue(), LOCALES);
        break;
      case '--severity': {
        const v = takeValue();
        const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(v);
        if (!m || !SEVERITIES.includes(m[2]!)) throw `--severity takes CODE=${SEVERITIES.join('|')}, not '${v}'`;
        severity[m[1]!] = m[2] as Severity | 'off';
        break;
      }
      case '--allow':
        allow.push(...takeValue().split(',').filter(Boolean));
        break;
      case '--write':
      case '-w':
        if (!allowed.write) throw `unknown option ${name}`;
        res.write = true;
        break;
      default:
        throw `unknown option ${opt.arg}`;
    }
  }
  if (Object.keys(severity).length) res.options.severity = severity;
  if (allow.length) res.options.allowedKeys = allow;
  return res;
}
