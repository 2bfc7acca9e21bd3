// Bundles the extension client, the language server, the CLI and the preview webview.
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    ...common,
    entryPoints: { client: 'client/src/extension.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outdir: 'dist',
  },
  {
    ...common,
    entryPoints: { server: 'server/src/server.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'dist',
  },
  {
    ...common,
    entryPoints: { cli: 'server/src/cli/main.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
];

// The webview bundle joins once webview/src/main.ts exists.
import { existsSync } from 'node:fs';
if (existsSync('webview/src/main.ts')) {
  targets.push({
    ...common,
    entryPoints: { webview: 'webview/src/main.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outdir: 'dist',
  });
}

if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] build started');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
