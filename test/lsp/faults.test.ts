// Fault injection: messages out of order (a document opened twice, a version going backwards, overlapping and
// out-of-range changes, changes for closed documents), a settings request the client never answers, cancelled
// requests, and a client that disappears in the middle of a request. After each, the server must keep serving
// (the next request gets the right answer, checked against a fresh document with the same text) and never
// publish diagnostics for an old text or a closed document.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { buildOnce, LspClient } from './client';

type Report = { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] };
const pull = (c: LspClient, uri: string, previousResultId?: string): Promise<Report> =>
  c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
/** Line and code of each diagnostic (but the file-level missing-required, which every snippet here gets). */
const codes = (items: readonly Diagnostic[] | undefined): string[] => (items ?? []).filter((d) => d.code !== 'missing-required').map((d) => `${d.range.start.line}:${String(d.code)}`);
const change = (c: LspClient, uri: string, version: number, contentChanges: unknown[]): Promise<void> =>
  c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });

/** What a fresh document with this text is told (the reference every faulty sequence must end up at). */
async function freshDiagnostics(c: LspClient, text: string): Promise<string[]> {
  const uri = `file:///w/fresh/${Math.random().toString(36).slice(2)}.properties`;
  await c.open(uri, text);
  const r = await pull(c, uri);
  await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return codes(r.items);
}

describe('messages out of order (pull)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ pull: true });
  });
  after(() => c.stop());

  test('a document opened twice with the same version gets the diagnostics of its second text', async () => {
    const uri = 'file:///w/order/twice.properties';
    await c.open(uri, 'retriess=1\n', 1);
    const first = await pull(c, uri);
    assert.deepEqual(codes(first.items), ['0:unknown-key']);
    await c.open(uri, 'acks=all\nlingr.ms=5\n', 1);
    const again = await pull(c, uri, first.resultId);
    assert.equal(again.kind, 'full', 'a new text is never "unchanged"');
    assert.deepEqual(codes(again.items), await freshDiagnostics(c, 'acks=all\nlingr.ms=5\n'));
    // and an edit after it applies to the second text
    await change(c, uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, text: 'linger' }]);
    assert.deepEqual(codes((await pull(c, uri)).items), await freshDiagnostics(c, 'acks=all\nlinger.ms=5\n'));
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('a version going backwards to one already analysed: the diagnostics are of the current text', async () => {
    const uri = 'file:///w/order/backwards.properties';
    await c.open(uri, 'retriess=1\n', 5);
    const first = await pull(c, uri);
    assert.deepEqual(codes(first.items), ['0:unknown-key']);
    await c.replace(uri, 'lingr.ms=1\n', 6);
    await c.replace(uri, 'acks=all\nbatch.size=abc\n', 5);
    const now = await pull(c, uri, first.resultId);
    assert.equal(now.kind, 'full');
    assert.deepEqual(codes(now.items), await freshDiagnostics(c, 'acks=all\nbatch.size=abc\n'));
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.match(JSON.stringify(hover?.contents), /batch\.size/, 'hover reads the current text');
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('overlapping, inverted and out-of-range changes in one notification end at the text the client computes', async () => {
    const uri = 'file:///w/order/ranges.properties';
    const text = 'acks=all\nlinger.ms=5\n# 주석 comment\nbatch.size=16384\nretries=3\n';
    await c.open(uri, text, 1);
    await pull(c, uri); // analysed: the next analysis re-reads only what the changes touched
    const changes = [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, text: 'lingr' },
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } }, text: 'nge' },
      { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 2 } }, text: 'X' },
      { range: { start: { line: 99, character: 0 }, end: { line: 120, character: 4 } }, text: 'retriess=1\n' },
      { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 400 } }, text: '한국어\nenable.idempotence=maybe' },
      { range: { start: { line: 0, character: -3 }, end: { line: 0, character: 2 } }, text: '' },
    ];
    await change(c, uri, 2, changes);
    let expected = TextDocument.create(uri, 'x', 1, text);
    for (const ch of changes) expected = TextDocument.update(expected, [ch], 2);
    const items = (await pull(c, uri)).items;
    assert.deepEqual(codes(items), await freshDiagnostics(c, expected.getText()));
    assert.ok(codes(items).some((x) => x.endsWith('unknown-key')), codes(items).join());
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  test('changes for a document never opened or already closed are ignored; nothing is kept for it', async () => {
    const uri = 'file:///w/order/closed.properties';
    await change(c, 'file:///w/order/never.properties', 3, [{ text: 'acks=1' }]);
    await c.open(uri, 'acks=all\n', 1);
    await pull(c, uri);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await change(c, uri, 2, [{ text: 'retriess=1\n' }]);
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const r = await pull(c, uri);
    assert.deepEqual(r.items, [], 'a closed document has no diagnostics');
    assert.deepEqual(codes((await pull(c, 'file:///w/order/never.properties')).items), []);
    assert.deepEqual(c.server!.stats(), { documents: 0, analyses: 0, changeLogs: 0, revisions: 0, skipped: 0, diagnosticTimers: 0, scopedSettings: 0, scopedLoading: 0, scopedSeq: 0, unansweredConfiguration: 0, missedSettings: 0 });
  });
});

describe('messages out of order (push)', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(() => c.stop());

  /** Waits until `uri` has diagnostics for `version` published after everything sent before. */
  async function settled(uri: string, version: number, text: string): Promise<void> {
    await c.replace(uri, text, version);
    await c.diagnosticsFor(uri, version);
  }

  test('never a publish for a closed document or an older text; the last one is of the current text', async () => {
    const a = 'file:///w/push/a.properties';
    const barrier = 'file:///w/push/barrier.properties';
    await c.open(barrier, 'acks=all\n', 1);
    await c.open(a, 'retriess=1\n', 1);
    await c.diagnosticsFor(a, 1);
    // Out of order: a version going backwards, then the same document opened again, without waiting.
    await c.replace(a, 'lingr.ms=1\n', 7);
    await c.replace(a, 'acks=all\n', 3);
    await c.open(a, 'batch.size=abc\n', 3);
    // The re-opened document waits for its own settings (a workspace/configuration round trip), so its publish may
    // come after a later change of another document: wait for the publish of the text opened last, then settle.
    const deadline = Date.now() + 15_000;
    while (!c.diagnostics.some((d) => d.uri === a && d.version === 3 && codes(d.diagnostics).includes('0:invalid-value'))) {
      if (Date.now() > deadline) assert.fail(`no publish for the text opened last: ${JSON.stringify(c.diagnostics.filter((d) => d.uri === a))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settled(barrier, 2, 'acks=1\n');
    const published = c.diagnostics.filter((d) => d.uri === a);
    const last = published.at(-1)!;
    assert.equal(last.version, 3);
    assert.deepEqual(codes(last.diagnostics), ['0:invalid-value'], 'the diagnostics of the text opened last');
    // Closed, then changed: the close clears the diagnostics and nothing follows it.
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: a } });
    await change(c, a, 9, [{ text: 'retriess=1\n' }]);
    await settled(barrier, 3, 'acks=all\n');
    const after = c.diagnostics.filter((d) => d.uri === a).slice(published.length);
    assert.deepEqual(after, [{ uri: a, diagnostics: [] }], 'only the clearing publish after the close');
  });
});

describe('a settings request the client never answers', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start({ configurationGate: new Promise(() => undefined), settings: { kafkaVersion: '2.8' } });
  });
  after(() => c.stop());

  test('analysis starts with the settings the server has, pushed settings still apply, and the client is not asked again and again', async () => {
    const uri = 'file:///w/hang/producer.properties';
    await c.open(uri, 'retriess=1\n', 1);
    await c.replace(uri, 'retriess=1\nacks=2\n', 2);
    const first = await c.diagnosticsFor(uri, 2);
    const severities = (ds: Diagnostic[]) => ds.filter((d) => d.code !== 'missing-required').map((d) => [d.code, d.severity]);
    assert.deepEqual(severities(first), [['unknown-key', 2], ['invalid-value', 1]], 'the defaults, not the unanswered settings');
    assert.ok(!c.diagnostics.some((d) => d.uri === uri && d.version === 1), 'never the older version');
    // Settings pushed with didChangeConfiguration apply although the pull for them is never answered.
    const before = c.diagnostics.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kafkaProducerConfig: { severity: { 'unknown-key': 'error' } } } });
    const pushed = await c.waitFor(() => c.diagnostics.slice(before).find((d) => d.uri === uri), 'diagnostics with the pushed settings');
    assert.deepEqual(severities(pushed.diagnostics), [['unknown-key', 1], ['invalid-value', 1]]);
    // More documents: each is served, and the client is not sent a request per document it will not answer.
    for (let i = 0; i < 20; i++) await c.open(`file:///w/hang/more${i}.properties`, 'lingr.ms=1\n', 1);
    for (let i = 0; i < 20; i++) assert.deepEqual(codes(await c.diagnosticsFor(`file:///w/hang/more${i}.properties`, 1)), ['0:unknown-key']);
    assert.ok(c.configurationRequests.length <= 4, `${c.configurationRequests.length} unanswered configuration requests`);
    assert.ok(c.server!.stats().unansweredConfiguration! <= 4);
  });
});

describe('a settings request answered late', () => {
  test('documents opened while the client did not answer get their own settings once it does', async () => {
    let release!: () => void;
    const c = await LspClient.start({ configurationGate: new Promise<void>((r) => (release = r)) });
    try {
      c.folderSettings = [['file:///w/slow/strict/', { severity: { 'unknown-key': 'error' } }]];
      const first = 'file:///w/slow/first.properties';
      await c.open(first, 'retriess=1\n');
      await c.diagnosticsFor(first, 1); // after the 3 s wait, with the defaults
      const strict = 'file:///w/slow/strict/producer.properties';
      await c.open(strict, 'retriess=1\n');
      const before = await c.diagnosticsFor(strict, 1);
      assert.equal(before.find((d) => d.code === 'unknown-key')?.severity, 2, 'checked at once with the settings the server has');
      const asked = c.configurationRequests.length;
      release();
      const after = await c.waitFor(() => c.diagnostics.filter((d) => d.uri === strict).at(-1)?.diagnostics.find((d) => d.code === 'unknown-key' && d.severity === 1), 'the folder settings once the client answers');
      assert.ok(after);
      assert.ok(c.configurationRequests.slice(asked).includes(strict), 'its own settings were asked for when the client answered');
    } finally {
      await c.stop();
    }
  });
});

describe('cancelled requests', () => {
  test('a pull and a code action cancelled while they wait for settings answer RequestCancelled; the next ones are right', async () => {
    let release!: () => void;
    const c = await LspClient.start({ pull: true, configurationGate: new Promise<void>((r) => (release = r)) });
    try {
      const uri = 'file:///w/cancel/producer.properties';
      await c.open(uri, 'retriess=1\n');
      const source = new CancellationTokenSource();
      const pending = [
        c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token),
        c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, context: { diagnostics: [] } }, source.token),
      ].map((p) => p.then(() => 'answered', (e: { code?: number }) => e.code));
      source.cancel();
      release();
      const answers = await Promise.all(pending);
      assert.equal(answers[0], -32800, 'the pull: RequestCancelled');
      assert.ok(answers[1] === 'answered' || answers[1] === -32800, String(answers[1]));
      assert.deepEqual(codes((await pull(c, uri)).items), ['0:unknown-key']);
    } finally {
      await c.stop();
    }
  });
});

describe('a client that disappears in the middle of a request', () => {
  const errors: unknown[] = [];
  const record = (err: unknown): void => {
    errors.push(err);
  };
  beforeEach(() => {
    errors.length = 0;
    process.on('uncaughtException', record);
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
  });

  for (const mode of ['pull', 'push'] as const) {
    test(`in-process (${mode}): the pending requests and diagnostics fail quietly, nothing throws, nothing is left running`, async () => {
      const c = await LspClient.start({ pull: mode === 'pull', configurationGate: new Promise(() => undefined) });
      const uri = 'file:///w/gone/producer.properties';
      await c.open(uri, 'retriess=1\n');
      // Waiting for settings: the pull, a code action and (push) the publish of version 1.
      const requests = [
        ...(mode === 'pull' ? [c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })] : []),
        c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, context: { diagnostics: [] } }),
      ].map((p) => p.catch(() => undefined));
      c.disconnect();
      await Promise.all(requests);
      // The server's settings wait (3 s) ends, and what waited on it runs against the closed connection.
      await c.waitFor(() => c.server!.stats().scopedLoading === 0 && undefined, 'never', 3_600).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(errors.map(String), []);
      assert.equal(c.server!.stats().diagnosticTimers, 0);
      c.server!.dispose();
    });
  }

  test('the real stdio process: stdin closes while a pull waits for settings → exit code 1, promptly', async () => {
    buildOnce();
    const c = await LspClient.start({ transport: 'stdio', pull: true, configurationGate: new Promise(() => undefined) });
    const uri = 'file:///w/gone/stdio.properties';
    await c.open(uri, 'retriess=1\n');
    const pending = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).catch(() => undefined);
    const exited = new Promise<number | null>((resolve) => c.proc!.once('exit', (code) => resolve(code)));
    c.proc!.stdin!.end();
    assert.equal(await exited, 1);
    await pending;
    c.conn.dispose();
  });
});

describe('a client that stops reading (the real stdio process)', () => {
  test('its end of stdout closed: the server exits (code 1) at its next write instead of working for nobody', async () => {
    buildOnce();
    const c = await LspClient.start({ transport: 'stdio' });
    const uri = 'file:///w/gone/reader.properties';
    await c.open(uri, 'retriess=1\n');
    await c.diagnosticsFor(uri, 1);
    const proc = c.proc!;
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.stdout!.destroy();
    const frame = (o: unknown): string => {
      const b = JSON.stringify(o);
      return `Content-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}`;
    };
    // Written straight to stdin (the client's connection closed with its reader): a change and a request, each answered into the void.
    proc.stdin!.write(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'retriess=2\n' }] } }));
    proc.stdin!.write(frame({ jsonrpc: '2.0', id: 77, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 1 } } }));
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('still running after 15 s'), 15_000).unref())]);
    if (proc.exitCode === null) proc.kill();
    assert.equal(code, 1);
    c.conn.dispose();
  });
});

describe('garbage on the wire (the real stdio process)', () => {
  test('an oversized header, a header without Content-Length, a length that is not a number, broken JSON: the next request is answered', async () => {
    buildOnce();
    const c = await LspClient.start({ transport: 'stdio' });
    try {
      const uri = 'file:///w/wire/producer.properties';
      await c.open(uri, 'acks=all\n');
      const stdin = c.proc!.stdin!;
      const write = (s: string): Promise<void> => new Promise((resolve) => stdin.write(s, () => resolve()));
      const body = (id: number): string => JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 1 } } });
      const hovered = (): Promise<unknown> => c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      // A 1 MB header line before a valid Content-Length: the message is read as any other.
      await write(`X-Junk: ${'x'.repeat(1024 * 1024)}\r\nContent-Length: ${Buffer.byteLength(body(900001))}\r\n\r\n${body(900001)}`);
      // Headers without Content-Length, with a length that is not a number, then a body that is not JSON.
      await write(`Content-Type: application/vscode-jsonrpc\r\n\r\n`);
      await write(`Content-Length: twelve\r\n\r\n`);
      await write(`Content-Length: 9\r\n\r\n{"jsonrpc`);
      const answer = await Promise.race([hovered(), new Promise((r) => setTimeout(() => r('no answer within 10 s'), 10_000).unref())]);
      assert.match(JSON.stringify(answer), /acks/, 'the next request is answered');
      assert.equal(c.proc!.exitCode, null);
    } finally {
      await c.stop();
    }
  });
});
