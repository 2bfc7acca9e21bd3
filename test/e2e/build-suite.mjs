// Bundles the extension-host integration suite (test/e2e/suite/index.ts) into one CJS file exporting
// run(), for code-server's extensionTestsPath and for @vscode/test-electron. Usage: node build-suite.mjs OUT.js
import * as esbuild from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outfile = resolve(process.argv[2] ?? join(here, '../../.cache/e2e/suite.js'));
await esbuild.build({
  entryPoints: [join(here, 'suite/index.ts')],
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'],
  outfile, sourcemap: 'inline', logLevel: 'warning',
});
console.log(`suite bundled: ${outfile}`);
