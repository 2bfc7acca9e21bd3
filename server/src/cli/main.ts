// kpc: the command-line face of the language service and the simulator.
import { KAFKA_VERSIONS, LATEST_VERSION, hostMessage } from '#core';
import { version } from '../../../package.json';
import { runLsp, LSP_USAGE } from './lsp';
import { runDescribe, DESCRIBE_USAGE } from './describe';
import { runCheck, CHECK_USAGE } from './check';
import { runFix, FIX_USAGE } from './fix';
import { runPartition, PARTITION_USAGE } from './partition';
import { runRules, RULES_USAGE } from './rules';
import { runSimulate, SIMULATE_USAGE } from './simulate';
import { didYouMean } from './options';

const USAGE = hostMessage('en', 'main.usage');

const COMMANDS: Record<string, { run: (argv: string[]) => number; usage: string }> = {
  check: { run: (a) => runCheck(a), usage: CHECK_USAGE },
  fix: { run: (a) => runFix(a), usage: FIX_USAGE },
  describe: { run: (a) => runDescribe(a), usage: DESCRIBE_USAGE },
  rules: { run: (a) => runRules(a), usage: RULES_USAGE },
  partition: { run: (a) => runPartition(a), usage: PARTITION_USAGE },
  simulate: { run: (a) => runSimulate(a), usage: SIMULATE_USAGE },
  lsp: { run: (a) => runLsp(a), usage: LSP_USAGE },
};

export function main(argv: string[], out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  const [cmd, ...rest] = argv;
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
    if (c) { out(c.usage); return 0; }
    err(`kpc: ${hostMessage('en', 'main.err.unknownCommand', { name: topic, hint: didYouMean(topic, Object.keys(COMMANDS)) })}\n${USAGE}`);
    return 2;
  }
  const c = COMMANDS[cmd];
  if (c) return c.run(rest);
  const hint = cmd.startsWith('-') ? didYouMean(cmd, ['--version', '--help'], (s) => s) : didYouMean(cmd, Object.keys(COMMANDS));
  err(`kpc: ${hostMessage('en', cmd.startsWith('-') ? 'main.err.unknownOption' : 'main.err.unknownCommand', { name: cmd, hint })}\n${USAGE}`);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
