/**
 * Only the dense bench's 10 MB case (issue 20): our server on the many-findings file, with the same
 * options as `npm run bench` (bench/dense.ts), and optionally the in-process figures. Prints JSON.
 *
 *   node esbuild.mjs --production && npx tsx bench/big.ts [--mb 10] [--in-process] [--no-lsp]
 */
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigInProcess, runBigLsp } from './dense';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const bigBytes = Number(opt('--mb') ?? 10) * 2 ** 20;
const root = join(__dirname, '..');
const log = (s: string): void => console.error(s);
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

async function main(): Promise<void> {
  const out: Record<string, unknown> = { loadStart: load() };
  if (!args.includes('--no-lsp')) {
    const [r] = await runBigLsp({
      root,
      workDir: join(tmpdir(), `kpc-big-${process.pid}`),
      sizes: [],
      bigBytes,
      quick: false,
      log,
    });
    out.server = r && {
      openMs: r.coldStartMs.median,
      editMs: r.editMs,
      editCpuMs: r.editCpuMs,
      peakRssMb: r.peakRssMb,
      findingsOnOpen: r.diagnostics.onOpen,
      errors: r.errors,
    };
    out.loadAfterServer = load();
  }
  if (args.includes('--in-process')) {
    out.inProcess = bigInProcess(bigBytes);
    out.loadEnd = load();
  }
  console.log(JSON.stringify(out, null, 2));
}

void main();
