// kpc: the command-line face of the language service and the simulator.
import { runLsp } from './lsp';
import { runDescribe } from './describe';
import { runCheck } from './check';
import { runFix } from './fix';
import { runPartition } from './partition';
import { runRules } from './rules';
import { runSimulate } from './simulate';
const USAGE = `usage: kpc <command> [options]

commands:
  check FILE...      report problems in producer config files
  fix FILE           apply all safe fixes
  describe KEY       print one key's catalog entry
  rules [CODE]       list the rules, or print one rule's documentation
  partition KEY...   compute partitions for keys (murmur2)
  simulate FILE      run the producer simulator
  lsp --stdio        run the language server over stdio
`;

function main(argv: string[]): number {
  const [cmd] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === 'lsp') return runLsp(argv.slice(1));
  if (cmd === 'describe') return runDescribe(argv.slice(1));
  if (cmd === 'check') return runCheck(argv.slice(1));
  if (cmd === 'fix') return runFix(argv.slice(1));
  if (cmd === 'rules') return runRules(argv.slice(1));
  if (cmd === 'partition') return runPartition(argv.slice(1));
  if (cmd === 'simulate') return runSimulate(argv.slice(1));
  process.stderr.write(`kpc: unknown command '${cmd}'\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
