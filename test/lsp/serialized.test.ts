// The stdio writer sends a kept answer (serialized.ts) from the bytes kept for it: those bytes must be exactly
// what JSON.stringify of the whole message gives, framed the same way, whatever the answer holds.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { chunksOf, sendsAsIs, withKeptItems, withKeptList } from '../../server/src/lsp/serialized';
import { frame, StdioMessageWriter } from '../../server/src/lsp/stdioWriter';

const plain = (msg: object): Buffer => {
  const json = JSON.stringify(msg);
  return Buffer.from(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n${json}`, 'utf8');
};

const diagnostic = (message: string, line: number) => ({
  range: { start: { line, character: 0 }, end: { line, character: 4 } },
  severity: 2,
  code: 'unknown-key',
  source: 'kpc',
  message,
  codeDescription: { href: 'file:///x/docs/rules/unknown-key.md' },
});

describe('kept answers on the wire', () => {
  test('a completion list marked to send as is: the same bytes as JSON.stringify, on every send', () => {
    const list = sendsAsIs({ isIncomplete: false, items: [{ label: 'linger.ms', detail: '배치 · long · 기본값 5 ms', documentation: { kind: 'markdown', value: 'a "quoted" \\ line\n' } }] });
    for (const id of [1, 2, 'seven']) {
      const msg = { jsonrpc: '2.0', id, result: list };
      assert.deepEqual(frame(msg), plain(msg));
    }
  });

  test('a full diagnostics report put together from kept diagnostics: the same bytes as JSON.stringify', () => {
    const a = diagnostic('Unknown key ‘enavle.idempotence’: did you mean enable.idempotence?', 3);
    const b = diagnostic('알 수 없는 키', 9);
    for (const items of [[a, b], [b], [], [a, b, a]]) {
      const report = withKeptItems({ kind: 'full' as const, resultId: 'ep.1:7:2:', items }, 'items');
      assert.deepEqual(report, { kind: 'full', resultId: 'ep.1:7:2:', items });
      const msg = { jsonrpc: '2.0', id: 12, result: report };
      assert.deepEqual(frame(msg), plain(msg));
      assert.equal(JSON.parse(Buffer.concat(chunksOf(report)!).toString('utf8')).items.length, items.length);
    }
  });

  test('a publishDiagnostics notification put together from kept diagnostics: the same bytes', () => {
    const a = diagnostic('x', 1);
    for (const params of [{ uri: 'file:///a b/c.properties', version: 3, diagnostics: [a, a] }, { uri: 'file:///a', version: undefined, diagnostics: [] }, { diagnostics: [a] }]) {
      const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: withKeptItems(params, 'diagnostics') };
      assert.deepEqual(frame(msg), plain(msg));
    }
  });

  test('an outline put together from kept leaves inside kept nodes: the same bytes', () => {
    const leaf = (name: string, line: number) => ({ name, detail: 'ㅋ…', kind: 7, range: { start: { line, character: 0 }, end: { line, character: 3 } }, selectionRange: { start: { line, character: 0 }, end: { line, character: 1 } }, tags: undefined, children: undefined });
    const a = leaf('acks', 1);
    const b = leaf('linger.ms', 2);
    const node = (children: object[]) => withKeptItems({ name: 'Batching', detail: undefined, kind: 3, range: a.range, selectionRange: a.selectionRange, tags: undefined, children }, 'children');
    for (const outline of [withKeptList([node([a, b]), node([b])]), withKeptList([]), withKeptList([node([]), { name: 'plain', children: undefined }, null, undefined])]) {
      const msg = { jsonrpc: '2.0', id: 9, result: outline };
      assert.deepEqual(frame(msg), plain(msg));
    }
  });

  test('a value whose list is not its last field, or not an array: serialized whole all the same', () => {
    const d = diagnostic('y', 2);
    const odd = [withKeptItems({ items: [d], kind: 'full' }, 'items'), withKeptItems({ kind: 'full', items: 'no' as unknown as object[] }, 'items')];
    for (const result of odd) {
      const msg = { jsonrpc: '2.0', id: 1, result };
      assert.deepEqual(frame(msg), plain(msg));
    }
  });

  test('anything else is serialized whole: notifications, errors, unmarked results, a response with other fields', () => {
    const kept = sendsAsIs({ x: 1 });
    const msgs = [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [] } },
      { jsonrpc: '2.0', id: 3, error: { code: -32800, message: 'cancelled' } },
      { jsonrpc: '2.0', id: 4, result: { y: 'ü' } },
      { jsonrpc: '2.0', id: 5, result: null },
      { jsonrpc: '2.0', id: 6, result: kept, extra: true },
    ];
    for (const msg of msgs) assert.deepEqual(frame(msg), plain(msg));
  });

  test('the writer writes one buffer per message, in order', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const w = new StdioMessageWriter(out);
    const kept = sendsAsIs({ items: ['a'] });
    const msgs = [
      { jsonrpc: '2.0', id: 1, result: kept },
      { jsonrpc: '2.0', method: 'n', params: {} },
      { jsonrpc: '2.0', id: 2, result: kept },
    ];
    for (const m of msgs) await w.write(m);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(Buffer.concat(chunks), Buffer.concat(msgs.map(plain)));
  });
});
