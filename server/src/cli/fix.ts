// kpc fix FILE|- [--write] [--kafka-version V] [--client C]: apply every safe fix until nothing changes.
// Prints the fixed file (or writes it with --write: atomically, see replaceFile.ts); exit 0 on success,
// 2 on usage, I/O or .kpc.json errors and when the file changed since it was read (then it is left as it is).
import { fixAll } from '../service/fixAll';
import { parseCommonArgs } from './args';
import { analyzeFile, dialectBytes, dialectText } from './springFile';
import { encodeLatin1, processOut, readConfigFile, readConfigStdin, writeConfigFile, type Out } from './io';
import { CliProject, configProblemLines } from './project';

export const FIX_USAGE = `usage: kpc fix FILE|- [--write] [--kafka-version V] [--client java|console-producer]
                  [--dialect spring|properties] [--spring-boot V]

Applies every safe fix (typo renames with one clear suggestion, acks=all where idempotence is enabled
explicitly, removal of identical duplicate lines, the value a .kpc.json policy fixes, ...). Without --write
the result goes to stdout; - reads standard input (--stdin-filename NAME says where its project is).
Running it again changes nothing more. The Kafka version and the policy come from the command line, the
nearest .kpc.json and the nearest build file, as for kpc check.

--write replaces the file atomically (a temporary file beside it, renamed over it), keeping its mode and
owner and writing through a symbolic link to the file it points to. It writes nothing (exit 2) when the
file changed after kpc read it, has other hard links, or could not keep its owner.
`;

export function runFix(argv: string[], out: Out = processOut): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(FIX_USAGE);
    return 0;
  }
  let args;
  try {
    args = parseCommonArgs(argv, { write: true });
  } catch (msg) {
    out.stderr(`kpc fix: ${String(msg)}\n${FIX_USAGE}`);
    return 2;
  }
  if (args.files.length !== 1) {
    out.stderr(`kpc fix: expected exactly one FILE, got ${args.files.length}\n${FIX_USAGE}`);
    return 2;
  }
  const file = args.files[0]!;
  const stdin = file === '-';
  if (stdin && args.write) {
    out.stderr(`kpc fix: --write needs a FILE, not standard input\n${FIX_USAGE}`);
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
    out.stderr(`kpc fix: ${file}: not fixed: ${fp.configProblems.file} has errors\n`);
    return 2;
  }
  // a Spring Boot file is fixed as Spring text (YAML is UTF-8) and written back in its own encoding
  const name = stdin ? (args.stdinFilename ?? '<stdin>') : file;
  const springBootVersion = args.springBootVersion ?? fp.info.springBootVersion;
  const dialect = { ...args, ...(springBootVersion ? { springBootVersion } : {}) };
  const res = fixAll(dialectText(name, rd.text, dialect), fp.options, (t, o) => analyzeFile(name, t, o, dialect));
  const fixed = dialectBytes(name, res.text, dialect);
  if (args.write) {
    if (fixed !== rd.text) {
      const w = writeConfigFile(file, fixed, rd);
      if (!w.ok) {
        out.stderr(`kpc fix: ${w.message}\n`);
        return 2;
      }
    }
    out.stderr(`${file}: ${res.applied} fix${res.applied === 1 ? '' : 'es'} applied\n`);
  } else {
    out.stdout(encodeLatin1(fixed));
    out.stderr(`${res.applied} fix${res.applied === 1 ? '' : 'es'} applied\n`);
  }
  return 0;
}
