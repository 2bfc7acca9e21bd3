// The preview host's pure parts: HTML/CSP, message validation, and the edits "Apply to file" makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPreviewHtml, makeNonce, previewCsp } from '../../../client/src/preview/html';
import { parseWebviewMessage } from '../../../client/src/preview/messages';
import { parseProperties, readDirectives, resolveTarget, simulatorInputFromText } from '#core';
import { editsForChanges } from '../../../client/src/preview/edits';

function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

test('the preview HTML has a strict CSP with a nonce, and loads only the bundle', () => {
  const nonce = makeNonce();
  assert.match(nonce, /^[A-Za-z0-9_-]{32}$/);
  assert.notEqual(nonce, makeNonce());
  const src = 'https://file+.vscode-resource.vscode-cdn.net';
  const html = buildPreviewHtml({ cspSource: src, nonce, scriptUri: `${src}/ext/dist/webview.js`, styleUri: `${src}/ext/dist/webview.css` });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.equal(csp, `default-src 'none'; img-src ${src} data:; style-src ${src} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; font-src ${src}`);
  assert.equal(csp, previewCsp(src, nonce));
  assert.ok(!/unsafe-(inline|eval)/.test(html));
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 1);
  assert.ok(scripts[0]!.includes(`nonce="${nonce}"`) && scripts[0]!.includes('/dist/webview.js'));
  assert.ok(!/ style="/.test(html), 'no inline style attributes');
  assert.throws(() => buildPreviewHtml({ cspSource: src, nonce: 'short', scriptUri: 'a', styleUri: 'b' }));
});

test('webview messages are validated before they touch a document', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  const ok = { type: 'apply', uri: 'file:///a/producer.config', changes: [{ key: 'linger.ms', value: '10' }] };
  assert.deepEqual(parseWebviewMessage(ok), ok);
  assert.equal(parseWebviewMessage({ type: 'apply', uri: 'file:///a', changes: [] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'apply', uri: 'file:///a', changes: [{ key: 'ssl.key.password', value: 'x' }] }), undefined, 'only simulator keys');
  assert.equal(parseWebviewMessage({ type: 'apply', uri: 'file:///a', changes: [{ key: 'linger.ms', value: '1\nacks=0' }] }), undefined, 'one line only');
  assert.equal(parseWebviewMessage({ type: 'apply', changes: [{ key: 'linger.ms', value: '1' }] }), undefined);
  assert.equal(parseWebviewMessage({ type: 'exec', command: 'rm -rf' }), undefined);
  assert.equal(parseWebviewMessage('apply'), undefined);
  assert.equal(parseWebviewMessage(null), undefined);
});

test('Apply edits the effective (last) entry of a key, keeps the rest, and appends missing keys', () => {
  const text = '# throughput\nlinger.ms = 5\nbatch.size=16384\nlinger.ms=7\nacks\n';
  const out = applyEdits(text, editsForChanges(text, [{ key: 'linger.ms', value: '10' }, { key: 'compression.type', value: 'lz4' }, { key: 'acks', value: 'all' }]));
  assert.equal(out, '# throughput\nlinger.ms = 5\nbatch.size=16384\nlinger.ms=10\nacks=all\ncompression.type=lz4\n');
  // CRLF files, and a file without a final line break keeps having none (as a rule's fix does)
  const crlf = 'acks=1\r\nretries=3';
  assert.equal(applyEdits(crlf, editsForChanges(crlf, [{ key: 'enable.idempotence', value: 'true' }])), 'acks=1\r\nretries=3\r\nenable.idempotence=true');
  // a value that needs escaping
  const t = 'transactional.id=a\n';
  assert.equal(applyEdits(t, editsForChanges(t, [{ key: 'transactional.id', value: ' tx#1' }])), 'transactional.id=\\ tx#1\n');
  assert.equal(applyEdits('', editsForChanges('', [{ key: 'acks', value: 'all' }])), 'acks=all\n');
});

test('only the keys the simulator reads leave the host; secrets never do', () => {
  const text = 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required password="hunter2";\nssl.key.password=hunter2\nlinger.ms=3\nlinger.ms=4\nbootstrap.servers=a:9092\n# kpc: kafka-version=3.2\n';
  const input = simulatorInputFromText(text, { kafkaVersion: '3.9', client: 'console-producer' });
  assert.deepEqual(input, { kafkaVersion: '3.2', client: 'console-producer', values: { 'linger.ms': '4' } });
  const v = input.values;
  assert.ok(!JSON.stringify(v).includes('hunter2'));
  // The local fallback reads the file's target with the analysis's own resolution: the comment wins over the setting.
  const target = (t: string, kafkaVersion?: string) => resolveTarget({ kafkaVersion }, readDirectives(parseProperties(t))).target;
  assert.deepEqual(target(text, '3.9'), { version: '3.2', client: 'java' });
  assert.deepEqual(target('acks=1\n', '3.0.0'), { version: '3.0', patch: 0, client: 'java' });
  assert.deepEqual(target('# kpc: kafka_version: 2.8\n# kpc: client=console-producer\n'), { version: '2.8', client: 'console-producer' }, 'the forms the analysis accepts');
});
