#!/usr/bin/env node
// Lists the entries of the packaged .vsix (a zip: read from its central directory, no unzip needed)
// and checks it ships only the bundles and static assets: no node_modules, no TypeScript sources,
// no tests, no source maps, and the four entry points the manifest needs.
// Usage: node test/e2e/vsix-contents.mjs kafka-producer-config.vsix
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let passed = 0;
let failed = 0;
function check(name, fn) {
  try { const info = fn(); passed++; console.log(`ok    vsix › ${name}${info ? ` — ${info}` : ''}`); }
  catch (e) { failed++; console.log(`FAIL  vsix › ${name}: ${e.message}`); }
}

/** Entry names from the zip's central directory. */
export function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const nameLen = buf.readUInt16LE(p + 28); const extraLen = buf.readUInt16LE(p + 30); const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

let entries = [];
check('is a readable zip', () => { entries = zipEntries(readFileSync(file)); return `${entries.length} entries`; });
const ext = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
check('ships the bundles the manifest points to', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const missing = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/cli.js', manifest.icon].filter((f) => !ext.includes(f));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
});
check('ships a page for every rule (each diagnostic\'s code links to docs/rules/CODE.md)', () => {
  const codes = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.configuration.properties['kafkaProducerConfig.severity'].properties;
  const missing = Object.keys(codes).map((c) => `docs/rules/${c}.md`).filter((p) => !ext.includes(p));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  return `${ext.filter((e) => e.startsWith('docs/rules/')).length} pages`;
});
check('no node_modules, sources, tests, maps or repo tooling', () => {
  const bad = ext.filter((e) =>
    /(^|\/)node_modules\//.test(e) || /\.tsx?$/.test(e) || /\.map$/.test(e) || /^(test|client|server|webview\/src|scripts|bench|\.cache|\.ci|examples)\//.test(e) ||
    /^(tsconfig\.json|esbuild\.mjs|eslint\.config\.mjs|package-lock\.json|\.gitignore)$/.test(e));
  if (bad.length) throw new Error(`unexpected: ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ` (+${bad.length - 10})` : ''}`);
  return ext.join(' ').slice(0, 300);
});
console.log(`summary vsix: ${passed} passed, ${failed} failed, 0 skipped`);
process.exitCode = failed ? 1 : 0;
