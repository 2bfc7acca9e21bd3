/**
 * One minimal LSP client used for every server in the benchmark (ours and the peers), so the
 * numbers differ only by server. It speaks JSON-RPC over the child's stdio, answers the requests
 * servers send back (configuration, registration, progress), and measures:
 *   - cold start: spawn → first diagnostics for the opened document (with at least one item),
 *   - warm edit: didChange → diagnostics for that version (pull when the server offers
 *     `textDocument/diagnostic`, as VS Code does; otherwise the next `publishDiagnostics`),
 *   - request latency (hover, completion),
 *   - peak RSS of the server process (VmHWM from /proc/<pid>/status).
 * Every wait has a timeout; `dispose()` always kills the child.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';

export interface ServerSpec {
  /** Short id used in tables (`ours`, `yaml-ls`, `json-ls`). */
  id: string;
  command: string;
  args: string[];
  languageId: string;
  /** Settings by section, answered to `workspace/configuration` and sent in didChangeConfiguration. */
  settings: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Extra notifications to send after `initialized` (e.g. `json/schemaAssociations`). */
  afterInitialized?: { method: string; params: unknown }[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

export interface DiagReport {
  count: number;
  ms: number;
}

interface Waiter {
  minVersion: number;
  requireItems: boolean;
  resolve: (count: number) => void;
}

export class TimeoutError extends Error {}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (10 ms ticks). */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(rest[11]) + Number(rest[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export class LspSession {
  readonly spec: ServerSpec;
  private child: ChildProcess | undefined;
  private conn: MessageConnection | undefined;
  private uri = '';
  private version = 0;
  private text = '';
  private waiters: Waiter[] = [];
  private lastPublished: { version: number | undefined; count: number } | undefined;
  pull = false;
  stderr = '';
  spawnedAt = 0;
  /** spawn → `initialize` answered, ms. */
  initializedMs = 0;

  constructor(spec: ServerSpec) {
    this.spec = spec;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawns the server and runs initialize/initialized/configuration. Resolves when ready for didOpen. */
  async start(rootUri: string, timeoutMs = 30_000): Promise<void> {
    this.spawnedAt = performance.now();
    const child = spawn(this.spec.command, this.spec.args, { stdio: ['pipe', 'pipe', 'pipe'], env: this.spec.env ? { ...process.env, ...this.spec.env } : process.env });
    this.child = child;
    child.stderr?.on('data', (d: Buffer) => {
      if (this.stderr.length < 20_000) this.stderr += d.toString();
    });
    child.on('error', (e) => {
      this.stderr += `\nspawn error: ${e.message}`;
    });
    if (!child.stdout || !child.stdin) throw new Error('no stdio');
    const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.conn = conn;
    conn.onError(() => undefined);
    conn.onClose(() => undefined);
    conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      if (process.env.KPC_BENCH_TRACE === '1') console.error(`[${this.spec.id}] <- workspace/configuration ${JSON.stringify(params)}`);
      return params.items.map((it) => (it.section !== undefined ? (this.spec.settings[it.section] ?? null) : this.spec.settings));
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onRequest('workspace/workspaceFolders', () => [{ uri: rootUri, name: 'bench' }]);
    conn.onRequest('window/showMessageRequest', () => null);
    // Anything else a server may ask (e.g. custom content requests): answer null rather than hang it.
    conn.onRequest((method: string, params: unknown) => {
      if (process.env.KPC_BENCH_TRACE === '1') console.error(`[${this.spec.id}] <- request ${method} ${JSON.stringify(params).slice(0, 300)}`);
      return null;
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      if (process.env.KPC_BENCH_TRACE === '1') console.error(`[${this.spec.id}] <- publishDiagnostics v${p.version} ${p.diagnostics.length} ${JSON.stringify(p.diagnostics.slice(0, 2)).slice(0, 300)}`);
      if (p.uri !== this.uri) return;
      this.lastPublished = { version: p.version, count: p.diagnostics.length };
      this.settleWaiters(p.version, p.diagnostics.length);
    });
    const trace = process.env.KPC_BENCH_TRACE === '1';
    conn.onNotification((method: string, params: unknown) => {
      if (trace) console.error(`[${this.spec.id}] <- ${method} ${JSON.stringify(params).slice(0, 300)}`);
    });
    conn.listen();

    const init = (await withTimeout(
      conn.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'kpc-bench', version: '1' },
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        initializationOptions: this.spec.initializationOptions,
        capabilities: {
          workspace: {
            configuration: true,
            didChangeConfiguration: { dynamicRegistration: true },
            workspaceFolders: true,
            diagnostics: { refreshSupport: false },
          },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
            diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            // What vscode-languageclient announces for completion (VS Code's own client).
            completion: {
              contextSupport: true,
              completionItem: {
                snippetSupport: true,
                commitCharactersSupport: true,
                documentationFormat: ['markdown', 'plaintext'],
                deprecatedSupport: true,
                preselectSupport: true,
                tagSupport: { valueSet: [1] },
                insertReplaceSupport: true,
                resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
                labelDetailsSupport: true,
              },
              completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
            },
          },
          general: { positionEncodings: ['utf-16'] },
        },
      }),
      timeoutMs,
      `${this.spec.id} initialize`,
    )) as { capabilities?: { diagnosticProvider?: unknown } };
    this.initializedMs = performance.now() - this.spawnedAt;
    this.pull = Boolean(init.capabilities?.diagnosticProvider);
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.settings });
    for (const n of this.spec.afterInitialized ?? []) await conn.sendNotification(n.method, n.params);
  }

  private settleWaiters(version: number | undefined, count: number): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      const versionOk = version === undefined || version >= w.minVersion;
      const itemsOk = !w.requireItems || count > 0;
      if (versionOk && itemsOk) w.resolve(count);
      else still.push(w);
    }
    this.waiters = still;
  }

  private waitPublished(minVersion: number, requireItems: boolean): Promise<number> {
    return new Promise((resolve) => this.waiters.push({ minVersion, requireItems, resolve }));
  }

  private async pullDiagnostics(timeoutMs: number): Promise<number> {
    const conn = this.need();
    const r = (await withTimeout(
      conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: this.uri } }),
      timeoutMs,
      `${this.spec.id} textDocument/diagnostic`,
    )) as { kind?: string; items?: unknown[] };
    return r.items?.length ?? 0;
  }

  private need(): MessageConnection {
    if (!this.conn) throw new Error('not started');
    return this.conn;
  }

  /**
   * Opens the document and waits for its first non-empty diagnostics.
   * Returns the time from spawn (cold start) and the count.
   */
  async open(uri: string, text: string, timeoutMs = 60_000): Promise<DiagReport> {
    const conn = this.need();
    this.uri = uri;
    this.text = text;
    this.version = 1;
    const published = this.pull ? undefined : this.waitPublished(1, true);
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.spec.languageId, version: 1, text } });
    let count: number;
    if (this.pull) {
      // Servers load schemas lazily: re-pull until the report has items (a cold client would too, on refresh).
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        count = await this.pullDiagnostics(Math.max(1, deadline - performance.now()));
        if (count > 0 || performance.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 5));
      }
    } else {
      count = await withTimeout(published as Promise<number>, timeoutMs, `${this.spec.id} first diagnostics`);
    }
    return { count, ms: performance.now() - this.spawnedAt };
  }

  get currentText(): string {
    return this.text;
  }

  /** Replaces [startOffset, endOffset) (one line) with `newText`, and waits for that version's diagnostics. */
  async edit(line: number, startChar: number, endChar: number, newText: string, timeoutMs: number): Promise<DiagReport> {
    const conn = this.need();
    this.version++;
    const version = this.version;
    const lineStart = nthLineStart(this.text, line);
    this.text = this.text.slice(0, lineStart + startChar) + newText + this.text.slice(lineStart + endChar);
    const published = this.pull ? undefined : this.waitPublished(version, false);
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version },
      contentChanges: [{ range: { start: { line, character: startChar }, end: { line, character: endChar } }, text: newText }],
    });
    const count = this.pull
      ? await this.pullDiagnostics(timeoutMs)
      : await withTimeout(published as Promise<number>, timeoutMs, `${this.spec.id} diagnostics for version ${version}`);
    return { count, ms: performance.now() - t0 };
  }

  async request(method: 'textDocument/hover' | 'textDocument/completion', line: number, character: number, timeoutMs: number): Promise<{ ms: number; size: number }> {
    const conn = this.need();
    const t0 = performance.now();
    const r = (await withTimeout(
      conn.sendRequest(method, { textDocument: { uri: this.uri }, position: { line, character } }),
      timeoutMs,
      `${this.spec.id} ${method}`,
    )) as unknown;
    const ms = performance.now() - t0;
    let size = 0;
    if (Array.isArray(r)) size = r.length;
    else if (r && typeof r === 'object' && 'items' in r && Array.isArray((r as { items: unknown[] }).items)) size = (r as { items: unknown[] }).items.length;
    else if (r && typeof r === 'object' && 'contents' in r) size = JSON.stringify((r as { contents: unknown }).contents).length;
    return { ms, size };
  }

  /** Any request about the open document (`textDocument` is filled in); resolves with the answer's JSON length. */
  async call(method: string, params: Record<string, unknown>, timeoutMs: number): Promise<number> {
    const r = await withTimeout(this.need().sendRequest(method, { textDocument: { uri: this.uri }, ...params }), timeoutMs, `${this.spec.id} ${method}`);
    return JSON.stringify(r ?? null).length;
  }

  cpuMs(): number | undefined {
    return cpuMs(this.child?.pid);
  }

  rssMb(): number | undefined {
    return peakRssMb(this.child?.pid);
  }

  /** Polite shutdown with a short timeout, then kill no matter what. */
  async dispose(): Promise<void> {
    const child = this.child;
    const conn = this.conn;
    this.waiters = [];
    if (conn && child && child.exitCode === null) {
      try {
        await withTimeout(conn.sendRequest('shutdown'), 2000, 'shutdown');
        await conn.sendNotification('exit');
      } catch {
        // ignored: we kill below
      }
    }
    if (child && child.exitCode === null && child.signalCode === null) {
      // Give it a moment to exit on its own after `exit`, then SIGTERM, then SIGKILL.
      await new Promise<void>((resolve) => {
        const term = setTimeout(() => child.kill('SIGTERM'), 1000);
        const kill = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 2000);
        child.once('exit', () => {
          clearTimeout(term);
          clearTimeout(kill);
          resolve();
        });
      });
    }
    conn?.dispose();
    this.child = undefined;
    this.conn = undefined;
  }

  lastPublishedCount(): number | undefined {
    return this.lastPublished?.count;
  }
}

function nthLineStart(text: string, line: number): number {
  let off = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off;
}
