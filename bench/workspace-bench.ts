/**
 * `kpc check DIR` over a generated workspace of N producer configs (default 1,000): 100 services, each a
 * Maven or Gradle project (alternating; a third on Spring Boot) with its configs, a root .kpc.json with a
 * team policy, and the folders kpc must skip (node_modules, target, build) holding more configs. Measures
 * the bundled CLI end to end (process start, discovery, build-file detection, analysis, policy, output) as
 * text and as JSON, its peak RSS, and discovery alone in-process. Then the editor's workspace check: the
 * bundled language server (a process over stdio, as Neovim runs it) with the workspace as its folder,
 * answering workspace/diagnostic for every config (first pull, re-pull with result ids), re-checking all of
 * them after .kpc.json changes while an open document's own pull is timed, and its peak RSS.
 *
 *   npx tsx bench/workspace-bench.ts [--files 1000] [--runs 5]     (after npm run build)
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProducerConfigs } from '../server/src/node/discover';
import { median, round } from './stats';

export interface WorkspaceResult {
  files: number;
  /** Configs in skipped folders (node_modules, target, build): found by none of the runs. */
  skippedConfigs: number;
  services: number;
  runs: number;
  /** kpc check DIR, wall time of the whole process (median), text and --format json. */
  textMs: number;
  jsonMs: number;
  /** The first run (cold caches), text. */
  firstMs: number;
  perFileMs: number;
  peakRssMb?: number;
  /** In-process findProducerConfigs alone (median). */
  discoveryMs: number;
  findings: number;
  errors: number;
  exitCode: number | null;
  /** Files reported whose Kafka version came from a build file. */
  fromBuildFile: number;
  /** The language server's workspace check (workspace/diagnostic) over the same workspace. */
  server?: WorkspaceServerResult;
}

export interface WorkspaceServerResult {
  /** initialize → initialized → the first workspace/diagnostic answered in full (every file read and checked). */
  firstPullMs: number;
  /** Files in that answer, and how many had findings. */
  reported: number;
  withFindings: number;
  /** A re-pull with every result id (all unchanged: what the client asks every 2 s), median. */
  unchangedPullMs: number;
  /** After .kpc.json changed (everything re-checked): the full workspace pull, median. */
  recheckPullMs: number;
  /** An open document's own pull sent at the same moment as that workspace pull: how long the editor waits. */
  openDocPullMs: number;
  /** The server process's peak RSS (VmHWM). */
  peakRssMb?: number;
}

const CONFIG = (i: number): string => `# service config ${i}
bootstrap.servers=kafka-1:9092,kafka-2:9092,kafka-3:9092
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=org.apache.kafka.common.serialization.ByteArraySerializer
acks=${i % 10 === 0 ? '1' : 'all'}
enable.idempotence=true
compression.type=${i % 7 === 0 ? 'gzip' : 'zstd'}
linger.ms=${i % 13 === 0 ? 500 : 20}
batch.size=65536
delivery.timeout.ms=120000
${i % 5 === 0 ? 'retriess=3' : 'retries=2147483647'}
max.in.flight.requests.per.connection=5
client.id=svc-${i}
`;

const POM = (v: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId><artifactId>svc</artifactId><version>1.0.0</version>
  <properties><kafka.version>${v}</kafka.version></properties>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>\${kafka.version}</version></dependency>
  </dependencies>
</project>
`;
const BOOT_POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version><relativePath/></parent>
  <artifactId>svc</artifactId>
  <dependencies><dependency><groupId>org.springframework.kafka</groupId><artifactId>spring-kafka</artifactId></dependency></dependencies>
</project>
`;
const GRADLE = (v: string): string => `plugins {\n  id("java")\n}\nval kafkaVersion = "${v}"\ndependencies {\n  implementation("org.apache.kafka:kafka-clients:$kafkaVersion")\n}\n`;

/** Writes the workspace; returns how many configs are in folders kpc skips. */
export function generateWorkspace(dir: string, files: number): { services: number; skipped: number } {
  const services = Math.max(1, Math.round(files / 10));
  const versions = ['3.6.1', '3.7.2', '3.9.1', '4.1.0'];
  writeFileSync(join(dir, '.kpc.json'), JSON.stringify({ policy: { acks: { oneOf: ['all', '-1'] }, 'compression.type': { oneOf: ['lz4', 'zstd'] }, 'linger.ms': { min: 5, max: 100 } } }, null, 2));
  mkdirSync(join(dir, '.git'), { recursive: true });
  let n = 0;
  let skipped = 0;
  for (let s = 0; s < services; s++) {
    const svc = join(dir, 'services', `svc-${String(s).padStart(3, '0')}`);
    const res = join(svc, 'src', 'main', 'resources');
    mkdirSync(res, { recursive: true });
    mkdirSync(join(svc, 'src', 'main', 'java'), { recursive: true });
    writeFileSync(join(svc, 'src', 'main', 'java', 'App.java'), 'class App {}\n');
    writeFileSync(join(svc, 'README.md'), '# service\n');
    const v = versions[s % versions.length]!;
    if (s % 3 === 0) writeFileSync(join(svc, 'pom.xml'), BOOT_POM);
    else if (s % 2 === 0) writeFileSync(join(svc, 'pom.xml'), POM(v));
    else writeFileSync(join(svc, 'build.gradle.kts'), GRADLE(v));
    const per = s === services - 1 ? files - n : Math.min(10, files - n);
    for (let k = 0; k < per; k++, n++) writeFileSync(join(res, k === 0 ? 'producer.properties' : `app-${k}.producer.properties`), CONFIG(n));
    // what kpc must not walk into
    for (const out of ['target/classes', 'build/resources/main']) {
      mkdirSync(join(svc, out), { recursive: true });
      writeFileSync(join(svc, out, 'producer.properties'), CONFIG(0));
      skipped++;
    }
  }
  const nm = join(dir, 'node_modules', 'some-lib', 'config');
  mkdirSync(nm, { recursive: true });
  for (let k = 0; k < 50; k++, skipped++) writeFileSync(join(nm, `x-${k}.producer.config`), CONFIG(k));
  return { services, skipped };
}

function runCli(cli: string, args: string[], cwd: string): Promise<{ ms: number; code: number | null; stdout: string; peakRssMb?: number }> {
  return new Promise((resolvePromise) => {
    const t = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let peak: number | undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const poll = setInterval(() => {
      try {
        const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
      } catch {
        // gone
      }
    }, 5);
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolvePromise({ ms: performance.now() - t, code, stdout, ...(peak !== undefined ? { peakRssMb: peak } : {}) });
    });
  });
}

function vmHwmMb(pid: number | undefined): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

type PullItem = { kind: 'full' | 'unchanged'; uri: string; resultId?: string; items?: unknown[] };

/** The language server's workspace check over `dir` (dist/server.js over stdio, pull diagnostics as VS Code asks them). */
export async function runServerWorkspaceBench(server: string, dir: string, files: number, runs: number): Promise<WorkspaceServerResult> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/showMessage', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const timeout = setTimeout(() => child.kill('SIGKILL'), 180_000);
  try {
    const t0 = performance.now();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await conn.sendNotification('initialized', {});
    const pull = (prev: PullItem[] = []): Promise<{ items: PullItem[] }> => conn.sendRequest('workspace/diagnostic', { previousResultIds: prev.filter((i) => i.resultId).map((i) => ({ uri: i.uri, value: i.resultId! })) });
    const first = await pull();
    const firstPullMs = performance.now() - t0;
    if (first.items.length !== files) throw new Error(`the workspace pull reported ${first.items.length} of ${files} configs`);
    const unchanged: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = await pull(first.items);
      unchanged.push(performance.now() - t);
      if (r.items.some((x) => x.kind !== 'unchanged')) throw new Error('a re-pull with every result id was not all unchanged');
    }
    // One open document: its own pull, sent together with the workspace pull after .kpc.json changed.
    const open = pathToFileURL(join(dir, 'services', 'svc-000', 'src', 'main', 'resources', 'producer.properties')).href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'kafka-producer-config', version: 1, text: CONFIG(0) } });
    const recheck: number[] = [];
    const openDoc: number[] = [];
    let prev = first.items;
    for (let i = 0; i < runs; i++) {
      await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.kpc.json')).href, type: 2 }] });
      const t = performance.now();
      const ws = pull(prev).then((r) => ({ r, ms: performance.now() - t }));
      const doc = (conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: open } }) as Promise<unknown>).then(() => performance.now() - t);
      const [w, d] = await Promise.all([ws, doc]);
      if (w.r.items.filter((x) => x.kind === 'full').length !== files - 1) throw new Error(`after .kpc.json changed, ${w.r.items.filter((x) => x.kind === 'full').length} of ${files - 1} configs were re-checked`);
      prev = w.r.items;
      recheck.push(w.ms);
      openDoc.push(d);
    }
    const peak = vmHwmMb(child.pid);
    return {
      firstPullMs: round(firstPullMs, 1)!,
      reported: first.items.length,
      withFindings: first.items.filter((i) => (i.items?.length ?? 0) > 0).length,
      unchangedPullMs: round(median(unchanged)!, 1)!,
      recheckPullMs: round(median(recheck)!, 1)!,
      openDocPullMs: round(median(openDoc)!, 1)!,
      ...(peak !== undefined ? { peakRssMb: round(peak, 0)! } : {}),
    };
  } finally {
    clearTimeout(timeout);
    try {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await conn.sendNotification('exit');
    } catch {
      // gone
    }
    conn.dispose();
    child.kill();
  }
}

export async function runWorkspaceBench(opts: { root: string; workDir: string; files?: number; runs?: number; log?: (s: string) => void }): Promise<WorkspaceResult> {
  const files = opts.files ?? 1000;
  const runs = opts.runs ?? 5;
  const cli = join(opts.root, 'dist', 'cli.js');
  const dir = join(opts.workDir, 'workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const gen = generateWorkspace(dir, files);
  opts.log?.(`bench: kpc check over ${files} configs in ${gen.services} services (${gen.skipped} more in skipped folders)`);
  const text: number[] = [];
  const json: number[] = [];
  let first = 0;
  let peak = 0;
  let last: Awaited<ReturnType<typeof runCli>> | undefined;
  for (let i = 0; i < runs; i++) {
    const t = await runCli(cli, ['check', '.'], dir);
    if (i === 0) first = t.ms;
    else text.push(t.ms);
    const j = await runCli(cli, ['check', '.', '--format', 'json'], dir);
    json.push(j.ms);
    peak = Math.max(peak, t.peakRssMb ?? 0, j.peakRssMb ?? 0);
    last = j;
  }
  const report = JSON.parse(last!.stdout) as { files: { kafkaVersionSource?: { origin: string }; diagnostics: { severity: string }[] }[] };
  const disc: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const found = findProducerConfigs(dir);
    disc.push(performance.now() - t);
    if (found.files.length !== files) throw new Error(`discovery found ${found.files.length} of ${files} configs`);
  }
  if (report.files.length !== files) throw new Error(`kpc check found ${report.files.length} of ${files} configs`);
  opts.log?.('bench: the language server\'s workspace check over the same configs');
  const server = await runServerWorkspaceBench(join(opts.root, 'dist', 'server.js'), dir, files, Math.max(2, runs));
  const textMs = median(text.length ? text : [first])!;
  return {
    files,
    skippedConfigs: gen.skipped,
    services: gen.services,
    runs,
    textMs: round(textMs, 1)!,
    jsonMs: round(median(json)!, 1)!,
    firstMs: round(first, 1)!,
    perFileMs: round(textMs / files, 3)!,
    ...(peak > 0 ? { peakRssMb: round(peak, 0)! } : {}),
    discoveryMs: round(median(disc)!, 1)!,
    findings: report.files.reduce((s, f) => s + f.diagnostics.length, 0),
    errors: report.files.reduce((s, f) => s + f.diagnostics.filter((d) => d.severity === 'error').length, 0),
    exitCode: last!.code,
    fromBuildFile: report.files.filter((f) => f.kafkaVersionSource?.origin === 'build').length,
    server,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const arg = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const workDir = join(tmpdir(), `kpc-workspace-bench-${process.pid}`);
  runWorkspaceBench({ root: resolve(__dirname, '..'), workDir, files: Number(arg('--files') ?? 1000), runs: Number(arg('--runs') ?? 5), log: (s) => console.log(s) })
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .finally(() => rmSync(workDir, { recursive: true, force: true }));
}
