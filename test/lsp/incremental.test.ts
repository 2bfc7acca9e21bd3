// The server's warm path re-reads only the edited line (analyzeIncremental with a per-document change
// log). Over the real server: after incremental edits (one or several changes per notification, now
// and then a full replacement), pulled diagnostics equal those of the same text opened fresh.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { generateItems, toProperties } from '../../bench/generate';
import { buildOnce, LspClient, ROOT } from './client';

const SEED = readFileSync(join(ROOT, 'examples', 'producer.config'), 'utf8') + toProperties(generateItems(300, 5)).text;
/** Mostly edits that stay on one line (the fast path), now and then one that must fall back. */
const SAFE = ['a', '=', ' ', '#', '1', '-1', 'all', 'x', '5', '.ms', '', 'acks', 'linger.ms=0'];
const RISKY = ['kpc', '# kpc: kafka-version=2.8', 'é', '\\', '\n', '\r\n'];

/** Small deterministic generator (no flakiness across runs). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('incremental edits over LSP', () => {
  let c: LspClient;
  before(async () => {
    buildOnce();
    c = await LspClient.start({ pull: true });
  });
  after(() => c.stop());

  const pull = async (uri: string): Promise<Diagnostic[]> => {
    const r = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(r.kind, 'full');
    return r.items;
  };

  test('pulled diagnostics after random edits equal a fresh open of the same text', async () => {
    const uri = 'file:///work/inc/producer.config';
    const doc = TextDocument.create(uri, 'kafka-producer-config', 1, SEED);
    await c.open(uri, SEED, 1);
    await pull(uri);
    const rand = rng(12345);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let version = 1;
    let compared = 0;
    for (let step = 0; step < 90; step++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      const n = rand() < 0.2 ? 3 : 1;
      let text = doc.getText();
      for (let k = 0; k < n; k++) {
        const tmp = TextDocument.create(uri, 'x', 0, text);
        const start = Math.floor(rand() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(rand() * 4));
        const piece = (): string => (rand() < 0.1 ? pick(RISKY) : pick(SAFE));
        const change = rand() < 0.03 ? { text: text + piece() } : { range: { start: tmp.positionAt(start), end: tmp.positionAt(end) }, text: piece() + (rand() < 0.5 ? piece() : '') };
        changes.push(change);
        text = TextDocument.update(tmp, [change], 1).getText();
      }
      version++;
      TextDocument.update(doc, changes, version);
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
      if (step % 3 === 2 || step === 89) {
        const got = await pull(uri);
        const fresh = `file:///work/inc/fresh-${step}.config`;
        await c.open(fresh, doc.getText(), 1);
        const want = await pull(fresh);
        await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
        assert.deepEqual(got, want, `step ${step}`);
        compared++;
      }
    }
    assert.ok(compared >= 30);
  });

  test('a value edited in place: diagnostics follow, later lines keep their positions', async () => {
    const uri = 'file:///work/inc/simple.config';
    const text = 'acks=1\nenable.idempotence=true\nretriess=5\n';
    await c.open(uri, text, 1);
    assert.ok((await pull(uri)).some((d) => d.code === 'idempotence-acks'));
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } }, text: 'all' }] });
    const ds = await pull(uri);
    assert.ok(!ds.some((d) => d.code === 'idempotence-acks'));
    assert.deepEqual(ds.find((d) => d.code === 'unknown-key')?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
  });

  test('an edit that changes no diagnostic: the next pull answers unchanged; one that does: a full answer', async () => {
    const uri = 'file:///work/inc/unchanged.config';
    const ser = 'org.apache.kafka.common.serialization.StringSerializer';
    await c.open(uri, `bootstrap.servers=a:9092\nkey.serializer=${ser}\nvalue.serializer=${ser}\n# note\nretriess=5\napp.topic=x\n`, 1);
    type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
    const first = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.items?.map((d) => d.code), ['unknown-key', 'unknown-key']);
    // The comment grows by a character: the unknown keys below it move in the text, not in their lines.
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 6 } }, text: 's' }] });
    const second = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(second.kind, 'unchanged');
    assert.equal(second.resultId, first.resultId);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 8 } }, text: 'retries' }] });
    const third = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(third.kind, 'full');
    assert.deepEqual(third.items?.map((d) => d.code), ['unknown-key']);
  });

  test('a value typed elsewhere makes the analysis check a misspelt key again: the same diagnostic, so unchanged', async () => {
    const uri = 'file:///work/inc/rechecked.config';
    // `retriess` has a did-you-mean, which reads the producer model: any value edit makes its finding again.
    await c.open(uri, 'linger.ms=50\nretriess=5\n', 1);
    type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
    const first = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(first.items?.some((d) => d.code === 'unknown-key' && String(d.message).includes('retries')));
    let previous = first.resultId;
    const edits = [
      { version: 2, end: 12, text: '500' },
      { version: 3, end: 13, text: '5000' },
    ];
    for (const { version, end, text } of edits) {
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: end } }, text }] });
      const again = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: previous });
      assert.equal(again.kind, 'unchanged', `version ${version}`);
      previous = again.resultId;
    }
  });
});

describe('kept answers after edits (outline leaves, diagnostics, completion) equal a fresh open', () => {
  for (const transport of ['in-process', 'stdio'] as const) {
    test(`over ${transport}: the outline after in-line edits above and inside entries is the fresh outline`, async () => {
      if (transport === 'stdio') buildOnce();
      const c = await LspClient.start({ transport, pull: true });
      try {
        const uri = `file:///work/kept/${transport}.config`;
        const doc = TextDocument.create(uri, 'kafka-producer-config', 1, SEED);
        await c.open(uri, SEED, 1);
        const outline = (u: string): Promise<unknown> => c.request('textDocument/documentSymbol', { textDocument: { uri: u } });
        await outline(uri);
        const rand = rng(777);
        for (let step = 0; step < 12; step++) {
          // one character typed or deleted somewhere inside a line: later entries move in the text, not in lines
          const lines = doc.getText().split('\n');
          const line = Math.floor(rand() * lines.length);
          const at = Math.floor(rand() * ((lines[line] ?? '').length + 1));
          const del = rand() < 0.3 && at < (lines[line] ?? '').length;
          const change = { range: { start: { line, character: at }, end: { line, character: del ? at + 1 : at } }, text: del ? '' : pickChar(rand) };
          TextDocument.update(doc, [change], step + 2);
          await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: step + 2 }, contentChanges: [change] });
          const got = await outline(uri);
          const fresh = `file:///work/kept/${transport}-fresh-${step}.config`;
          await c.open(fresh, doc.getText(), 1);
          const want = await outline(fresh);
          await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
          assert.deepEqual(got, want, `step ${step}`);
        }
      } finally {
        await c.stop();
      }
    });
  }
});

function pickChar(rand: () => number): string {
  return 'a1.=# x-'[Math.floor(rand() * 8)]!;
}
