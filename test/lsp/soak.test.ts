// Soak: 1,000 open/change/close cycles of mixed documents (producer configs small and large, malformed text,
// megabyte-ish lines, Korean, files over the size limit, more files open than the server checks at once) against
// the server in this process. The heap after a full GC is measured at checkpoints and must show no growth trend
// beyond a noise bound, and once everything is closed the server holds nothing for any document.
// Not a timed test: only memory and the server's own counts are asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { LspClient } from './client';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const CYCLES = 1000;
const CHECKPOINT = 100;
const WARMUP = 200;
/** Growth of the heap after GC from the first checkpoint after warm-up to the last one that counts as noise. */
const NOISE_BYTES = 6 * 1024 * 1024;

const KEYS = ['acks=all', 'linger.ms=5', 'batch.size=16384', 'retriess=3', 'compression.type=zstd', 'enable.idempotence=true', 'max.in.flight.requests.per.connection=9', 'bootstrap.servers=a:9092'];
const config = (lines: number, seed: number): string => Array.from({ length: lines }, (_, i) => `${KEYS[(i + seed) % KEYS.length]}${i % 7 === 0 ? ` # note ${i}` : ''}`).join('\n') + '\n';

/** The documents of a cycle, by kind: every kind the server must survive. */
function documentFor(i: number): string {
  switch (i % 7) {
    case 0: return config(12, i); // a producer config as people write them
    case 1: return config(1500, i); // a generated one (~30 KB, hundreds of findings)
    case 2: return `acks=all\nssl.keystore.password=\\u12G4\\\nbatch.size=\\\n\0\uFFFF\uD800=x\n=\n:\n\\\n${'\\'.repeat(301)}\n`; // malformed
    case 3: return `linger.ms=${'9'.repeat(200_000)}\nacks=${'x'.repeat(100_000)}\n`; // long lines
    case 4: return `# 카프카 프로듀서 설정 ${i}\nacks=모두\nclient.id=주문-서비스\nretriess=5\n`; // Korean
    case 5: return `retriess=1\n${'# filler line\n'.repeat(25_000)}`; // ~350 KB: over maxFileSizeMB (0.25)
    default: return config(40, i);
  }
}

test(`${CYCLES} open/change/close cycles of mixed documents: the heap after GC does not grow, and nothing is kept after the closes`, async () => {
  // A window of 6 open documents and 4 checked at once: documents wait for their turn and are let in as others close.
  const c = await LspClient.start({ settings: { maxFileSizeMB: 0.25, maxOpenFiles: 4 } });
  const server = c.server!;
  const open: string[] = [];
  const heap: number[] = [];
  const seen = new Set<string>();
  try {
    for (let i = 0; i < CYCLES; i++) {
      const uri = `file:///w/soak/${i}/producer.properties`;
      const text = documentFor(i);
      await c.open(uri, text, 1);
      open.push(uri);
      // An incremental edit, a full replacement, a Korean insertion at the start, and (every third cycle) a version going backwards.
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, text: 'acks' }] });
      await c.replace(uri, i % 2 ? text : `${text}retries=1\n`, 3);
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# 한글\n' }] });
      const last = i % 3 === 0 ? 2 : 4;
      if (last === 2) await c.replace(uri, text, 2);
      if (i % 10 === 0) {
        const source = new CancellationTokenSource();
        const p = c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, context: { diagnostics: [] } }, source.token).catch(() => undefined);
        source.cancel();
        await p;
      }
      await c.diagnosticsFor(uri, last);
      await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
      if (open.length > 6) await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: open.shift()! } });
      for (const p of c.diagnostics) for (const d of p.diagnostics) seen.add(String(d.code));
      c.diagnostics.length = 0; // the test client's own record
      if ((i + 1) % CHECKPOINT === 0) {
        await new Promise((r) => setImmediate(r));
        gc();
        gc();
        heap.push(process.memoryUsage().heapUsed);
      }
    }
    for (const uri of open.splice(0)) await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await c.request('textDocument/hover', { textDocument: { uri: 'file:///w/soak/none' }, position: { line: 0, character: 0 } });
    for (const code of ['file-too-large', 'workspace-limit', 'unknown-key', 'too-many-findings', 'malformed-escape']) assert.ok(seen.has(code), `the soak met ${code}`);
    const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MiB`;
    const counted = heap.slice(WARMUP / CHECKPOINT - 1);
    const report = heap.map(mib).join(', ');
    // A leak of even a small per-cycle amount grows steadily; noise does not. Compare the first counted checkpoint
    // with the mean of the last three (a least-squares slope is too easily tipped by one GC timing).
    const first = counted[0]!;
    const tail = counted.slice(-3).reduce((a, b) => a + b, 0) / 3;
    assert.ok(tail - first < NOISE_BYTES, `heap after GC grew ${mib(tail - first)} over ${CYCLES - WARMUP} cycles (checkpoints: ${report})`);
    assert.ok(Math.max(...counted) - first < 2 * NOISE_BYTES, `heap after GC peaked ${mib(Math.max(...counted) - first)} above the first checkpoint (${report})`);
    console.log(`heap after GC every ${CHECKPOINT} cycles: ${report}`);
    const held = Object.entries(server.stats()).filter(([, n]) => n !== 0);
    assert.deepEqual(held, [], 'after every document is closed the server holds nothing for any');

  } finally {
    await c.stop();
  }
});
