/**
 * `npm run bench`: builds, then measures our language server against yaml-language-server and
 * vscode-json-language-server on equivalent files, the simulator, and the extension's cost.
 * Writes bench/results/latest.json, prints a table, and refreshes the table in bench/README.md.
 *
 *   npx tsx bench/run.ts [--quick] [--stress] [--skip-build] [--sizes 10,100,1000] [--no-readme]
 *   --stress: the duplicate-key content (bench/generate.ts `repeat`), written to bench/results/stress.json
 *   --dense-only: only the dense content (bench/dense.ts), written to bench/results/dense.json; --no-dense: leave it out
 *   --big-mb N: size of the dense big file (default 10; 0 leaves it out)
 *
 * Never hangs: every LSP wait has a timeout, children are killed on exit, and a global watchdog
 * ends the run after 20 minutes.
 */
import { spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleSizes, measureClientLoad, vsixSize, type ExtensionCost } from './extension-cost';
import { runDense, type DenseResults } from './dense';
import { runEngineBench, type EngineResult } from './engine-bench';
import { runLspBench, type ServerResult } from './lsp-bench';
import { runSimulatorBench, type SimResult } from './simulator-bench';
import { runWorkspaceBench, type WorkspaceResult } from './workspace-bench';
import { renderReport, type BenchResults } from './report';

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag('--quick');
const stress = flag('--stress');
const denseOnly = flag('--dense-only');
const dense = !stress && !flag('--no-dense');
const log = (s: string): void => console.log(s);

const watchdog = setTimeout(() => {
  console.error('bench: watchdog: 20 minutes passed, giving up');
  process.exit(2);
}, 20 * 60_000);
watchdog.unref();

function sh(cmd: string, cmdArgs: string[], timeoutMs: number): { ok: boolean; out: string } {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1' } });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** Median wall time of `node -e 0`: what any Node-based server pays before its own code runs, on this machine, now. */
function nodeStartMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { timeout: 10_000 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[2] as number) * 10) / 10;
}

function machine(): BenchResults['machine'] {
  const cpuModel = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  const free = sh('free', ['-h'], 5000).out.trim();
  return {
    date: new Date().toISOString(),
    cpuModel,
    nproc: cpus().length,
    memTotalGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    memFreeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    freeH: free,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    gitCommit: sh('git', ['rev-parse', '--short', 'HEAD'], 5000).out.trim(),
    loadAvgStart: loadavg().map((x) => Math.round(x * 100) / 100),
    nodeStartMs: nodeStartMs(),
  };
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const host = machine();
  const sizes = (opt('--sizes') ?? (quick ? '10,1000' : '10,100,1000,10000,100000')).split(',').map(Number).filter((n) => n >= 10);
  const ext: ExtensionCost = { bundles: {} };
  const notes: string[] = [];

  if (!flag('--skip-build') && !denseOnly) {
    log('bench: packaging (npm run package: build + vsce, which runs the production build)');
    rmSync(join(root, 'kafka-producer-config.vsix'), { force: true });
    const p = sh('npm', ['run', 'package'], 240_000);
    if (!p.ok) {
      ext.vsixError = p.out.split('\n').filter((l) => /error|ERROR/.test(l)).slice(0, 3).join(' | ') || 'npm run package failed';
      log(`bench: packaging failed: ${ext.vsixError}`);
    }
    log('bench: production build (node esbuild.mjs --production)');
    const b = sh(process.execPath, ['esbuild.mjs', '--production'], 120_000);
    if (!b.ok) notes.push(`production build failed: ${b.out.slice(0, 300)}`);
  } else {
    notes.push('--skip-build: measured whatever dist/ and the .vsix held');
  }
  ext.bundles = bundleSizes(root);
  ext.vsixBytes = vsixSize(root);
  const load = measureClientLoad(root);
  if ('error' in load) ext.clientLoadError = load.error;
  else ext.clientLoadMs = load;

  // The simulator runs first, in a fresh heap, so it is not charged for the LSP phase's garbage.
  log('bench: simulator');
  let sim: SimResult;
  try {
    if (denseOnly) throw new Error('not run (--dense-only)');
    sim = runSimulatorBench(quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000], log);
  } catch (e) {
    sim = { scenarios: [], previewRecompute: { n: 0, records: 0 }, error: (e as Error).message };
  }

  const workDir = join(tmpdir(), `kpc-bench-${process.pid}`);
  let lsp: { schemaSource: string; results: ServerResult[] } = { schemaSource: '', results: [] };
  if (!denseOnly) try {
    log(`bench: language servers on ${sizes.join(', ')} lines (work dir ${workDir})`);
    // The whole run must stay under 10 minutes: no new LSP session starts after 8 minutes.
    lsp = await runLspBench({ root, workDir, sizes, edits: quick ? 30 : 60, editBudgetMs: quick ? 20_000 : 90_000, warmupEdits: quick ? 5 : 20, log, mode: stress ? 'repeat' : 'unique', deadline: t0 + 8 * 60_000 });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  let engine: EngineResult[] = [];
  if (!denseOnly) {
    log('bench: language service in-process (parse + analyze)');
    try {
      engine = runEngineBench(sizes);
    } catch (e) {
      notes.push(`in-process analysis benchmark failed: ${(e as Error).message}`);
    }
  }

  let denseResults: DenseResults | undefined;
  if (dense || denseOnly) {
    const denseSizes = (opt('--dense-sizes') ?? '1000,10000').split(',').map(Number).filter((n) => n >= 100);
    try {
      denseResults = await runDense({ root, workDir: join(workDir, 'dense'), sizes: denseSizes, bigBytes: Number(opt('--big-mb') ?? (quick ? 0 : 10)) * 2 ** 20, quick, log, deadline: t0 + 16 * 60_000 });
    } catch (e) {
      notes.push(`dense benchmark failed: ${(e as Error).message}`);
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }

  log('bench: kpc check over a workspace');
  let workspace: WorkspaceResult | undefined;
  const wsDir = join(tmpdir(), `kpc-bench-ws-${process.pid}`);
  try {
    workspace = await runWorkspaceBench({ root, workDir: wsDir, files: 1000, runs: quick ? 2 : 5, log });
  } catch (e) {
    notes.push(`workspace benchmark failed: ${(e as Error).message}`);
  } finally {
    rmSync(wsDir, { recursive: true, force: true });
  }

  const results: BenchResults = {
    version: 1,
    machine: { ...host, loadAvgEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    durationSec: 0,
    quick,
    content: stress ? 'repeat' : 'unique',
    schemaSource: lsp.schemaSource,
    lsp: lsp.results,
    engine,
    ...(denseResults ? { dense: denseResults } : {}),
    simulator: sim,
    ...(workspace ? { workspace } : {}),
    extension: ext,
    notes,
  };
  results.durationSec = Math.round((performance.now() - t0) / 1000);
  const { table, markdown } = renderReport(results);
  console.log('\n' + table);
  const outDir = join(root, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, quick ? 'quick.json' : stress ? 'stress.json' : denseOnly ? 'dense.json' : 'latest.json');
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  log(`bench: wrote ${outFile.slice(root.length + 1)} in ${results.durationSec} s`);
  if (!quick && !stress && !denseOnly && !flag('--no-readme')) {
    const readme = join(root, 'bench', 'README.md');
    if (existsSync(readme)) {
      const text = readFileSync(readme, 'utf8');
      const start = '<!-- bench:results:start -->';
      const end = '<!-- bench:results:end -->';
      const a = text.indexOf(start);
      const b = text.indexOf(end);
      if (a >= 0 && b > a) {
        mkdirSync(dirname(readme), { recursive: true });
        writeFileSync(readme, `${text.slice(0, a + start.length)}\n${markdown}\n${text.slice(b)}`);
        log('bench: refreshed the results section of bench/README.md');
      }
    }
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
