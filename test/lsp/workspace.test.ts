// The server and the project around a document, over a real LSP connection (the server in this process):
// the Kafka version from the build file with where it came from (effectiveConfig, hover), and the
// workspace check of producer configs that are not open, pulled (workspace/diagnostic with result ids)
// or pushed, kept current by workspace/didChangeWatchedFiles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { LspClient, ROOT } from './client';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'projects');
const uriOf = (p: string): string => pathToFileURL(p).href;
const hoverText = (h: Hover | null): string => (h ? ((h.contents as { value: string }).value ?? '') : '');
/** The codes of the findings, leaving out missing-required (these small files leave out bootstrap.servers and the serializers). */
const codes = (ds: readonly Diagnostic[]): string[] => ds.map((d) => String(d.code)).filter((c) => c !== 'missing-required').sort();
const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const POM = (v: string): string => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>x</groupId><artifactId>app</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>${v}</version></dependency>
  </dependencies>
</project>
`;

type WorkspaceItem = { kind: 'full' | 'unchanged'; uri: string; resultId?: string; version: number | null; items?: Diagnostic[] };
type EffectiveConfig = { kafkaVersion: string; patch?: number; versionSource: string; versionOrigin?: { origin: string; file?: string; label: string; detail: string; notes?: string[]; springBootVersion?: string } };

let tmp: string;
before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kpc-ws-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh copy of a fixture project (with a .git marker, so walking up stops there). */
function project(name: string): string {
  const dir = join(tmp, `${name}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('the Kafka version from the build file, and where it came from', () => {
  test('kafkaVersion auto (no setting): the pom.xml version is checked against, the status answer and hover say so', async () => {
    const dir = project('maven-kafka-clients');
    const c = await LspClient.start({ settings: { kafkaVersion: 'auto' } });
    try {
      const uri = uriOf(join(dir, 'producer.config'));
      const text = 'bootstrap.servers=localhost:9092\nenable.metrics.push=true\n';
      await c.open(uri, text);
      const ds = await c.diagnosticsFor(uri, 1);
      const push = ds.find((d) => d.range.start.line === 1);
      assert.ok(push, `enable.metrics.push (3.7) is flagged on Kafka 3.6.1: ${JSON.stringify(ds)}`);
      assert.match(typeof push.message === 'string' ? push.message : '', /3\.7/);
      const eff = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(eff.kafkaVersion, '3.6');
      assert.equal(eff.patch, 1);
      assert.equal(eff.versionOrigin?.origin, 'build');
      assert.equal(eff.versionOrigin?.file, 'pom.xml');
      assert.equal(eff.versionOrigin?.label, 'from pom.xml');
      assert.match(eff.versionOrigin!.detail, /kafka-clients 3\.6\.1 .*pom\.xml/);
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.match(hoverText(h), /Kafka 3\.6\.1 · from pom\.xml/);
    } finally {
      await c.stop();
    }
  });

  test('in Korean; a setting other than auto wins over the build file; a # kpc: comment over both', async () => {
    const dir = project('maven-kafka-clients');
    const c = await LspClient.start({ locale: 'ko', settings: {} });
    try {
      const uri = uriOf(join(dir, 'producer.config'));
      await c.open(uri, 'enable.metrics.push=true\n');
      await c.diagnosticsFor(uri, 1);
      const ko = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(ko.versionOrigin?.label, 'pom.xml에서');
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.match(hoverText(h), /Kafka 3\.6\.1 · pom\.xml에서/);

      c.settings = { kafkaVersion: '3.9' };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await settle();
      const set = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(set.kafkaVersion, '3.9');
      assert.equal(set.versionSource, 'setting');
      assert.equal(set.versionOrigin, undefined, 'the settings decided: versionSource says so');

      await c.replace(uri, '# kpc: kafka-version=3.5\nenable.metrics.push=true\n', 2);
      await c.diagnosticsFor(uri, 2);
      const comment = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(comment.kafkaVersion, '3.5');
      assert.equal(comment.versionSource, 'comment');
      assert.equal(comment.versionOrigin, undefined);
    } finally {
      await c.stop();
    }
  });

  test('a Spring Boot parent: the Kafka version Boot manages, and the Boot version as a plain value', async () => {
    const dir = project('maven-spring-boot-parent');
    const c = await LspClient.start({ settings: {} });
    try {
      const uri = uriOf(join(dir, 'producer.config'));
      await c.open(uri, 'acks=all\n');
      await c.diagnosticsFor(uri, 1);
      const eff = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(eff.versionOrigin?.origin, 'build');
      assert.match(eff.versionOrigin?.springBootVersion ?? '', /^\d+\.\d+/);
      assert.match(eff.versionOrigin!.detail, /Spring Boot/);
    } finally {
      await c.stop();
    }
  });

  test('a build file that names no version we cover: latest, with a note, never a guess', async () => {
    const dir = join(tmp, 'uncovered');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'pom.xml'), POM('1.1.0'));
    const c = await LspClient.start({ settings: {} });
    try {
      const uri = uriOf(join(dir, 'producer.config'));
      await c.open(uri, 'enable.metrics.push=true\n');
      assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), [], 'latest has enable.metrics.push');
      const eff = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.equal(eff.versionOrigin?.origin, 'default');
      assert.ok(eff.versionOrigin?.notes?.length, JSON.stringify(eff.versionOrigin));
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.match(hoverText(h), /1\.1\.0/, 'the hover carries the note');
    } finally {
      await c.stop();
    }
  });
});

describe('.kpc.json in the editor', () => {
  test('its policy applies; with errors it is left out, its problems shown on the file itself, taken back once fixed', async () => {
    const dir = join(tmp, 'kpcjson');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'pom.xml'), POM('3.6.1'));
    const kpcJson = join(dir, '.kpc.json');
    writeFileSync(kpcJson, '{"kafkaVersion": "9.9", "policy": {"compression.type": {"oneOf": ["lz4", "zstd"]}}}\n');
    const c = await LspClient.start({ watch: true, folders: [dir], settings: { checkWorkspace: false } });
    try {
      const uri = uriOf(join(dir, 'producer.config'));
      await c.open(uri, 'compression.type=gzip\n');
      assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), [], 'the broken policy is not applied');
      const shown = await c.waitFor(() => c.diagnostics.find((d) => d.uri === uriOf(kpcJson) && d.diagnostics.length > 0), 'the problems of .kpc.json');
      assert.equal(shown.diagnostics[0]!.code, 'kpc-json');
      assert.equal(shown.diagnostics[0]!.severity, 1);
      assert.match(String(shown.diagnostics[0]!.message), /9\.9/);
      const eff = await c.request<EffectiveConfig>('kafkaProducerConfig/effectiveConfig', { uri, values: false });
      assert.ok(eff.versionOrigin?.notes?.some((n) => /\.kpc\.json has errors/.test(n)), JSON.stringify(eff.versionOrigin));

      writeFileSync(kpcJson, '{"policy": {"compression.type": {"oneOf": ["lz4", "zstd"]}}}\n');
      const n = c.diagnostics.length;
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(kpcJson), type: 2 }] });
      await c.waitFor(() => c.diagnostics.slice(n).find((d) => d.uri === uriOf(kpcJson) && d.diagnostics.length === 0), '.kpc.json problems taken back');
      const after = await c.waitFor(() => c.diagnostics.slice(n).find((d) => d.uri === uri && codes(d.diagnostics).includes('policy')), 'the policy applied');
      assert.deepEqual(codes(after.diagnostics), ['policy']);
    } finally {
      await c.stop();
    }
  });
});

describe('workspace diagnostics (pull): producer configs that are not open', () => {
  let dir: string;
  let c: LspClient;
  const pull = (previous: { uri: string; value: string }[] = []): Promise<{ items: WorkspaceItem[] }> => c.request('workspace/diagnostic', { previousResultIds: previous });
  before(async () => {
    dir = join(tmp, 'pull');
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'svc', 'src'), { recursive: true });
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'svc', 'pom.xml'), POM('3.6.1'));
    writeFileSync(join(dir, 'svc', 'src', 'producer.properties'), 'enable.metrics.push=true\nenavle.idempotence=true\n');
    writeFileSync(join(dir, 'open.producer.properties'), 'acks=all\n');
    writeFileSync(join(dir, 'node_modules', 'x', 'producer.config'), 'enavle.idempotence=true\n');
    c = await LspClient.start({ pull: true, watch: true, folders: [dir], settings: {} });
  });
  after(() => c.stop());

  test('advertised, and the files to watch registered', async () => {
    const dp = c.initializeResult!.capabilities.diagnosticProvider as { workspaceDiagnostics: boolean };
    assert.equal(dp.workspaceDiagnostics, true);
    const reg = await c.waitFor(() => c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'registration');
    const globs = (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern).join(' ');
    for (const name of ['pom.xml', 'build.gradle.kts', '.kpc.json', '*.versions.toml', 'producer.config', '*.producer.properties']) assert.ok(globs.includes(name), `${name} in ${globs}`);
  });

  test('every config not open is reported, with its project; an open one is left to its own pull; node_modules skipped', async () => {
    const openUri = uriOf(join(dir, 'open.producer.properties'));
    await c.open(openUri, 'acks=all\n');
    const { items } = await pull();
    const uris = items.map((i) => i.uri);
    assert.deepEqual(uris, [uriOf(join(dir, 'svc', 'src', 'producer.properties'))]);
    const item = items[0]!;
    assert.equal(item.kind, 'full');
    assert.equal(item.version, null);
    assert.deepEqual(codes(item.items!), ['unknown-key', 'unknown-key'], 'the typo, and enable.metrics.push on 3.6.1 from svc/pom.xml');
    assert.ok(item.items!.some((d) => d.range.start.line === 0 && /3\.7/.test(String(d.message))), JSON.stringify(item.items));
  });

  test('asked again with the result ids: unchanged', async () => {
    const first = await pull();
    const again = await pull(first.items.map((i) => ({ uri: i.uri, value: i.resultId! })));
    assert.deepEqual(again.items.map((i) => i.kind), ['unchanged']);
  });

  test('the build file changes (watched): the client is asked to pull again and the finding goes', async () => {
    const first = await pull();
    const refreshes = c.refreshes;
    writeFileSync(join(dir, 'svc', 'pom.xml'), POM('3.9.0'));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'svc', 'pom.xml')), type: 2 }] });
    await c.waitFor(() => c.refreshes > refreshes, 'workspace/diagnostic/refresh');
    const next = await pull(first.items.map((i) => ({ uri: i.uri, value: i.resultId! })));
    assert.equal(next.items[0]!.kind, 'full');
    assert.deepEqual(codes(next.items[0]!.items!), ['unknown-key'], 'only the typo on 3.9');
  });

  test('a config created and one deleted: the new one reported, the deleted one taken back', async () => {
    const created = join(dir, 'svc', 'src', 'orders.producer.properties');
    writeFileSync(created, 'lingr.ms=5\n');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 1 }] });
    const withNew = await pull();
    assert.ok(withNew.items.some((i) => i.uri === uriOf(created) && codes(i.items!).length === 1), JSON.stringify(withNew.items));
    rmSync(created);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 3 }] });
    const after = await pull(withNew.items.map((i) => ({ uri: i.uri, value: i.resultId! })));
    const gone = after.items.find((i) => i.uri === uriOf(created));
    assert.deepEqual(gone && { kind: gone.kind, items: gone.items }, { kind: 'full', items: [] });
  });

  test('checkWorkspace false: nothing reported, and what was reported is taken back', async () => {
    c.settings = { checkWorkspace: false };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await settle();
    const off = await pull();
    assert.ok(off.items.every((i) => i.kind === 'full' && i.items!.length === 0), JSON.stringify(off.items));
    assert.deepEqual((await pull()).items, []);
    c.settings = {};
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await settle();
  });
});

describe('workspace diagnostics: Spring Boot application files that are not open', () => {
  test('a closed application.yml is checked as Boot reads it, and left out with springBootFiles false', async () => {
    const dir = join(tmp, 'spring-ws');
    mkdirSync(join(dir, '.git'), { recursive: true });
    mkdirSync(join(dir, 'src', 'main', 'resources'), { recursive: true });
    const yml = join(dir, 'src', 'main', 'resources', 'application.yml');
    writeFileSync(yml, 'spring:\n  kafka:\n    producer:\n      properties:\n        enavle.idempotence: true\n');
    // Boot's file without a Kafka producer part: listed, nothing reported
    writeFileSync(join(dir, 'src', 'main', 'resources', 'application-dev.properties'), 'server.port=8081\n');
    const c = await LspClient.start({ pull: true, folders: [dir], settings: {} });
    try {
      const { items } = await c.request<{ items: WorkspaceItem[] }>('workspace/diagnostic', { previousResultIds: [] });
      const item = items.find((i) => i.uri === uriOf(yml));
      assert.ok(item, JSON.stringify(items.map((i) => i.uri)));
      assert.deepEqual(codes(item.items!), ['unknown-key']);
      // on the YAML line of the typo, with its did-you-mean
      assert.equal(item.items!.find((d) => d.code === 'unknown-key')!.range.start.line, 4);
      assert.match(String(item.items!.find((d) => d.code === 'unknown-key')!.message), /enable\.idempotence/);
      assert.deepEqual(items.find((i) => i.uri.endsWith('application-dev.properties'))?.items, []);
      c.settings = { springBootFiles: false };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await settle();
      const off = await c.request<{ items: WorkspaceItem[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.ok(off.items.every((i) => (i.items ?? []).length === 0), JSON.stringify(off.items));
    } finally {
      await c.stop();
    }
  });
});

describe('workspace diagnostics (push-only client)', () => {
  test('closed configs are published without being opened, re-published when they change, and after a close', async () => {
    const dir = join(tmp, 'push');
    mkdirSync(join(dir, '.git'), { recursive: true });
    const file = join(dir, 'producer.config');
    writeFileSync(file, 'enavle.idempotence=true\n');
    const uri = uriOf(file);
    const c = await LspClient.start({ folders: [dir], settings: {} });
    try {
      const first = await c.waitFor(() => c.diagnostics.find((d) => d.uri === uri), 'published diagnostics of the closed file');
      assert.deepEqual(codes(first.diagnostics), ['unknown-key']);
      const n = c.diagnostics.length;
      writeFileSync(file, 'acks=all\nlingr.ms=1\nbatch.sise=1\n');
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      const changed = await c.waitFor(() => c.diagnostics.slice(n).find((d) => d.uri === uri), 're-published');
      assert.deepEqual(codes(changed.diagnostics), ['unknown-key', 'unknown-key']);
      await c.open(uri, 'acks=all\n');
      assert.deepEqual(codes(await c.diagnosticsFor(uri, 1)), []);
      const m = c.diagnostics.length;
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const closed = await c.waitFor(() => c.diagnostics.slice(m).find((d) => d.uri === uri && codes(d.diagnostics).length > 0), 'the file on disk again after the close');
      assert.deepEqual(codes(closed.diagnostics), ['unknown-key', 'unknown-key']);
    } finally {
      await c.stop();
    }
  });

  test('2,000 configs or more: not checked, with one note saying why', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(join(dir, '.git'), { recursive: true });
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `s${i}.producer.properties`), 'enavle.idempotence=true\n');
    const c = await LspClient.start({ folders: [dir], settings: {} });
    try {
      const note = await c.waitFor(() => c.shownMessages.find((m) => /2,000/.test(m)), 'the note');
      assert.match(note, /kpc check/);
      assert.equal(c.diagnostics.length, 0);
    } finally {
      await c.stop();
    }
  });
});
