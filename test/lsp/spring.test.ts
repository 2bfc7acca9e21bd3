// A Spring Boot application.yml opened with the YAML extension's language id, over LSP: the server
// reports the seed's typos one level deeper on their YAML lines, with related lines, fixes that edit
// the YAML, hover, completion and the preview's input; the Boot release comes from the settings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-types';
import { applyLspEdits, buildOnce, LspClient } from './client';

const YAML = [
  'spring:',
  '  kafka:',
  '    bootstrap-servers: broker:9092',
  '    properties:',
  '      bootstrap.servers: shared:9092',
  '    producer:',
  '      acks: all',
  '      properties:',
  '        enavle.idempotence: true',
  '        retriess: 5',
  '',
].join('\n');

const hoverText = (h: Hover | null): string => (h ? ((h.contents as { value: string }).value ?? '') : '');

for (const transport of ['in-process', 'stdio'] as const) {
  describe(`Spring YAML over LSP (${transport})`, () => {
    let c: LspClient;
    const uri = 'file:///work/app/src/main/resources/application.yml';
    let ds: Diagnostic[];
    before(async () => {
      if (transport === 'stdio') buildOnce();
      c = await LspClient.start({ transport, related: true, settings: { springBootVersion: '3.3' } });
      await c.open(uri, YAML, 1, 'yaml');
      ds = await c.diagnosticsFor(uri, 1);
    });
    after(() => c.stop());

    test('findings on the YAML lines, per the Boot release from the settings', () => {
      const shown = ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`).sort();
      assert.deepEqual(shown, ['4:6 spring-bootstrap-ignored', '8:8 unknown-key', '9:8 unknown-key']);
      const bootstrap = ds.find((d) => d.code === 'spring-bootstrap-ignored')!;
      assert.match(String(bootstrap.message), /Spring Boot 3\.3\.\d+ ignores bootstrap\.servers/);
      assert.equal(bootstrap.relatedInformation?.[0]?.location.range.start.line, 2, 'the winning line is related');
    });

    test('the quick fix renames the YAML key and nothing else', async () => {
      const d = ds.find((x) => x.range.start.line === 8)!;
      const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.title === "Change to 'enable.idempotence'")!;
      assert.equal(applyLspEdits(YAML, fix.edit!.changes![uri]!), YAML.replace('enavle', 'enable'));
    });

    test('hover and completion under spring.kafka', async () => {
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 7 } });
      assert.match(hoverText(h), /Spring Boot 3\.3/);
      assert.match(hoverText(h), /Kafka gets `acks` = `all`/);
      const list = await c.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 9, character: 8 } });
      assert.ok(list.items.some((i) => i.label === 'linger.ms'));
      const outside = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.equal(outside, null, 'nothing outside spring.kafka');
    });

    test('the preview input is the producer config Boot builds', async () => {
      const r = await c.request<{ kafkaVersion: string; values: Record<string, string>; springBoot?: string; versionSource: string }>('kafkaProducerConfig/effectiveConfig', { uri });
      assert.equal(r.kafkaVersion, '3.7', 'the Kafka client Boot 3.3 manages');
      assert.match(r.springBoot ?? '', /^3\.3\.\d+$/, 'the status item names the Boot release');
      assert.equal(r.versionSource, 'default');
      assert.equal(r.values.acks, 'all');
    });
  });
}
