// The server's limits: a document larger than `maxFileSizeMB`, more open documents than `maxOpenFiles`, more text
// than `maxTotalSizeMB` over all of them. What is over a limit gets one warning naming the limit and the setting
// that raises it (en/ko) and no analysis; closing documents or raising the setting lets it in; nothing is kept
// for a document once it is closed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from './client';

type Report = { kind: string; items?: Diagnostic[] };
const pull = async (c: LspClient, uri: string): Promise<Diagnostic[]> => (await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } })).items ?? [];
const uriOf = (i: number): string => `file:///w/limits/p${i}.properties`;
const hoverOf = (c: LspClient, uri: string) => c.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });

describe('limits (pull)', () => {
  test('maxOpenFiles: documents beyond it get one warning and no analysis, and are checked once others close', async () => {
    const c = await LspClient.start({ pull: true, settings: { maxOpenFiles: 2 } });
    try {
      for (let i = 0; i < 4; i++) await c.open(uriOf(i), 'retriess=1\n');
      for (const i of [0, 1]) assert.ok((await pull(c, uriOf(i))).some((d) => d.code === 'unknown-key'));
      for (const i of [2, 3]) {
        const items = await pull(c, uriOf(i));
        assert.equal(items.length, 1);
        assert.equal(items[0]!.code, 'workspace-limit');
        assert.equal(items[0]!.severity, 2);
        assert.deepEqual(items[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
        assert.equal(
          items[0]!.message,
          'Not checked: 2 other producer config files are open and checked (limit kafkaProducerConfig.maxOpenFiles = 2). Close some, or raise the setting, and this file is checked.',
        );
        assert.equal(await hoverOf(c, uriOf(i)), null, 'no analysis behind it');
      }
      assert.equal(c.server!.stats().analyses, 2, 'two analyses kept');
      const refreshes = c.refreshes;
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(0) } });
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'a diagnostics refresh: a waiting document got its turn');
      assert.ok((await pull(c, uriOf(2))).some((d) => d.code === 'unknown-key'), 'the first waiting document is checked');
      assert.equal((await pull(c, uriOf(3)))[0]?.code, 'workspace-limit', 'the second still waits');
      for (let i = 1; i < 4; i++) await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(i) } });
      await pull(c, uriOf(0));
      assert.deepEqual(
        Object.entries(c.server!.stats()).filter(([, n]) => n !== 0),
        [],
        'nothing is kept once every document is closed',
      );
    } finally {
      await c.stop();
    }
  });

  test('maxFileSizeMB and maxTotalSizeMB: one warning naming the setting; raising it checks the file', async () => {
    const c = await LspClient.start({ pull: true, locale: 'ko', settings: { maxFileSizeMB: 0.01, maxTotalSizeMB: 0.015 } });
    try {
      const big = `retriess=1\n${'# filler\n'.repeat(1500)}`; // 13.5 KB, over 0.01 MiB
      const medium = `retriess=1\n${'# filler\n'.repeat(900)}`; // 8.1 KB: fits alone, not twice in 0.015 MiB
      await c.open(uriOf(10), big);
      await c.open(uriOf(11), medium);
      await c.open(uriOf(12), medium);
      const [tooLarge] = await pull(c, uriOf(10));
      assert.equal(tooLarge!.code, 'file-too-large');
      assert.equal(tooLarge!.message, '파일이 너무 커서(0.0 MiB) 검사하지 않습니다. 프로듀서 설정은 0.0 MiB까지 검사합니다. 검사하려면 kafkaProducerConfig.maxFileSizeMB 값을 올리세요.');
      assert.ok((await pull(c, uriOf(11))).some((d) => d.code === 'unknown-key'));
      const [total] = await pull(c, uriOf(12));
      assert.equal(total!.code, 'workspace-limit');
      assert.match(String(total!.message), /^검사하지 않음: .*kafkaProducerConfig\.maxTotalSizeMB/);
      // Raised: every file is checked.
      c.settings = { maxFileSizeMB: 1, maxTotalSizeMB: 1 };
      const refreshes = c.refreshes;
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'a refresh after the limits were raised');
      for (const i of [10, 11, 12]) assert.ok((await pull(c, uriOf(i))).some((d) => d.code === 'unknown-key'), `p${i} checked`);
    } finally {
      await c.stop();
    }
  });
});

describe('limits (push)', () => {
  test('an edit that makes a document too large, then small again; a waiting document is pushed when its turn comes', async () => {
    const c = await LspClient.start({ settings: { maxFileSizeMB: 0.01, maxOpenFiles: 1 } });
    try {
      await c.open(uriOf(20), 'retriess=1\n', 1);
      await c.open(uriOf(21), 'lingr.ms=1\n', 1);
      assert.equal((await c.diagnosticsFor(uriOf(21), 1))[0]?.code, 'workspace-limit');
      assert.ok((await c.diagnosticsFor(uriOf(20), 1)).some((d) => d.code === 'unknown-key'));
      // p20 grows past the size limit: it is no longer checked, and its place goes to p21.
      await c.replace(uriOf(20), `retriess=1\n${'#'.repeat(20_000)}\n`, 2);
      assert.deepEqual((await c.diagnosticsFor(uriOf(20), 2)).map((d) => d.code), ['file-too-large']);
      assert.ok((await c.waitFor(() => c.diagnostics.filter((d) => d.uri === uriOf(21) && d.diagnostics.some((x) => x.code === 'unknown-key')).at(-1), 'p21 checked')));
      // Small again: p20 comes before p21 in the order they were opened, so p21 waits again.
      await c.replace(uriOf(20), 'retriess=1\n', 3);
      assert.ok((await c.diagnosticsFor(uriOf(20), 3)).some((d) => d.code === 'unknown-key'));
      await c.waitFor(() => c.diagnostics.filter((d) => d.uri === uriOf(21)).at(-1)?.diagnostics[0]?.code === 'workspace-limit' || undefined, 'p21 waits again');
    } finally {
      await c.stop();
    }
  });
});
