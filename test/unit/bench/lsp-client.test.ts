// The benchmark's LSP client against real servers: both really validate, and an edit really changes
// the findings (no timing assertions here; the numbers live in `npm run bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { editValues, generateItems, toJsonc, toProperties, type Twin } from '../../../bench/generate';
import { LspSession, type ServerSpec } from '../../../bench/lsp-client';
import { chooseSchema, typeOfFromSchema } from '../../../bench/schema';
import { buildOnce } from '../../lsp/client';

const root = resolve(__dirname, '..', '..', '..');

async function openAndToggle(spec: ServerSpec, twin: Twin, uri: string, rootUri: string): Promise<{ open: number; invalid: number; valid: number; pull: boolean }> {
  const s = new LspSession(spec);
  try {
    await s.start(rootUri, 20_000);
    const open = await s.open(uri, twin.text, 20_000);
    const { line, start, value } = twin.sites.edit;
    const [bad, good] = editValues(value);
    const invalid = await s.edit(line, start, start + value.length, bad, 20_000);
    const valid = await s.edit(line, start, start + bad.length, good, 20_000);
    return { open: open.count, invalid: invalid.count, valid: valid.count, pull: s.pull };
  } finally {
    await s.dispose();
  }
}

test('bench client: vscode-json-language-server validates the JSONC twin against the schema', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-bench-test-'));
  try {
    const { schema } = await chooseSchema(root);
    const schemaPath = join(dir, 'producer.schema.json');
    writeFileSync(schemaPath, JSON.stringify(schema));
    const twin = toJsonc(generateItems(100), typeOfFromSchema(schema));
    const file = join(dir, 'producer.jsonc');
    writeFileSync(file, twin.text);
    const r = await openAndToggle(
      {
        id: 'json-ls',
        command: process.execPath,
        args: [join(root, 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-json-language-server'), '--stdio'],
        languageId: 'jsonc',
        initializationOptions: { handledSchemaProtocols: ['file'] },
        settings: { json: { schemas: [{ fileMatch: ['*.jsonc'], url: pathToFileURL(schemaPath).href }], validate: { enable: true } } },
      },
      twin,
      pathToFileURL(file).href,
      pathToFileURL(dir).href,
    );
    assert.equal(r.pull, true, 'the JSON server offers pull diagnostics');
    assert.ok(r.open > 0, 'typos and bad values are reported');
    assert.equal(r.invalid, r.open + 1, 'the out-of-range edit adds one finding');
    assert.equal(r.valid, r.open);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bench client: our server reports the same kind of findings on the .config', async () => {
  buildOnce();
  const dir = mkdtempSync(join(tmpdir(), 'kpc-bench-test-'));
  try {
    const twin = toProperties(generateItems(100));
    const file = join(dir, 'producer.config');
    const r = await openAndToggle(
      { id: 'ours', command: process.execPath, args: [join(root, 'dist', 'server.js'), '--stdio'], languageId: 'kafka-producer-config', settings: { kafkaProducerConfig: {} } },
      twin,
      pathToFileURL(file).href,
      pathToFileURL(dir).href,
    );
    assert.ok(r.open > 0);
    assert.equal(r.invalid, r.open + 1, 'linger.ms=-5 adds one finding');
    assert.equal(r.valid, r.open);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
