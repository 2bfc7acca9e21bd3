// kpc: the command-line face of the language service and the simulator.
import { KAFKA_VERSIONS, LATEST_VERSION, hostMessage, type Locale } from '#core';
import { version } from '../../../package.json';
import { runLsp, lspUsage } from './lsp';
import { runDescribe, describeUsage } from './describe';
import { runCheck, checkUsage } from './check';
import { runFix, fixUsage } from './fix';
import { runPartition, partitionUsage } from './partition';
import { runRules, rulesUsage } from './rules';
import { runSimulate, simulateUsage } from './simulate';
import { argvLocale, didYouMean } from './options';

const mainUsage = (locale: Locale): string => hostMessage(locale, 'main.usage');

const COMMANDS: Record<string, { run: (argv: string[]) => number; usage: (locale: Locale) => string }> = {
  check: { run: (a) => runCheck(a), usage: checkUsage },
  fix: { run: (a) => runFix(a), usage: fixUsage },
  describe: { run: (a) => runDescribe(a), usage: describeUsage },
  rules: { run: (a) => runRules(a), usage: rulesUsage },
  partition: { run: (a) => runPartition(a), usage: partitionUsage },
  simulate: { run: (a) => runSimulate(a), usage: simulateUsage },
  lsp: { run: (a) => runLsp(a), usage: lspUsage },
};

export function main(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  const [cmd, ...rest] = argv;
  const locale = argvLocale(argv);
  const USAGE = mainUsage(locale);
  if (!cmd || cmd === '--help' || cmd === '-h') {
    out(USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    out(`kpc ${version} (Kafka ${KAFKA_VERSIONS[0]} … ${LATEST_VERSION})\n`);
    return 0;
  }
  if (cmd === 'help') {
    const topic = rest[0];
    if (topic === undefined) { out(USAGE); return 0; }
    const c = COMMANDS[topic];
    if (c) { out(c.usage(locale)); return 0; }
    err(`kpc: ${hostMessage(locale, 'main.err.unknownCommand', { name: topic, hint: didYouMean(topic, Object.keys(COMMANDS), undefined, locale) })}\n${USAGE}`);
    return 2;
  }
  const c = COMMANDS[cmd];
  if (c) return c.run(rest);
  const hint = cmd.startsWith('-') ? didYouMean(cmd, ['--version', '--help'], (s) => s, locale) : didYouMean(cmd, Object.keys(COMMANDS), undefined, locale);
  err(`kpc: ${hostMessage(locale, cmd.startsWith('-') ? 'main.err.unknownOption' : 'main.err.unknownCommand', { name: cmd, hint })}\n${USAGE}`);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
