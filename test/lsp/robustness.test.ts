// Protocol misuse: unknown documents, positions past the end, out-of-order versions, cancellation, huge
// documents (the server in this process, over framed JSON), and what only the real stdio process of
// dist/server.js shows: garbage bytes on the wire, a client that goes away. The server must answer
// (errors or empty results) and keep serving, within a bound.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { Hover } from 'vscode-languageserver-types';
import { buildOnce, LspClient, SERVER } from './client';

const BOUND = 20_000;

/** Resolves with the promise's outcome, or fails the test when it takes longer than `ms`. */
async function within<T>(p: Promise<T>, what: string, ms = BOUND): Promise<{ ok: true; value: T } | { ok: false; error: { code?: number; message?: string } }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms);
  });
  try {
    const value = await Promise.race([p, timeout]);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('no answer')) throw err;
    return { ok: false, error: err as { code?: number; message?: string } };
  } finally {
    clearTimeout(timer);
  }
}

const hoverText = (h: Hover | null): string => {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
};

const SECRET = 'Zx9-hunter2-Secret';
const TEXT = `acks=all\nretriess=5\nssl.truststore.password=${SECRET}\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${SECRET}";\n`;

async function stillServing(c: LspClient, uri: string): Promise<void> {
  const r = await within(c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }), 'hover after misuse');
  assert.ok(r.ok, 'hover answered');
  assert.match(hoverText(r.value), /acks/, 'still answering real requests');
}

describe('protocol misuse (push diagnostics)', () => {
  let c: LspClient;
  const uri = 'file:///w/misuse/producer.config';
  before(async () => {
    c = await LspClient.start();
    await c.open(uri, TEXT, 1);
    await c.diagnosticsFor(uri, 1);
  });
  after(() => c.stop());

  test('requests for unknown documents answer null or empty', async () => {
    const doc = { textDocument: { uri: 'file:///nowhere/x.config' } };
    const pos = { ...doc, position: { line: 0, character: 0 } };
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const calls: [string, unknown][] = [
      ['textDocument/hover', pos],
      ['textDocument/completion', pos],
      ['textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }],
      ['textDocument/documentSymbol', doc],
      ['textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/rangeFormatting', { ...doc, range, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/foldingRange', doc],
      ['textDocument/documentLink', doc],
      ['textDocument/inlayHint', { ...doc, range }],
      ['textDocument/codeLens', doc],
      ['textDocument/semanticTokens/full', doc],
      ['kafkaProducerConfig/effectiveConfig', { uri: 'file:///nowhere/x.config' }],
    ];
    for (const [method, params] of calls) {
      const r = await within(c.request<unknown>(method, params), method);
      if (r.ok) {
        const v = r.value as unknown;
        const empty = v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && 'data' in v && (v as { data: unknown[] }).data.length === 0);
        assert.ok(empty, `${method} on an unknown document: ${JSON.stringify(v)}`);
      }
    }
    await stillServing(c, uri);
  });

  test('positions past the end, negative or malformed, and inverted ranges', async () => {
    const positions: unknown[] = [
      { line: 9999, character: 9999 },
      { line: 0, character: 1e9 },
      { line: -1, character: -5 },
      { line: 2 ** 31, character: 0 },
      { line: 0.5, character: 1.5 },
      { line: '1', character: '2' },
      null,
      {},
    ];
    for (const position of positions) {
      for (const method of ['textDocument/hover', 'textDocument/completion']) {
        await within(c.request(method, { textDocument: { uri }, position }), `${method} at ${JSON.stringify(position)}`);
      }
      const range = { start: position, end: { line: 0, character: 0 } };
      await within(c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), 'codeAction');
      await within(c.request('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } }), 'rangeFormatting');
      await within(c.request('textDocument/inlayHint', { textDocument: { uri }, range }), 'inlayHint');
    }
    await within(c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['nonsense', ''] } }), 'inverted range');
    await stillServing(c, uri);
  });

  test('wrong parameter shapes answer an error or nothing, never a crash', async () => {
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'textDocument/formatting', 'kafkaProducerConfig/effectiveConfig', 'no/suchMethod']) {
      for (const params of [null, 42, 'x', [], { textDocument: null }, { textDocument: { uri: 42 } }]) {
        await within(c.request(method, params), `${method}(${JSON.stringify(params)})`);
      }
    }
    const unknown = await within(c.request('no/suchMethod', {}), 'unknown method');
    assert.ok(!unknown.ok && unknown.error.code === -32601, 'MethodNotFound');
    await stillServing(c, uri);
  });

  test('notifications for documents never opened, twice opened, changes with older versions', async () => {
    const other = 'file:///w/misuse/other.config';
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened', version: 3 }, contentChanges: [{ text: 'acks=1' }] });
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never/opened' } });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never/opened' }, contentChanges: null });
    await c.open(other, 'linger.ms=5\n', 10);
    await c.open(other, 'linger.ms=6\nretriess=1\n', 11);
    assert.equal((await c.diagnosticsFor(other, 11)).filter((d) => d.code === 'unknown-key').length, 1);
    // An older version after a newer one: answered, nothing crashes, later edits still work.
    await c.replace(other, 'retriess=1\nlingr.ms=1\n', 5);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: other, version: 12 }, contentChanges: [{ range: { start: { line: 99, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    await c.replace(other, 'acks=all\n', 13);
    const last = await c.diagnosticsFor(other, 13);
    assert.deepEqual(last.filter((d) => d.code === 'unknown-key'), []);
    const versions = c.diagnostics.filter((d) => d.uri === other).map((d) => d.version);
    assert.equal(versions[versions.length - 1], 13, 'the newest version is the last one published');
    await stillServing(c, uri);
  });

  test('a cancelled request answers (result or RequestCancelled) and the next one is served', async () => {
    const tokens: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      const source = new (await import('vscode-jsonrpc')).CancellationTokenSource();
      tokens.push(c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } }, source.token).catch((e: { code?: number }) => e.code));
      source.cancel();
    }
    for (const [i, t] of tokens.entries()) {
      const r = await within(t, `cancelled request ${i}`);
      assert.ok(r.ok);
      assert.ok(Array.isArray(r.value) || r.value === -32800 || r.value === -32802, `answer ${JSON.stringify(r.value)}`);
    }
    await stillServing(c, uri);
  });

  test('a 10 MB document, then a newer small edit: the newer one wins, the server stays responsive', async () => {
    const big = 'file:///w/misuse/big.config';
    const text = 'acks=all\nlinger.ms=5\nbatch.size=16384\nretriess=5\n'.repeat(Math.ceil((10 * 1024 * 1024) / 48));
    await c.open(big, text, 1);
    await c.replace(big, 'acks=all\n', 2);
    const d = await c.diagnosticsFor(big, 2);
    assert.deepEqual(d.filter((x) => x.code === 'unknown-key'), []);
    const versions = c.diagnostics.filter((x) => x.uri === big).map((x) => x.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
    // Big again: every request still answered.
    await c.replace(big, text, 3);
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      const r = await within(c.request(method, { textDocument: { uri: big }, position: { line: 200_000, character: 3 } }), `${method} on 10 MB`, 60_000);
      assert.ok(r.ok);
    }
    await within(c.request('textDocument/documentSymbol', { textDocument: { uri: big } }), 'symbols on 10 MB', 60_000);
    await c.diagnosticsFor(big, 3);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: big } });
    await stillServing(c, uri);
  });

  test('nothing the server logged contains a secret value', () => {
    const logged = c.stderr.join('\n');
    assert.ok(!logged.includes(SECRET), 'secret in server output');
  });
});

describe('the real stdio process', () => {
  let c: LspClient;
  const uri = 'file:///w/wire/producer.config';
  before(async () => {
    buildOnce();
    c = await LspClient.start({ transport: 'stdio' });
    await c.open(uri, TEXT, 1);
    await c.diagnosticsFor(uri, 1);
  });
  after(() => c.stop());

  test('garbage JSON-RPC on the wire, then a valid request is still answered', async () => {
    const stdin = c.proc!.stdin!;
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    const write = (s: string) => new Promise<void>((resolve) => stdin.write(s, () => resolve()));
    await write(frame('{"jsonrpc":"2.0","id":'));
    await write(frame('[]'));
    await write(frame('{"jsonrpc":"2.0","method":"textDocument/hover","id":{"x":1},"params":{}}'));
    await write(frame('{"jsonrpc":"1.0","id":77,"method":"textDocument/hover"}'));
    await write(frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":42,"text":null}}}'));
    await write(frame('"\u0000\uFFFF"'));
    assert.equal(c.proc!.exitCode, null, 'server alive after garbage');
    await stillServing(c, uri);
  });

  test('nothing the server process wrote contains a secret value', () => {
    assert.ok(!c.stderr.join('\n').includes(SECRET), 'secret in server output');
  });
});

describe('pull diagnostics misuse', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ pull: true });
  });
  after(() => c.stop());

  test('diagnostics for unknown documents, stale result ids and cancelled pulls', async () => {
    const r = await within(c.request<{ kind: string; items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere.config' } }), 'diagnostic on unknown');
    assert.ok(!r.ok || (r.value.kind === 'full' && (r.value.items ?? []).length === 0), JSON.stringify(r));
    const uri = 'file:///w/pull/producer.config';
    await c.open(uri, TEXT, 1);
    const stale = await within(c.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: 'garbage:99' }), 'diagnostic with a stale id');
    assert.ok(stale.ok && stale.value.kind === 'full');
    const { CancellationTokenSource } = await import('vscode-jsonrpc');
    const source = new CancellationTokenSource();
    const p = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token).catch((e: { code?: number }) => e.code);
    source.cancel();
    const cancelled = await within(p, 'cancelled pull');
    assert.ok(cancelled.ok);
    await stillServing(c, uri);
  });
});

describe('a client that goes away (the real stdio process)', () => {
  before(() => buildOnce());

  test('stdin closed: the server exits instead of lingering', async () => {
    const c = await LspClient.start({ transport: 'stdio' });
    const exited = new Promise<number | null>((resolve) => c.proc!.once('exit', (code) => resolve(code)));
    c.proc!.stdin!.end();
    const r = await within(exited, 'server exit after stdin closed');
    assert.ok(r.ok && r.value === 1, 'no shutdown request came first: exit code 1, as the LSP specification says');
    c.conn.dispose();
  });

  test('shutdown, then stdin closed: exit code 0', async () => {
    const c = await LspClient.start({ transport: 'stdio' });
    const exited = new Promise<number | null>((resolve) => c.proc!.once('exit', (code) => resolve(code)));
    assert.equal(await c.request('shutdown', null), null);
    c.proc!.stdin!.end();
    const r = await within(exited, 'server exit after shutdown and stdin closed');
    assert.ok(r.ok && r.value === 0, `exit code ${r.ok ? r.value : '?'}`);
    c.conn.dispose();
  });

  test('the client process dies (initialize processId): the server notices and exits', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-jsonrpc/node');
    const conn = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    conn.onRequest('workspace/configuration', () => [{}]);
    conn.listen();
    await conn.sendRequest('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
    await conn.sendNotification('initialized', {});
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    parent.kill('SIGKILL');
    try {
      const r = await within(exited, 'server exit after its client died', 30_000);
      assert.ok(r.ok);
    } finally {
      conn.dispose();
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
