// LSP-level tests, asserting on the responses an editor would get: the server in this process over an
// in-memory connection (test/lsp/client.ts), and the bundled dist/server.js as a real child process over
// stdio, node IPC and `kpc lsp --stdio` (the transports and the process's own exit).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, SemanticTokens, TextEdit } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyLspEdits, buildOnce, CLI, LspClient, ROOT, SERVER } from './client';

const SEED = readFileSync(join(ROOT, 'examples', 'producer.config'), 'utf8');
const FIXED = 'enable.idempotence=true\nmax.in.flight.requests.per.connection=5\nretries=5\n';

const hoverText = (h: Hover | null): string => {
  if (!h) return '';
  const c = h.contents as { value?: string } | string;
  return typeof c === 'string' ? c : (c.value ?? '');
};
const editsOf = (a: CodeAction, uri: string): TextEdit[] => a.edit?.changes?.[uri] ?? [];
const unknownKeys = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'unknown-key');
const msg = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

let tmp: string;
before(() => {
  buildOnce();
  tmp = mkdtempSync(join(tmpdir(), 'kpc-lsp-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('seed example (push diagnostics)', () => {
  let c: LspClient;
  const uri = 'file:///work/seed/producer.config';
  before(async () => {
    c = await LspClient.start();
    await c.open(uri, SEED);
  });
  after(() => c.stop());

  test('advertises the features', () => {
    const caps = c.initializeResult!.capabilities;
    for (const k of ['hoverProvider', 'completionProvider', 'codeActionProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'documentFormattingProvider', 'documentLinkProvider', 'inlayHintProvider', 'semanticTokensProvider']) assert.ok(caps[k], k);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds.includes('source.fixAll.kpc'), true);
    assert.equal(caps.diagnosticProvider, undefined, 'no pull diagnostics unless the client supports them');
  });

  test('three unknown keys, each with the right suggestion', async () => {
    const ds = unknownKeys(await c.diagnosticsFor(uri, 1));
    assert.equal(ds.length, 3, JSON.stringify(ds.map(msg)));
    const byLine = new Map(ds.map((d) => [d.range.start.line, d]));
    assert.match(msg(byLine.get(0)!), /enable\.idempotence/);
    assert.match(msg(byLine.get(1)!), /max\.in\.flight\.requests\.per\.connection/);
    assert.match(msg(byLine.get(2)!), /'retries'|`retries`/);
    assert.deepEqual(byLine.get(0)!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 'enavle.idempotence'.length } });
    for (const d of ds) assert.equal(d.source, 'kpc');
  });

  test('hover on an unknown key says did you mean', async () => {
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } });
    assert.match(hoverText(h), /did you mean `retries`/i);
    assert.deepEqual(h!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
  });

  test('the preferred quick fix applies cleanly', async () => {
    const [d] = unknownKeys(await c.diagnosticsFor(uri, 1)).filter((x) => x.range.start.line === 0);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d!.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(preferred[0]!.kind, 'quickfix');
    assert.equal(preferred[0]!.diagnostics?.[0]?.code, 'unknown-key');
    const out = applyLspEdits(SEED, editsOf(preferred[0]!, uri));
    assert.equal(out.split('\n')[0], 'enable.idempotence =true');
    assert.equal(out.split('\n').slice(1).join('\n'), SEED.split('\n').slice(1).join('\n'), 'other lines untouched');
  });

  test('fix-all produces a file kpc check accepts', async () => {
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0]!.kind, 'source.fixAll.kpc');
    const fixed = applyLspEdits(SEED, editsOf(actions[0]!, uri));
    assert.match(fixed, /^enable\.idempotence\s*=\s*true$/m);
    assert.match(fixed, /^max\.in\.flight\.requests\.per\.connection\s*=\s*5$/m);
    assert.match(fixed, /^retries\s*=\s*5$/m);
    const file = join(tmp, 'producer.config');
    writeFileSync(file, fixed);
    const r = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, `kpc check failed:\n${r.stdout}\n${r.stderr}\n--- file:\n${fixed}`);
  });

  test('refactors: make idempotent sets the keys together', async () => {
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['refactor'] },
    });
    const idem = actions.find((a) => /idempotent/i.test(a.title));
    assert.ok(idem, JSON.stringify(actions.map((a) => a.title)));
    const out = applyLspEdits(SEED, editsOf(idem, uri));
    assert.match(out, /^enable\.idempotence=true$/m);
    assert.match(out, /^acks=all$/m);
    assert.ok(actions.some((a) => /throughput/i.test(a.title)) && actions.some((a) => /latency/i.test(a.title)));
  });

  test('completion after `ling` offers linger.ms as a key=default snippet', async () => {
    const u = 'file:///work/seed/complete.config';
    await c.open(u, 'acks=all\nling');
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 4 } });
    const item = list.items.find((i) => i.label === 'linger.ms');
    assert.ok(item, 'linger.ms offered');
    const te = item.textEdit as TextEdit;
    assert.deepEqual(te.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
    assert.match(te.newText, /^linger\.ms=\$\{1:\d+\}$/);
    assert.equal(item.insertTextFormat, 2);
    assert.equal(item.labelDetails?.description, 'Batching', 'grouped by area');
    const acks = list.items.find((i) => i.label === 'acks');
    assert.ok(acks && acks.sortText! > item.sortText!, 'a key already in the file ranks below');
  });

  test('completion after `lingerMs` puts linger.ms first and asks to be asked again', async () => {
    const u = 'file:///work/seed/complete-camel.config';
    await c.open(u, 'acks=all\nlingerMs');
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 8 } });
    assert.equal(list.isIncomplete, true);
    const first = [...list.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0]!;
    assert.equal(first.label, 'linger.ms');
    assert.equal(first.filterText, 'lingerMs');
    assert.match(first.detail ?? '', /camelCase/);
  });

  test('with completionList.itemDefaults (VS Code), the list carries the range and format once and every item inserts the same text', async () => {
    const d = await LspClient.start({ completionDefaults: ['editRange', 'insertTextFormat'] });
    try {
      const cases: [string, number, number][] = [
        ['acks=all\nling', 1, 4],
        ['acks=all\nlinger.ms', 1, 3],
        ['acks=', 0, 5],
        ['compression.type=lz\nacks=1', 0, 19],
      ];
      for (const [i, [text, line, character]] of cases.entries()) {
        const u = `file:///work/seed/defaults-${i}.config`;
        await c.open(u, text);
        await d.open(u, text);
        const params = { textDocument: { uri: u }, position: { line, character } };
        const plain = await c.request<CompletionList>('textDocument/completion', params);
        const lean = await d.request<CompletionList>('textDocument/completion', params);
        assert.ok(plain.items.length > 0 && plain.itemDefaults === undefined, 'no defaults for a client that did not ask');
        assert.ok(lean.itemDefaults?.editRange, JSON.stringify(lean.itemDefaults));
        assert.equal(lean.items.length, plain.items.length);
        assert.ok(JSON.stringify(lean).length < JSON.stringify(plain).length * 0.9, 'smaller');
        for (const [k, it] of lean.items.entries()) {
          const ref = plain.items[k]!;
          const te = ref.textEdit as TextEdit;
          assert.equal(it.label, ref.label);
          assert.equal(it.textEdit, undefined);
          // What a 3.17 client inserts: textEditText, else the label, over the default range.
          assert.equal(it.textEditText ?? it.label, te.newText, it.label);
          assert.deepEqual(lean.itemDefaults.editRange, te.range);
          assert.equal(it.insertTextFormat ?? lean.itemDefaults.insertTextFormat, ref.insertTextFormat, it.label);
          assert.equal(it.filterText ?? it.label, ref.filterText ?? ref.label);
        }
      }
    } finally {
      await d.stop();
    }
  });

  test('value completion after acks= offers the acks forms', async () => {
    const u = 'file:///work/seed/values.config';
    await c.open(u, 'acks=');
    const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 5 } });
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['-1', '0', '1', 'all']);
  });

  test('bad requests answer null or empty and the server keeps going', async () => {
    const nowhere = { textDocument: { uri: 'file:///nope.config' }, position: { line: 0, character: 0 } };
    assert.equal(await c.request('textDocument/hover', nowhere), null);
    assert.equal(await c.request('textDocument/completion', nowhere), null);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.config' } }), []);
    const past = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 999, character: 999 } });
    assert.equal(past, null);
    await c.request('textDocument/completion', { textDocument: { uri }, position: { line: -1, character: 5000 } });
    assert.equal(await c.request('kafkaProducerConfig/effectiveConfig', { uri: 42 }), null);
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
    assert.match(hoverText(h), /retries/, 'still answering');
  });
});

describe('editing', () => {
  let c: LspClient;
  before(async () => {
    c = await LspClient.start();
  });
  after(() => c.stop());

  test('hover on batch.size shows 16 KiB and how linger.ms plays in', async () => {
    const uri = 'file:///work/e/hover.config';
    await c.open(uri, 'batch.size=16384\nbuffer.memory=33554432\ndelivery.timeout.ms=120000\n');
    const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }));
    assert.match(h, /16 KiB/);
    assert.match(h, /linger\.ms/);
    assert.match(h, /buffer\.memory/);
    const v = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 16 } }));
    assert.match(v, /32 MiB/);
    const d = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }));
    assert.match(d, /2 min/);
  });

  test('a secret value never appears in hover, outline or the preview request', async () => {
    const uri = 'file:///work/e/secret.config';
    const secret = 's3cr3t-Value-42';
    await c.open(uri, `ssl.truststore.password=${secret}\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${secret}";\nacks=all\n`);
    const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 30 } }));
    assert.ok(h.length > 0 && !h.includes(secret), h);
    const h2 = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } }));
    assert.ok(h2.length > 0 && !h2.includes(secret));
    const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(!JSON.stringify(syms).includes(secret));
    // The preview's simulator input: the keys the simulator reads, nothing else (no secret key, masked or not).
    const eff = await c.request<{ values: Record<string, string>; kafkaVersion: string }>('kafkaProducerConfig/effectiveConfig', { uri });
    assert.deepEqual(eff.values, { acks: 'all' });
    assert.ok(!JSON.stringify(eff).includes(secret));
    // The status item's question: the target and where it comes from, without the values.
    const target = await c.request<Record<string, unknown>>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
    assert.deepEqual(Object.keys(target).sort(), ['client', 'clientSource', 'kafkaVersion', 'versionSource']);
    assert.deepEqual([target.versionSource, target.clientSource], ['default', 'default']);
  });

  test('incremental edits: diagnostics follow, versions only move forward', async () => {
    const uri = 'file:///work/e/typing.config';
    await c.open(uri, 'retriess=5\n');
    assert.equal(unknownKeys(await c.diagnosticsFor(uri, 1)).length, 1);
    // Delete the extra "s" with an incremental change, then type a few more versions quickly.
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } }, text: '' }],
    });
    for (let v = 3; v <= 12; v++) {
      await c.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: v === 12 ? 'lingr.ms=5' : '' }],
      });
    }
    const last = await c.diagnosticsFor(uri, 12);
    assert.deepEqual(unknownKeys(last).map((d) => d.range.start.line), [1], 'retries fixed, lingr.ms flagged');
    const versions = c.diagnostics.filter((d) => d.uri === uri).map((d) => d.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
  });

  test('outline, folding, formatting, links, inlay hints, lens, semantic tokens', async () => {
    const uri = 'file:///work/e/features.config';
    const text = '# Producer for orders\n# owned by team A\n  acks : all\nlinger.ms   20\nbatch.size=65536\nssl.truststore.location=certs/truststore.jks\nenavle.idempotence=true\nbootstrap.servers=a:9092,\\\n    b:9092\n';
    await c.open(uri, text);
    const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = syms.map((s) => s.name);
    assert.ok(names.includes('Batching') && names.includes('Delivery') && names.includes('Unknown keys'), names.join());
    assert.deepEqual(syms.find((s) => s.name === 'Batching')!.children!.map((s) => s.name), ['linger.ms', 'batch.size']);

    const folds = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine, f.kind]), [[0, 1, 'comment'], [7, 8, 'region']]);

    const edits = await c.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = applyLspEdits(text, edits);
    assert.equal(formatted.split('\n').slice(2, 5).join('\n'), 'acks=all\nlinger.ms=20\nbatch.size=65536');
    assert.ok(formatted.includes('bootstrap.servers=a:9092,\\\n    b:9092'), 'continuations untouched');

    const links = await c.request<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => l.target), ['file:///work/e/certs/truststore.jks']);

    const hints = await c.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.ok(hints.some((h) => h.label === '64 KiB' && h.position.line === 4), JSON.stringify(hints));

    const lens = await c.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lens[0]!.command.title, /enable\.idempotence=true/);
    assert.doesNotMatch(lens[0]!.command.title, /linger\.ms/, 'linger.ms is set in the file');

    const tokens = await c.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // 5 ints per token: deltaLine, deltaStart, length, type, modifiers. Known keys = 0, unknown = 1.
    const types: number[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) types.push(tokens.data[i + 3]!);
    assert.deepEqual(types, [0, 0, 0, 0, 1, 0]);
  });
});

describe('settings, locale and pull diagnostics', () => {
  test('the acks rule per version and client, applied on didChangeConfiguration', async () => {
    const c = await LspClient.start({ settings: { kafkaVersion: '3.9', client: 'console-producer' } });
    try {
      const uri = 'file:///work/s/producer.config';
      await c.open(uri, FIXED);
      const acksErrors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1 && /acks/.test(msg(d)));
      // settings are read after `initialized`; wait until a publish reflects them
      await c.waitFor(() => c.diagnostics.some((d) => d.uri === uri), 'first diagnostics');
      assert.equal(acksErrors(await c.diagnosticsFor(uri, 1)).length, 0, '3.9 console producer writes acks=-1');
      const before = c.diagnostics.length;
      c.settings = { kafkaVersion: '2.8', client: 'console-producer' };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const errs = await c.waitFor(() => {
        const p = c.diagnostics.slice(before).find((d) => d.uri === uri);
        return p && acksErrors(p.diagnostics).length ? acksErrors(p.diagnostics) : undefined;
      }, 'acks error after switching to 2.8');
      assert.equal(errs.length, 1);
    } finally {
      await c.stop();
    }
  });

  test('multi-root: each document is analysed with its own folder settings, and a change to one folder reaches only its files', async () => {
    const c = await LspClient.start({ pull: true, settings: { kafkaVersion: '3.9' } });
    try {
      c.folderSettings = [
        ['file:///work/legacy/', { kafkaVersion: '2.8', client: 'console-producer' }],
        ['file:///work/modern/', { kafkaVersion: '4.1' }],
      ];
      const legacy = 'file:///work/legacy/producer.config';
      const modern = 'file:///work/modern/producer.config';
      const plain = 'file:///work/elsewhere/producer.config';
      for (const u of [legacy, modern, plain]) await c.open(u, FIXED);
      const target = (uri: string) => c.request<{ kafkaVersion: string; client: string }>('kafkaProducerConfig/effectiveConfig', { uri });
      const pull = async (uri: string) => (await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
      const acksErrors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 1 && /acks/.test(msg(d)));
      const l = await target(legacy);
      assert.equal(l.kafkaVersion, '2.8');
      assert.equal(l.client, 'console-producer');
      assert.equal((await target(modern)).kafkaVersion, '4.1');
      assert.equal((await target(plain)).kafkaVersion, '3.9', 'no folder settings: the window settings');
      // The same text: the 2.8 console producer refuses it (acks=1 with idempotence), 4.1 does not.
      assert.equal(acksErrors(await pull(legacy)).length, 1);
      assert.equal(acksErrors(await pull(modern)).length, 0);
      for (const u of [legacy, modern]) assert.ok(c.configurationRequests.includes(u), `a scoped request for ${u}`);

      const refreshes = c.refreshes;
      c.folderSettings[0] = ['file:///work/legacy/', { kafkaVersion: '3.9', client: 'console-producer' }];
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'a diagnostics refresh after the folder setting changed');
      assert.equal((await target(legacy)).kafkaVersion, '3.9');
      assert.equal(acksErrors(await pull(legacy)).length, 0, '3.9 console producer writes acks=-1');
      assert.equal((await target(modern)).kafkaVersion, '4.1', 'the other folder is untouched');
    } finally {
      await c.stop();
    }
  });

  test('relatedInformation and codeDescription: a duplicate key links to the line Java keeps, a code to Kafka\'s docs, only for clients that show them', async () => {
    const text = 'acks=1\nlinger.ms=5\nacks=all\n';
    for (const related of [true, false]) {
      const c = await LspClient.start({ pull: true, related });
      try {
        const uri = `file:///work/r/${related}/producer.config`;
        await c.open(uri, text);
        const { items } = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        const dup = items.find((d) => d.code === 'duplicate-key');
        assert.ok(dup, JSON.stringify(items.map((d) => d.code)));
        if (related) {
          assert.deepEqual(dup.relatedInformation, [{ location: { uri, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } } }, message: 'the value Java keeps' }]);
        } else {
          assert.equal(dup.relatedInformation, undefined);
        }
        // The code links to Kafka's documentation of the key (or of all keys, for an unknown one).
        await c.open(`${uri}.2`, 'acks=2\nretriess=1\n');
        const more = (await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: `${uri}.2` } })).items;
        const link = (code: string) => more.find((d) => d.code === code)?.codeDescription?.href;
        assert.equal(link('invalid-value'), related ? 'https://kafka.apache.org/documentation/#producerconfigs_acks' : undefined);
        assert.equal(link('unknown-key'), related ? 'https://kafka.apache.org/documentation/#producerconfigs' : undefined);
        assert.equal(link('missing-required'), undefined, 'not about the key it sits on');
      } finally {
        await c.stop();
      }
    }
  });

  test('the server process links each code to its rule\'s page shipped beside it (docs/rules/CODE.md)', async () => {
    const c = await LspClient.start({ transport: 'stdio', pull: true, related: true });
    try {
      const uri = 'file:///work/r/pages/producer.config';
      await c.open(uri, 'acks=2\nretriess=1\n');
      const { items } = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(items.map((d) => d.code).sort(), ['invalid-value', 'missing-required', 'unknown-key']);
      for (const d of items) {
        const href = d.codeDescription?.href ?? '';
        assert.ok(href.startsWith('file://') && href.endsWith(`/docs/rules/${String(d.code)}.md`), href);
        assert.match(readFileSync(fileURLToPath(href), 'utf8'), new RegExp(`^# \`${String(d.code)}\``));
      }
    } finally {
      await c.stop();
    }
  });

  test('pull result ids do not carry over to a restarted server: an id from the previous process gets a full answer', async () => {
    const uri = 'file:///work/restart/producer.config';
    const first = await LspClient.start({ pull: true });
    let resultId: string | undefined;
    try {
      await first.open(uri, 'retriess=1\n');
      resultId = (await first.request<{ resultId?: string }>('textDocument/diagnostic', { textDocument: { uri } })).resultId;
      assert.ok(resultId);
    } finally {
      await first.stop();
    }
    const second = await LspClient.start({ pull: true });
    try {
      await second.open(uri, 'retriess=1\n');
      await second.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }); // analyses the file first
      const r = await second.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
      assert.equal(r.kind, 'full');
      assert.ok(r.items?.some((d) => d.code === 'unknown-key'));
    } finally {
      await second.stop();
    }
  });

  test('a pull the client cancels while the server waits for settings is answered RequestCancelled, so the client pulls again (issue 21)', async () => {
    // Right after a (re)start the first pull waits for the settings; an edit typed then makes VS Code cancel
    // it. ServerCancelled with retriggerRequest: false made vscode-languageclient drop its pull for the edit.
    let release: () => void = () => undefined;
    const c = await LspClient.start({ pull: true, configurationGate: new Promise<void>((r) => (release = r)) });
    try {
      const uri = 'file:///work/cancelled-pull/producer.config';
      await c.open(uri, 'retriess=5\n', 1);
      const { CancellationTokenSource } = await import('vscode-jsonrpc');
      const source = new CancellationTokenSource();
      const pending = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token).then(
        (r) => ({ answered: r }),
        (e: { code?: number; data?: unknown }) => ({ code: e.code, data: e.data }),
      );
      await c.replace(uri, 'lingr.ms=5\n', 2);
      source.cancel();
      release();
      assert.deepEqual(await pending, { code: -32800, data: undefined }, 'RequestCancelled (-32800), with no data telling the client not to pull again');
      const again = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(unknownKeys(again.items).map((d) => msg(d).match(/linger\.ms|retries/)?.[0]), ['linger.ms'], 'the pull after it answers for the edited text');
    } finally {
      release();
      await c.stop();
    }
  });

  test('a document over the size limit gets one warning saying so, no analysis, and the server keeps serving others', async () => {
    const c = await LspClient.start({ pull: true });
    try {
      const uri = 'file:///work/huge/producer.config';
      await c.open(uri, `retriess=1\n${'#'.repeat(17 * 1024 * 1024)}\n`);
      const { items } = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(items.length, 1);
      assert.equal(items[0]!.code, 'file-too-large');
      assert.equal(items[0]!.severity, DiagnosticSeverity.Warning);
      assert.match(String(items[0]!.message), /too large \(17\.0 MiB; producer configs are checked up to 16\.0 MiB\)/);
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
      const small = 'file:///work/huge/small.config';
      await c.open(small, 'retriess=1\n');
      const other = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: small } });
      assert.ok(other.items.some((d) => d.code === 'unknown-key'));
    } finally {
      await c.stop();
    }
  });

  test('maxNumberOfProblems: thousands of findings → the most severe 1000 in document order and one line counting the rest; a raised limit ships them all, without related lines', async () => {
    const c = await LspClient.start({ pull: true, related: true });
    try {
      const uri = 'file:///work/limit/producer.config';
      // 1,200 duplicated unknown keys (warnings) and, last in the file, one value Kafka refuses (error)
      const text = `${'retriess=1\n'.repeat(1200)}batch.size=abc\n`;
      await c.open(uri, text);
      const pull = async () => (await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
      const items = await pull();
      assert.equal(items.length, 1001);
      const summary = items.at(-1)!;
      assert.equal(summary.code, 'too-many-findings');
      assert.equal(summary.severity, DiagnosticSeverity.Information);
      assert.match(String(summary.message), /^Showing the 1,000 most severe of 2,4\d\d findings in this file \(1,4\d\d left out; limit kafkaProducerConfig\.maxNumberOfProblems = 1,000\)/);
      const shown = items.slice(0, -1);
      assert.ok(shown.some((d) => d.code === 'invalid-value' && d.range.start.line === 1200), 'the error on the last line is among them');
      assert.ok(shown.every((d) => d.severity! <= DiagnosticSeverity.Warning), 'errors and warnings before information and hints');
      assert.ok(shown.every((d, i) => i === 0 || d.range.start.line >= shown[i - 1]!.range.start.line), 'document order');
      assert.ok(shown.some((d) => d.relatedInformation), 'related lines within the limit');

      c.settings = { maxNumberOfProblems: 5 };
      let refreshes = c.refreshes;
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'a refresh after the limit changed');
      const five = await pull();
      assert.equal(five.length, 6);
      assert.equal(five[4]!.severity, DiagnosticSeverity.Error, 'the error on the last line is among the five, last in document order');
      assert.equal(five[4]!.range.start.line, 1200);

      // Raised: every finding goes out, and above 1,000 of them without related lines (each would repeat the URI).
      c.settings = { maxNumberOfProblems: 100_000 };
      refreshes = c.refreshes;
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await c.waitFor(() => c.refreshes > refreshes || undefined, 'a refresh after the limit was raised');
      const all = await pull();
      assert.ok(all.length > 2400 && all.every((d) => d.code !== 'too-many-findings' && d.relatedInformation === undefined), `${all.length} findings`);
    } finally {
      await c.stop();
    }
  });

  test('severity overrides, allowed keys, and garbage settings', async () => {
    const c = await LspClient.start({ settings: { severity: { 'unknown-key': 'error' }, allowedKeys: ['retriess'] } });
    try {
      const uri = 'file:///work/s/sev.config';
      await c.open(uri, SEED);
      const ds = unknownKeys(await c.diagnosticsFor(uri, 1));
      assert.deepEqual(ds.map((d) => [d.range.start.line, d.severity]), [[0, 1], [1, 1]], 'errors now, and retriess allowed');
      const before = c.diagnostics.length;
      c.settings = { severity: { 'unknown-key': 'off', x: 42 }, allowedKeys: [1, null], kafkaVersion: 42, client: 'nope' };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await c.waitFor(() => c.diagnostics.slice(before).find((d) => d.uri === uri && unknownKeys(d.diagnostics).length === 0), 'unknown-key turned off');
      const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } }));
      assert.match(h, /retries/, 'still serving after garbage settings');
    } finally {
      await c.stop();
    }
  });

  test('pull diagnostics when the client supports them; Korean when the client is Korean', async () => {
    const c = await LspClient.start({ pull: true, locale: 'ko-KR' });
    try {
      assert.ok(c.initializeResult!.capabilities.diagnosticProvider);
      const uri = 'file:///work/p/producer.config';
      await c.open(uri, SEED);
      const report = await c.request<{ kind: string; items: Diagnostic[]; resultId: string }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.equal(unknownKeys(report.items).length, 3);
      const again = await c.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(again.kind, 'unchanged');
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(c.diagnostics.length, 0, 'nothing pushed in pull mode');
      const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } }));
      assert.match(h, /[가-힣]/, 'Korean hover');
      assert.match(h, /`retries`/);
    } finally {
      await c.stop();
    }
  });
});

describe('code action resolve', () => {
  test('with resolve support, fix-all is offered cheaply and computed on resolve', async () => {
    const c = await LspClient.start({ resolve: true });
    try {
      const uri = 'file:///work/r/producer.config';
      await c.open(uri, SEED);
      const [fixAll] = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.kpc'] },
      });
      assert.ok(fixAll && fixAll.edit === undefined && fixAll.data, JSON.stringify(fixAll));
      const resolved = await c.request<CodeAction>('codeAction/resolve', fixAll);
      const out = applyLspEdits(SEED, editsOf(resolved, uri));
      assert.match(out, /^retries\s*=\s*5$/m);
      assert.match(resolved.title, /\(\d+\)/);
      const quick = await c.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        context: { diagnostics: [], only: ['quickfix'] },
      });
      assert.ok(quick.length > 0 && quick.every((q) => q.edit), 'quick fixes keep their edits');
    } finally {
      await c.stop();
    }
  });
});

describe('the bundled server as a process', () => {
  test('over stdio: the seed example, then shutdown/exit ends the process', async () => {
    const c = await LspClient.start({ transport: 'stdio' });
    const uri = 'file:///work/t/stdio.config';
    await c.open(uri, SEED);
    assert.equal(unknownKeys(await c.diagnosticsFor(uri, 1)).length, 3);
    const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } }));
    assert.match(h, /did you mean `retries`/i);
    await c.stop();
    assert.notEqual(c.proc!.exitCode ?? c.proc!.signalCode, null);
    assert.ok(SERVER.endsWith('server.js'));
  });

  test('kpc lsp --stdio serves the same server', async () => {
    const c = await LspClient.start({ transport: 'stdio', args: [CLI, 'lsp', '--stdio'] });
    try {
      const uri = 'file:///work/t/producer.config';
      await c.open(uri, SEED);
      assert.equal(unknownKeys(await c.diagnosticsFor(uri, 1)).length, 3);
    } finally {
      await c.stop();
    }
  });

  test('kpc lsp --stdio --locale ko: the messages in Korean although the client says en', async () => {
    const c = await LspClient.start({ transport: 'stdio', args: [CLI, 'lsp', '--stdio', '--locale', 'ko'], locale: 'en' });
    try {
      const uri = 'file:///work/t/producer.config';
      await c.open(uri, SEED);
      const found = unknownKeys(await c.diagnosticsFor(uri, 1));
      assert.equal(found.length, 3);
      for (const d of found) assert.match(String(d.message), /[가-힣]/);
    } finally {
      await c.stop();
    }
  });

  test('--node-ipc (what VS Code uses)', async () => {
    const c = await LspClient.start({ transport: 'ipc' });
    try {
      const uri = 'file:///work/t/ipc.config';
      await c.open(uri, 'batch.size=16384\n');
      const h = hoverText(await c.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
      assert.match(h, /16 KiB/);
    } finally {
      await c.stop();
    }
  });
});
