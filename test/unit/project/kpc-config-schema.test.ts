// The generated JSON Schema of .kpc.json, through vscode-json-languageservice (the engine behind VS Code's
// jsonValidation): the example validates, mistakes are flagged where they are, policy keys and rule
// codes complete. And the manifest contributes it for .kpc.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { getLanguageService, TextDocument, type JSONSchema } from 'vscode-json-languageservice';
import { kpcConfigJsonSchema } from '../../../schemas/generate';

const ROOT = join(__dirname, '..', '..', '..');
const SCHEMA_URI = 'https://kafka-producer-config.invalid/schemas/kpc-config.schema.json';

function service() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'generated', 'kpc-config.schema.json'), 'utf8')) as JSONSchema;
  const ls = getLanguageService({ schemaRequestService: async () => JSON.stringify(schema) });
  ls.configure({ allowComments: true, validate: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['.kpc.json'], schema }] });
  return ls;
}

async function diagnose(text: string): Promise<string[]> {
  const ls = service();
  const doc = TextDocument.create('file:///repo/.kpc.json', 'jsonc', 1, text);
  const diags = await ls.doValidation(doc, ls.parseJSONDocument(doc), { comments: 'ignore', trailingCommas: 'ignore' });
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

test('the schema on disk is the one generate.ts makes (npm run schemas:check guards the rest)', () => {
  const onDisk = JSON.parse(readFileSync(join(ROOT, 'schemas', 'generated', 'kpc-config.schema.json'), 'utf8'));
  assert.deepEqual(onDisk, JSON.parse(JSON.stringify(kpcConfigJsonSchema())));
});

test("the issue's example and a full file validate", async () => {
  assert.deepEqual(await diagnose(`{"kafkaVersion": "3.6", "policy": {"acks": {"oneOf": ["all", "-1"]}, "compression.type": {"oneOf": ["lz4", "zstd"]}, "linger.ms": {"min": 5, "max": 100}, "sasl.jaas.config": {"forbidden": true}}}`), []);
  assert.deepEqual(await diagnose(`{\n  // comments are fine\n  "client": "java",\n  "severity": {"policy": "warning"},\n  "allowedKeys": ["my.*"],\n  "files": ["conf/*.properties"],\n  "policy": {"batch.size": {"min": "32 KiB", "severity": "warning", "message": "why"}}\n}`), []);
});

test('mistakes are flagged where they are', async () => {
  const d = await diagnose('{\n  "kafkaVerison": "3.6",\n  "client": "python",\n  "policy": {"acks": {"onOf": ["all"]}},\n  "severity": {"unknown-key": "loud"}\n}');
  assert.deepEqual(d.sort(), [
    '2:3 Property kafkaVerison is not allowed.',
    '3:13 Value is not accepted. Valid values: "java", "console-producer".',
    '4:23 Property onOf is not allowed.',
    '5:31 Value is not accepted. Valid values: "error", "warning", "information", "hint", "off".',
  ]);
});

test('completion offers policy keys (with their summary) and rule codes', async () => {
  const ls = service();
  const complete = async (text: string) => {
    const offset = text.indexOf('|');
    const doc = TextDocument.create('file:///repo/.kpc.json', 'jsonc', 1, text.replace('|', ''));
    const r = await ls.doComplete(doc, doc.positionAt(offset), ls.parseJSONDocument(doc));
    return r?.items ?? [];
  };
  const keys = await complete('{"policy": {|}}');
  const linger = keys.find((i) => i.label === 'linger.ms');
  assert.ok(linger, keys.map((i) => i.label).slice(0, 10).join(', '));
  assert.match(String(linger.documentation ?? linger.detail ?? ''), /\S/);
  const codes = (await complete('{"severity": {|}}')).map((i) => i.label);
  assert.ok(codes.includes('policy') && codes.includes('unknown-key'), codes.join(', '));
  const fields = (await complete('{"policy": {"acks": {|}}}')).map((i) => i.label).sort();
  assert.deepEqual(fields, ['forbidden', 'max', 'message', 'min', 'oneOf', 'required', 'severity', 'value']);
});

test('the manifest contributes the schema for .kpc.json, read as JSON with comments', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.kpc.json', url: './schemas/generated/kpc-config.schema.json' }]);
  assert.deepEqual(pkg.contributes.languages.find((l: { id: string }) => l.id === 'jsonc'), { id: 'jsonc', filenames: ['.kpc.json'] });
  assert.ok(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').includes('!schemas/generated/**'));
});
