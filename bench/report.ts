/** Renders benchmark results as Markdown tables (printed to the console and put into bench/README.md). */
import type { DenseResults } from './dense';
import type { EngineResult } from './engine-bench';
import type { ExtensionCost } from './extension-cost';
import { PEERS, type ServerResult } from './lsp-bench';
import type { SimResult } from './simulator-bench';
import type { WorkspaceResult } from './workspace-bench';
import { fmtBytes, fmtMs, fmtRate } from './stats';

export interface BenchResults {
  version: 1;
  machine: {
    date: string;
    cpuModel: string;
    nproc: number;
    memTotalGiB: number;
    memFreeGiB: number;
    freeH: string;
    node: string;
    platform: string;
    gitCommit: string;
    /** 1/5/15-minute load averages when the run started and ended (other work on the machine shows here). */
    loadAvgStart: number[];
    loadAvgEnd?: number[];
    /** Median wall time of `node -e 0` at the start of the run. */
    nodeStartMs?: number;
  };
  durationSec: number;
  quick: boolean;
  /** Generated content mode (bench/generate.ts). */
  content: 'unique' | 'repeat';
  schemaSource: string;
  lsp: ServerResult[];
  /** The language service in-process (no LSP): parse and full analysis of the edited file. */
  engine?: EngineResult[];
  /** The dense content (bench/dense.ts), when it was run. */
  dense?: DenseResults;
  simulator: SimResult;
  /** `kpc check DIR` over a generated workspace of configs (bench/workspace-bench.ts). */
  workspace?: WorkspaceResult;
  extension: ExtensionCost;
  notes: string[];
}

const NAMES: Record<string, string> = {
  ours: 'ours (.config)',
  'yaml-ls': 'yaml-language-server (.yaml)',
  'json-ls': 'vscode-json-language-server (.jsonc)',
  floor: 'floor: no analysis (bench/floor-server.ts)',
};

function sizeLabel(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function diagCell(r: ServerResult): string {
  const d = r.diagnostics;
  return `${d.onOpen ?? '–'} / ${d.afterInvalidEdit ?? '–'} / ${d.afterValidEdit ?? '–'}`;
}

interface Check {
  target: string;
  measured: string;
  ok: boolean | undefined;
}

interface Ratio {
  size: number;
  ours?: number;
  peer?: number;
  peerId?: string;
  ratio?: number;
  oursCpu?: number;
  peerCpu?: number;
  peerCpuId?: string;
  cpuRatio?: number;
  /** The do-nothing server's edit median: the protocol and document-sync cost any server here pays. */
  floor?: number;
  /** Faster peer ÷ floor: the highest ratio a server with zero analysis cost could reach in this run. */
  ceiling?: number;
}

/** The faster peer's edit median divided by ours, per size; and the same for server CPU per edit. */
function ratios(lsp: ServerResult[]): Ratio[] {
  const sizes = [...new Set(lsp.filter((r) => r.server === 'ours').map((r) => r.size))];
  return sizes.map((size) => {
    const ours = lsp.find((r) => r.server === 'ours' && r.size === size);
    const peers = lsp.filter((r) => PEERS.includes(r.server) && r.size === size);
    const floor = lsp.find((r) => r.server === 'floor' && r.size === size)?.editMs.median;
    let best: ServerResult | undefined;
    let bestCpu: ServerResult | undefined;
    for (const p of peers) {
      if (p.editMs.median !== undefined && (best === undefined || p.editMs.median < (best.editMs.median as number))) best = p;
      if (p.editCpuMs !== undefined && (bestCpu === undefined || p.editCpuMs < (bestCpu.editCpuMs as number))) bestCpu = p;
    }
    const o = ours?.editMs.median;
    const b = best?.editMs.median;
    const oc = ours?.editCpuMs;
    const bc = bestCpu?.editCpuMs;
    return {
      size,
      ours: o,
      peer: b,
      peerId: best?.server,
      ratio: o !== undefined && b !== undefined && o > 0 ? b / o : undefined,
      oursCpu: oc,
      peerCpu: bc,
      peerCpuId: bestCpu?.server,
      cpuRatio: oc !== undefined && bc !== undefined && oc > 0 ? bc / oc : undefined,
      floor,
      ceiling: floor !== undefined && b !== undefined && floor > 0 ? b / floor : undefined,
    };
  });
}

function checkRows(cs: Check[]): string[] {
  return [row(['target', 'measured', 'met?']), row(['---', '---', '---']), ...cs.map((c) => row([c.target, c.measured, c.ok === undefined ? 'not measured' : c.ok ? 'yes' : '**no**']))];
}

/** The dense case's targets (issue 20). */
function denseChecks(d: DenseResults): Check[] {
  const out: Check[] = [];
  for (const r of ratios(d.equal)) {
    out.push({
      target: `equal work: warm diagnostics ≥ 10× faster than the faster peer at ${sizeLabel(r.size)} lines`,
      measured: r.ratio !== undefined ? `${r.ratio.toFixed(1)}× (${fmtMs(r.ours)} vs ${r.peerId} ${fmtMs(r.peer)})${r.ceiling !== undefined ? `; the floor server reaches ${r.ceiling.toFixed(1)}× (${fmtMs(r.floor)})` : ''}` : 'not measured',
      ok: r.ratio !== undefined ? r.ratio >= 10 : undefined,
    });
  }
  const many10k = ratios(d.many).find((r) => r.size === 10_000);
  const findings = d.many.find((r) => r.server === 'ours' && r.size === 10_000)?.diagnostics.onOpen;
  out.push({
    target: 'many findings: at 10k lines at least as fast as the faster peer with its few',
    measured: many10k?.ratio !== undefined ? `${many10k.ratio.toFixed(2)}× (${fmtMs(many10k.ours)}, ${findings ?? '–'} diagnostics sent, vs ${many10k.peerId} ${fmtMs(many10k.peer)})` : 'not measured',
    ok: many10k?.ratio !== undefined ? many10k.ratio >= 1 : undefined,
  });
  const at10k = [...d.equal, ...d.many].filter((r) => r.server === 'ours' && r.size === 10_000);
  const hp = at10k.length ? Math.max(...at10k.map((r) => r.hoverMs.p95 ?? Infinity)) : undefined;
  const cp = at10k.length ? Math.max(...at10k.map((r) => r.completionMs.p95 ?? Infinity)) : undefined;
  out.push({ target: 'hover and completion p95 < 2 ms at 10k lines (worse of the two forms)', measured: `hover ${fmtMs(hp)}, completion ${fmtMs(cp)}`, ok: hp !== undefined && cp !== undefined && Number.isFinite(hp + cp) ? hp < 2 && cp < 2 : undefined });
  const big = d.big.find((r) => r.server === 'ours');
  const bigEdit = big?.editMs.median;
  out.push({ target: 'the 10 MB file: one edit < 1 s (median, our server)', measured: big ? `${fmtMs(bigEdit)} (${big.lines} lines, ${big.diagnostics.onOpen ?? '–'} diagnostics sent)${big.editsStopped ? `; ${big.editsStopped}` : ''}` : 'not measured', ok: bigEdit !== undefined ? bigEdit < 1000 : undefined });
  const rss = big?.peakRssMb;
  out.push({ target: 'the 10 MB file: peak server RSS < 500 MB', measured: rss !== undefined ? `${rss.toFixed(0)} MB` : '–', ok: rss !== undefined ? rss < 500 : undefined });
  return out;
}

/** The dense section of the report. */
function renderDense(d: DenseResults): string[] {
  const L: string[] = [];
  L.push('### Dense content (every line a live entry)');
  L.push('');
  L.push('Generated like a merged config: the real keys once each (the realistic content\'s typos and refused values among them), thousands of custom keys (`app.topic.17=…`, three in ten continued over three lines). *Equal work*: `# kpc: allow app.* orders.* tracing.* audit.*` on line 0 and the same prefixes as `patternProperties` in the peers\' schema, so every server reports the same few findings. *Many findings*: no allow line, every custom key is an `unknown-key` finding for us; the peers keep the schema that declares them (their few findings).');
  L.push('');
  L.push(...checkRows(denseChecks(d)));
  L.push('');
  const forms: [string, ServerResult[], EngineResult[]][] = [
    ['Equal work', d.equal, d.engineEqual],
    ['Many findings', d.many, d.engineMany],
  ];
  for (const [title, lsp, engine] of forms) L.push(`#### ${title}`, '', ...lspTables(lsp), '', ...engineTable(engine, lsp), '');
  L.pop();
  if (d.big.length) {
    L.push('');
    L.push('#### The 10 MB file (many findings, our server only)');
    L.push('');
    L.push(...lspTables(d.big).slice(0, 2 + d.big.length));
  }
  const b = d.bigInProcess;
  if (b) {
    L.push('');
    L.push(
      b.error
        ? `In-process 10 MB analysis failed: ${b.error}`
        : `In-process, the same 10 MB file (${(b.bytes / 2 ** 20).toFixed(1)} MiB of text, ${b.lines} lines, ${b.findings ?? '–'} findings): full analysis ${fmtMs(b.analyzeMs)}, incremental edit ${fmtMs(b.incrementalMs)} (median); heap in use after a collection: ${b.heapAfterOpenMb ?? '–'} MB with the analysis, ${b.heapAfterEditsMb ?? '–'} MB after the edits (the text itself is ~${(b.bytes / 2 ** 20).toFixed(0)} MB as a one-byte string).`,
    );
  }
  const errs = [...d.equal, ...d.many, ...d.big].filter((r) => r.errors.length);
  for (const r of errs) for (const e of r.errors) L.push(`- error: ${r.server} @ ${r.lines} lines: ${e.replace(/\|/g, '/').slice(0, 300)}`);
  return L;
}

function checks(res: BenchResults): Check[] {
  const ours = (lines: number): ServerResult | undefined => res.lsp.find((r) => r.server === 'ours' && r.size === lines);
  const out: Check[] = [];
  for (const r of ratios(res.lsp)) {
    if (r.size < 1000) continue;
    out.push({
      target: `warm diagnostics ≥ 10× faster than the faster peer at ${sizeLabel(r.size)} lines`,
      measured:
        r.ratio !== undefined
          ? `${r.ratio.toFixed(1)}× (${fmtMs(r.ours)} vs ${r.peerId} ${fmtMs(r.peer)})${r.ceiling !== undefined ? `; a server doing no analysis reaches ${r.ceiling.toFixed(1)}× (${fmtMs(r.floor)})` : ''}`
          : 'not measured',
      ok: r.ratio !== undefined ? r.ratio >= 10 : undefined,
    });
  }
  const w = res.workspace;
  out.push({ target: `kpc check over a workspace of 1,000 configs < 3 s (whole process, median)`, measured: w ? `${fmtMs(w.textMs)} (${w.files} files)` : 'not measured', ok: w && w.files === 1000 ? w.textMs < 3000 : undefined });
  const o1k = ours(1000);
  out.push({ target: 'warm diagnostics < 1 ms at 1k lines (median)', measured: fmtMs(o1k?.editMs.median), ok: o1k?.editMs.median !== undefined ? o1k.editMs.median < 1 : undefined });
  const o100k = ours(100_000);
  out.push({ target: 'warm diagnostics < 60 ms at 100k lines (median)', measured: fmtMs(o100k?.editMs.median), ok: o100k?.editMs.median !== undefined ? o100k.editMs.median < 60 : undefined });
  const colds = res.lsp.filter((r) => r.server === 'ours' && r.coldStartMs.median !== undefined);
  const worstCold = colds.length ? Math.max(...colds.map((r) => r.coldStartMs.median as number)) : undefined;
  const cold10 = ours(10)?.coldStartMs.median;
  out.push({
    target: 'cold start < 300 ms (spawn → first diagnostics, median)',
    measured: `${fmtMs(cold10)} at 10 lines; worst size ${fmtMs(worstCold)}`,
    ok: cold10 !== undefined ? cold10 < 300 : undefined,
  });
  const o10k = ours(10_000);
  const hp = o10k?.hoverMs.p95;
  const cp = o10k?.completionMs.p95;
  out.push({
    target: 'hover and completion p95 < 5 ms at 10k lines',
    measured: `hover ${fmtMs(hp)}, completion ${fmtMs(cp)}`,
    ok: hp !== undefined && cp !== undefined ? hp < 5 && cp < 5 : undefined,
  });
  const rss = o100k?.peakRssMb;
  out.push({ target: 'server peak RSS < 80 MB at 100k lines', measured: rss !== undefined ? `${rss.toFixed(1)} MB` : '–', ok: rss !== undefined ? rss < 80 : undefined });
  const sims = res.simulator.scenarios.filter((s) => s.records >= 1_000_000);
  const simMin = sims.length ? Math.min(...sims.map((s) => s.recordsPerSec)) : undefined;
  out.push({
    target: 'simulator ≥ 2 M records/s (1M records, every scenario)',
    measured: sims.length ? sims.map((s) => `${s.scenario.split(' ')[0]} ${fmtRate(s.recordsPerSec)}`).join(', ') : '–',
    ok: simMin !== undefined ? simMin >= 2_000_000 : undefined,
  });
  const vsix = res.extension.vsixBytes;
  out.push({ target: '.vsix < 1 MB', measured: fmtBytes(vsix), ok: vsix !== undefined ? vsix < 1024 * 1024 : undefined });
  return out;
}

/** The per-server table and the ratio table of one set of LSP results. */
export function lspTables(lsp: ServerResult[]): string[] {
  const L: string[] = [];
  L.push(row(['size (lines)', 'server', 'diag mode', 'cold start', '(of it: initialize)', 'first edit', 'edit', 'edit CPU', 'edit p95', 'hover', 'hover p95', 'completion', 'compl. p95', 'peak RSS', 'diags', 'n edits']));
  L.push(row(['---:', '---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of lsp) {
    const err = r.errors.length ? ` ⚠ ${r.errors.length} error(s)` : '';
    L.push(
      row([
        `${sizeLabel(r.size)}${r.lines !== r.size ? ` (${r.lines})` : ''}`,
        `${NAMES[r.server] ?? r.server}${err}`,
        r.pullDiagnostics ? 'pull' : 'push',
        fmtMs(r.coldStartMs.median),
        fmtMs(r.initializeMs?.median),
        fmtMs(r.firstEditMs?.median),
        fmtMs(r.editMs.median),
        fmtMs(r.editCpuMs),
        fmtMs(r.editMs.p95),
        fmtMs(r.hoverMs.median),
        fmtMs(r.hoverMs.p95),
        fmtMs(r.completionMs.median),
        fmtMs(r.completionMs.p95),
        r.peakRssMb !== undefined ? `${r.peakRssMb.toFixed(0)} MB` : '–',
        diagCell(r),
        `${r.editMs.n}${r.editsStopped ? ` (${r.editsStopped})` : ''}${r.sessionsSkipped ? ` (${r.sessionsSkipped} session(s) skipped: time limit)` : ''}`,
      ]),
    );
  }
  L.push('');
  L.push('Ratio of warm edit → diagnostics, faster peer ÷ ours (higher is better for us). *floor* is the same edit against a server that does no analysis at all; *ceiling* = faster peer ÷ floor, the best ratio any server on this protocol stack could show in this run:');
  L.push('');
  L.push(row(['lines', 'ours', 'faster peer', 'ratio', 'floor', 'ceiling', 'ours CPU/edit', 'least-CPU peer', 'CPU ratio']));
  L.push(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of ratios(lsp)) {
    L.push(
      row([
        sizeLabel(r.size),
        fmtMs(r.ours),
        r.peerId ? `${fmtMs(r.peer)} (${r.peerId})` : '–',
        r.ratio !== undefined ? `${r.ratio.toFixed(1)}×` : '–',
        fmtMs(r.floor),
        r.ceiling !== undefined ? `${r.ceiling.toFixed(1)}×` : '–',
        fmtMs(r.oursCpu),
        r.peerCpuId ? `${fmtMs(r.peerCpu)} (${r.peerCpuId})` : '–',
        r.cpuRatio !== undefined ? `${r.cpuRatio.toFixed(1)}×` : '–',
      ]),
    );
  }
  return L;
}

/** The in-process table: parse, full analysis and incremental analysis beside our LSP edit. */
export function engineTable(engine: EngineResult[], lsp: ServerResult[]): string[] {
  const L: string[] = [];
  L.push(row(['lines', 'parse', 'analyze (full)', 'analyze p95', 'incremental', 'incremental p95', 'findings', 'LSP edit (wall)', 'LSP edit (server CPU)']));
  L.push(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const e of engine) {
    const o = lsp.find((r) => r.server === 'ours' && r.size === e.size);
    L.push(row([sizeLabel(e.size), fmtMs(e.parseMs), fmtMs(e.analyzeMs), fmtMs(e.analyzeP95Ms), fmtMs(e.incrementalMs), fmtMs(e.incrementalP95Ms), String(e.findings), fmtMs(o?.editMs.median), fmtMs(o?.editCpuMs)]));
  }
  return L;
}

export function renderReport(res: BenchResults): { table: string; markdown: string } {
  const L: string[] = [];
  const m = res.machine;
  L.push(`Run ${m.date} on ${m.nproc} × ${m.cpuModel}, ${m.memTotalGiB} GiB RAM, Node ${m.node}, ${m.platform}, commit ${m.gitCommit}; took ${res.durationSec} s; load average ${m.loadAvgStart.join(' / ')} at the start, ${m.loadAvgEnd?.join(' / ') ?? '–'} at the end; a bare \`node -e 0\` took ${m.nodeStartMs ?? '–'} ms.`);
  L.push('');
  L.push(`Content: ${res.content === 'repeat' ? 'duplicate-key stress (every block live, real keys repeat)' : 'realistic (each key set once, live entries spread through documentation and commented-out alternatives)'}. Schema for the peers: ${res.schemaSource}.`);
  L.push('');
  L.push('### Targets');
  L.push('');
  L.push(...checkRows(checks(res)));
  L.push('');
  L.push('### Language servers');
  L.push('');
  const warm = res.lsp[0]?.warmupEdits;
  L.push(`Times are medians unless marked p95. *edit* = didChange → diagnostics for that version (pull when the server offers it), warm: counted after ${warm ?? '–'} uncounted edits in the same session. *first edit* = the first edit after opening the file (one per session, JIT still cold). `);
  L.push('*edit CPU* = server CPU time (user + system, 10 ms ticks) per counted edit, averaged: it does not include waiting (debounce, other processes on the machine). ');
  L.push('*diags* = count on open / after the out-of-range edit / after the valid edit (each server really re-validated when the middle number differs).');
  L.push('');
  L.push(...lspTables(res.lsp));
  if (res.engine?.length) {
    L.push('');
    L.push('Where our edit time goes: the language service in-process (no LSP), on the same files after the same edit — `parseProperties`, a full `analyze` (which includes parsing), and `analyzeIncremental` from the previous analysis and the one change (what the server runs on didChange):');
    L.push('');
    L.push(...engineTable(res.engine, res.lsp));
  }
  const errs = res.lsp.filter((r) => r.errors.length);
  if (errs.length) {
    L.push('');
    L.push('Errors:');
    for (const r of errs) for (const e of r.errors) L.push(`- ${r.server} @ ${r.lines} lines: ${e.replace(/\|/g, '/').slice(0, 300)}`);
  }
  if (res.dense) {
    L.push('');
    L.push(...renderDense(res.dense));
  }
  L.push('');
  L.push('### Simulator');
  L.push('');
  if (res.simulator.error) L.push(`Simulator benchmark failed: ${res.simulator.error}`);
  L.push(row(['scenario', 'records', 'wall time', 'records/s', 'delivered', 'duplicated', 'batches']));
  L.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const s of res.simulator.scenarios) L.push(row([s.scenario, String(s.records), fmtMs(s.ms), fmtRate(s.recordsPerSec), String(s.delivered), String(s.duplicated), String(s.batches)]));
  const pr = res.simulator.previewRecompute;
  L.push('');
  L.push(`Preview recompute (settings from the file + default scenario, ${pr.records} records): median ${fmtMs(pr.median)}, p95 ${fmtMs(pr.p95)} over ${pr.n} runs.`);
  if (res.workspace) {
    const w = res.workspace;
    L.push('');
    L.push('### kpc check over a workspace');
    L.push('');
    L.push(`\`kpc check .\` (the bundled CLI, a new process each run) over ${w.files} producer configs in ${w.services} Maven and Gradle services (a third on Spring Boot), with a root .kpc.json policy and ${w.skippedConfigs} more configs in node_modules/, target/ and build/ that must be skipped. Medians of ${w.runs - 1} runs after a first one; every file's Kafka version came from its build file (${w.fromBuildFile} of ${w.files}).`);
    L.push('');
    L.push(row(['files', 'text', 'json', 'first run', 'per file', 'peak RSS', 'discovery alone', 'findings (errors)', 'exit']));
    L.push(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    L.push(row([String(w.files), fmtMs(w.textMs), fmtMs(w.jsonMs), fmtMs(w.firstMs), fmtMs(w.perFileMs), w.peakRssMb !== undefined ? `${w.peakRssMb} MB` : '–', fmtMs(w.discoveryMs), `${w.findings} (${w.errors})`, String(w.exitCode)]));
    const s = w.server;
    if (s) {
      L.push('');
      L.push(`The editor's workspace check over the same ${w.files} configs: the language server (dist/server.js over stdio) with the workspace as its folder, answering \`workspace/diagnostic\` for every file that is not open. *First pull*: from \`initialize\` to the first full answer. *Re-pull*: every result id sent back, all unchanged (the client asks every 2 s). *After .kpc.json changed*: every file re-checked, with an open document's own pull sent at the same moment (*open file waits*). Medians.`);
      L.push('');
      L.push(row(['files', 'first pull', 'with findings', 're-pull (unchanged)', 'after .kpc.json changed', 'open file waits', 'server peak RSS']));
      L.push(row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']));
      L.push(row([String(s.reported), fmtMs(s.firstPullMs), String(s.withFindings), fmtMs(s.unchangedPullMs), fmtMs(s.recheckPullMs), fmtMs(s.openDocPullMs), s.peakRssMb !== undefined ? `${s.peakRssMb} MB` : '–']));
    }
  }
  L.push('');
  L.push('### Extension cost');
  L.push('');
  const e = res.extension;
  L.push(row(['artifact', 'size']));
  L.push(row(['---', '---:']));
  for (const [k, v] of Object.entries(e.bundles)) L.push(row([`dist/${k} (production)`, fmtBytes(v)]));
  L.push(row(['kafka-producer-config.vsix', e.vsixBytes !== undefined ? fmtBytes(e.vsixBytes) : `– ${e.vsixError ?? 'not built'}`]));
  L.push('');
  const cold = res.lsp.find((r) => r.server === 'ours' && r.size === 10)?.coldStartMs.median;
  if (e.clientLoadMs?.median !== undefined) {
    L.push(
      `Activation (proxy): loading dist/client.js takes ${fmtMs(e.clientLoadMs.median)} (median of ${e.clientLoadMs.runs.length} fresh processes, stub \`vscode\` module); ` +
        `starting the server to first diagnostics takes ${fmtMs(cold)} (cold start at 10 lines); together ≈ ${fmtMs(cold !== undefined ? cold + e.clientLoadMs.median : undefined)}. ` +
        'A real extension host adds its own overhead, not measured here.',
    );
  } else if (e.clientLoadError) L.push(`Activation: client load not measured (${e.clientLoadError}).`);
  if (res.notes.length) {
    L.push('');
    for (const n of res.notes) L.push(`Note: ${n}`);
  }
  const markdown = L.join('\n');
  return { table: markdown, markdown };
}
