// kpc fix FILE|- [--write] [--kafka-version V] [--client C]: apply every safe fix until nothing changes.
// Prints the fixed file (or writes it with --write: atomically, see replaceFile.ts); exit 0 on success,
// 2 on usage, I/O or .kpc.json errors and when the file changed since it was read (then it is left as it is).
import { hostMessage, type Locale } from '#core';
import { fixAll } from '../service/fixAll';
import { parseCommonArgs } from './args';
import { analyzeFile, dialectBytes, dialectText } from './springFile';
import { encodeLatin1, processOut, readConfigFile, readConfigStdin, writeConfigFile, type Out } from './io';
import { argvLocale } from './options';
import { CliProject, configProblemLines } from './project';

export const fixUsage = (locale: Locale): string => hostMessage(locale, 'fix.usage');

export function runFix(argv: string[], out: Out = processOut): number {
  const lang = argvLocale(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(fixUsage(lang));
    return 0;
  }
  let args;
  try {
    args = parseCommonArgs(argv, { write: true });
  } catch (msg) {
    out.stderr(`kpc fix: ${String(msg)}\n${fixUsage(lang)}`);
    return 2;
  }
  if (args.files.length !== 1) {
    out.stderr(`kpc fix: ${hostMessage(lang, 'fix.err.oneFile', { count: args.files.length })}\n${fixUsage(lang)}`);
    return 2;
  }
  const file = args.files[0]!;
  const stdin = file === '-';
  if (stdin && args.write) {
    out.stderr(`kpc fix: ${hostMessage(lang, 'fix.err.writeStdin')}\n${fixUsage(lang)}`);
    return 2;
  }
  const rd = stdin ? readConfigStdin(args.stdinFilename ?? '<stdin>') : readConfigFile(file);
  if (!rd.ok) {
    out.stderr(`kpc fix: ${rd.message}\n`);
    return 2;
  }
  const fp = new CliProject().forFile(stdin ? (args.stdinFilename ?? '<stdin>') : file, args.options);
  if (fp.configProblems?.problems.some((p) => p.severity === 'error')) {
    out.stderr(configProblemLines(fp.configProblems.file, fp.configProblems.problems, args.options.locale));
    out.stderr(`kpc fix: ${hostMessage(lang, 'fix.err.notFixed', { file, config: fp.configProblems.file })}\n`);
    return 2;
  }
  // a Spring Boot file is fixed as Spring text (YAML is UTF-8) and written back in its own encoding
  const name = stdin ? (args.stdinFilename ?? '<stdin>') : file;
  const springBootVersion = args.springBootVersion ?? fp.info.springBootVersion;
  const dialect = { ...args, ...(springBootVersion ? { springBootVersion } : {}) };
  const res = fixAll(dialectText(name, rd.text, dialect), fp.options, (t, o) => analyzeFile(name, t, o, dialect));
  const fixed = dialectBytes(name, res.text, dialect);
  const applied = hostMessage(lang, res.applied === 1 ? 'fix.applied.one' : 'fix.applied.other', { n: res.applied });
  if (args.write) {
    if (fixed !== rd.text) {
      const w = writeConfigFile(file, fixed, rd);
      if (!w.ok) {
        out.stderr(`kpc fix: ${w.message}\n`);
        return 2;
      }
    }
    out.stderr(`${file}: ${applied}\n`);
  } else {
    out.stdout(encodeLatin1(fixed));
    out.stderr(`${applied}\n`);
  }
  return 0;
}
