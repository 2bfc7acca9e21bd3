// Security guards: the preview's CSP in the built HTML (also with hostile inputs), webview messages
// fuzzed against the zod validation and the edits they lead to, the built bundles and our sources
// scanned for network access and code execution, and the manifest's workspace-trust claims.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { buildPreviewHtml, makeNonce } from '../../../client/src/preview/html';
import { parseWebviewMessage } from '../../../client/src/preview/messages';
import { editsForChanges } from '../../../client/src/preview/edits';
import { parseProperties, SIMULATOR_KEYS } from '#core';
import { configText, ROOT } from './props';

const SEED = 20261125;

function cspOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  assert.equal(metas.length, 1, 'exactly one CSP meta');
  const decoded = metas[0]![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const m = new Map<string, string[]>();
  for (const d of decoded.split(';')) {
    const [name, ...vals] = d.trim().split(/\s+/);
    if (name) m.set(name, vals);
  }
  return m;
}

/** Everything a strict preview page must satisfy, for any cspSource/URIs. */
function checkHtml(html: string, nonce: string, cspSource: string): void {
  const csp = cspOf(html);
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('script-src'), [`'nonce-${nonce}'`], 'scripts only with the nonce');
  for (const [name, vals] of csp) {
    for (const v of vals) {
      assert.ok(!/unsafe-(inline|eval|hashes)|^\*$|^https?:$|^data:$/.test(v) || (name === 'img-src' && v === 'data:'), `${name} ${v}`);
      if (/^https?:/.test(v)) assert.equal(v, cspSource, `${name}: no remote source besides the webview's own (${v})`);
    }
  }
  // Every <script> carries the nonce and loads a file (no inline code); no inline event handlers.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1);
  for (const s of scripts) {
    assert.ok(s[1]!.includes(`nonce="${nonce}"`), `script without nonce: ${s[0]}`);
    assert.equal(s[2]!.trim(), '', 'no inline script body');
  }
  assert.equal((html.match(/<script\b/gi) ?? []).length, scripts.length, 'no unterminated script tag');
  // Attribute values are quoted and escaped: what is left outside them must hold no handler.
  const outsideValues = html.replace(/"[^"]*"/g, '""');
  assert.ok(!/\son[a-z]+\s*=/i.test(outsideValues), 'no inline event handlers');
  assert.ok(!/<(?!\/?(?:html|head|meta|link|title|body|main|script)\b|!DOCTYPE)/i.test(outsideValues), 'no element besides the fixed page skeleton');
  assert.ok(!/javascript:/i.test(html), 'no javascript: URLs');
  // Remote URLs only under the webview's resource origin.
  for (const u of html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []) assert.ok(u.startsWith(cspSource), `remote URL ${u}`);
}

describe('preview webview', () => {
  test('the built HTML has a strict CSP: default none, nonce-only scripts, nothing remote', () => {
    const src = 'https://file+.vscode-resource.vscode-cdn.net';
    const nonce = makeNonce();
    checkHtml(buildPreviewHtml({ cspSource: src, nonce, scriptUri: `${src}/ext/dist/webview.js`, styleUri: `${src}/ext/dist/webview.css`, lang: 'ko' }), nonce, src);
  });

  test('hostile URIs and language cannot break out of attributes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (junk, lang) => {
        const src = 'https://file+.vscode-resource.vscode-cdn.net';
        const nonce = makeNonce();
        const html = buildPreviewHtml({ cspSource: src, nonce, scriptUri: `${src}/x"><script>alert(1)</script>${junk}`, styleUri: `${src}/s' onload='x${junk}`, lang: `${lang}"><script>` });
        checkHtml(html.replace(/<script>alert\(1\)<\/script>/g, 'BROKEN'), nonce, src);
        assert.ok(!html.includes('<script>alert'), 'injected script tag');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('every nonce is fresh and usable in a CSP', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = makeNonce();
      assert.match(n, /^[A-Za-z0-9_-]{32}$/);
      assert.ok(!seen.has(n));
      seen.add(n);
    }
  });
});

describe('messages from the webview', () => {
  const key = fc.oneof(fc.constantFrom(...SIMULATOR_KEYS), fc.constantFrom('ssl.key.password', 'sasl.jaas.config', '__proto__', 'constructor', 'acks\n', ' acks', 'linger.ms=1\nacks'), fc.string({ maxLength: 20 }));
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('1\nacks=0', '\\', 'x\\', '\u2028', '=5', ' 5', '#c', '\\u0041', 'é', 'a'.repeat(501)), fc.integer(), fc.constant(null));
  const message = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.constantFrom('apply', 'ready', 'exec', 'config'), uri: fc.oneof(fc.constant('file:///w/producer.config'), fc.string(), fc.integer()), changes: fc.array(fc.record({ key, value }, { requiredKeys: [] }), { maxLength: 12 }) }, { requiredKeys: [] }),
  );

  test('validation never throws, and what passes is only simulator keys with one-line values', () => {
    fc.assert(
      fc.property(message, (m) => {
        const r = parseWebviewMessage(m);
        if (!r || r.type === 'ready') return;
        assert.equal(typeof r.uri, 'string');
        assert.ok(r.changes.length >= 1);
        for (const c of r.changes) {
          assert.ok((SIMULATOR_KEYS as readonly string[]).includes(c.key), c.key);
          assert.equal(typeof c.value, 'string');
          assert.ok(!/[\r\n]/.test(c.value) && c.value.length <= 500);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  test('an accepted Apply changes exactly the keys it names, to exactly the values it names', () => {
    fc.assert(
      fc.property(configText, fc.array(fc.record({ key, value }), { minLength: 1, maxLength: 4 }), (text, changes) => {
        const r = parseWebviewMessage({ type: 'apply', uri: 'file:///w/producer.config', changes });
        if (!r || r.type !== 'apply') return;
        const edits = editsForChanges(text, r.changes);
        let out = text;
        for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
        const want = new Map<string, string>();
        for (const c of r.changes) want.set(c.key, c.value);
        const lastOf = (t: string) => {
          const m = new Map<string, string>();
          for (const e of parseProperties(t).entries) m.set(e.key, e.value);
          return m;
        };
        const before = lastOf(text);
        const after = lastOf(out);
        for (const [k, v] of want) assert.equal(after.get(k), v, `${k} set`);
        for (const [k, v] of before) if (!want.has(k)) assert.equal(after.get(k), v, `${k} untouched`);
        for (const k of after.keys()) assert.ok(before.has(k) || want.has(k), `no new key ${JSON.stringify(k)}`);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

// ------------------------------------------------------------------ bundles and sources

function files(dir: string, re: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...files(p, re));
    else if (re.test(n)) out.push(p);
  }
  return out;
}

const NETWORK = /require\("(?:node:)?(?:http|https|http2|tls|dgram|dns|inspector)"\)|\bfetch\(|XMLHttpRequest|new\s+WebSocket\b|new\s+EventSource\b|\bsendBeacon\b|\bimportScripts\s*\(/;

describe('bundles and sources: no network, no code from the workspace', () => {
  before(() => {
    if (['client', 'server', 'cli', 'webview'].some((b) => !existsSync(join(ROOT, 'dist', `${b}.js`)))) {
      const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  test('no bundle can reach the network (LSP runs over stdio/IPC only)', () => {
    for (const b of ['client', 'server', 'cli', 'webview']) {
      const js = readFileSync(join(ROOT, 'dist', `${b}.js`), 'utf8');
      const m = NETWORK.exec(js);
      assert.equal(m?.[0], undefined, `dist/${b}.js: ${m?.[0]}`);
    }
  });

  test('the webview bundle evaluates no strings as code and loads nothing', () => {
    const js = readFileSync(join(ROOT, 'dist', 'webview.js'), 'utf8');
    for (const re of [/\beval\s*\(/, /new\s+Function\s*\(/, /\brequire\s*\(/, /\bimport\s*\(/, /\.innerHTML\s*=/, /document\.write\s*\(/]) assert.ok(!re.test(js), `dist/webview.js matches ${re}`);
  });

  test('our sources import no network, process or dynamic-code modules (the CLI reads the files it is given)', () => {
    const sources = [...files(join(ROOT, 'client', 'src'), /\.ts$/), ...files(join(ROOT, 'server', 'src'), /\.ts$/), ...files(join(ROOT, 'webview', 'src'), /\.ts$/), ...files(join(ROOT, 'schemas', 'catalog'), /\.ts$/)];
    assert.ok(sources.length > 20);
    for (const f of sources) {
      const src = readFileSync(f, 'utf8');
      const rel = relative(ROOT, f);
      const imports = [...src.matchAll(/from\s+'(?:node:)?([a-z_/]+)'|require\(\s*'(?:node:)?([a-z_/]+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
      for (const i of imports) assert.ok(!['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'worker_threads', 'vm', 'inspector'].includes(i!), `${rel} imports ${i}`);
      // The CLI reads and writes the files it is given; server/src/node/ reads the project around them
      // (build files, .kpc.json, folder listings, the configs the editor has not opened) for kpc and the
      // server, and never writes.
      if (imports.includes('fs')) assert.ok(/^server\/src\/(cli|node)\//.test(rel), `${rel} touches the file system (only the CLI and server/src/node may)`);
      if (/^server\/src\/node\//.test(rel)) assert.ok(!/\b(write|append|rm|unlink|rename|mkdir|copyFile|truncate|chmod)\w*Sync\b|\bcreateWriteStream\b/.test(src), `${rel} writes to the file system`);
      assert.ok(!/\beval\s*\(|new\s+Function\s*\(|\bfetch\(/.test(src), `${rel} evaluates code or fetches`);
    }
  });

  test('the extension starts only its own bundled server and executes nothing from the workspace', () => {
    const ext = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(ext, /const serverModule = context\.asAbsolutePath\(path\.join\('dist', 'server\.js'\)\)/);
    assert.ok(!/\b(?:exec|execFile|spawn|fork)\s*\(|createTerminal|executeTask|sendText/.test(ext), 'no process, terminal or task');
    const client = files(join(ROOT, 'client', 'src'), /\.ts$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.ok(!/workspace\.fs\.|readFile|require\(/.test(client), 'the client reads no workspace files itself');
    // Any file system: the document selector is by language (and a name pattern for Spring Boot files), not restricted to file: URIs.
    assert.match(ext, /documentSelector: documentSelector\(\)/);
    const selector = readFileSync(join(ROOT, 'client', 'src', 'documents.ts'), 'utf8');
    assert.match(selector, /\[\{ language: LANGUAGE_ID \}, \.\.\.spring\]/);
    assert.ok(!/scheme/.test(selector), 'no scheme restriction');
  });

  test('the manifest claims untrusted and virtual workspace support honestly', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string; description?: string } };
      contributes: { configuration: { properties: Record<string, { type?: string; scope?: string }> } };
      activationEvents?: string[];
      dependencies: Record<string, string>;
    };
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.capabilities.virtualWorkspaces.supported === true || pkg.capabilities.virtualWorkspaces.supported === 'limited');
    // Fully supported in untrusted workspaces only if no setting names something to run or load.
    for (const name of Object.keys(pkg.contributes.configuration.properties)) assert.ok(!/path|command|executable|exec|java|url|server\.(?:module|args)/i.test(name.replace('kafkaProducerConfig.', '')), `setting ${name} could point at code`);
    assert.ok(!(pkg.activationEvents ?? []).includes('*'));
    // Runtime dependencies: no HTTP clients or telemetry.
    for (const d of Object.keys(pkg.dependencies)) assert.ok(!/axios|node-fetch|got|request|telemetry|applicationinsights|undici|ws$/.test(d), `runtime dependency ${d}`);
  });
});
