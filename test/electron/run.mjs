#!/usr/bin/env node
// npm run test:electron — the extension-host suite (test/e2e/suite/) in desktop VS Code via
// @vscode/test-electron, for machines with network access (it downloads VS Code from
// update.code.visualstudio.com, which CI here cannot reach; CI runs the same suite inside
// code-server instead: npm run test:e2e).
// Env: VSCODE_VERSION (default "stable"; e.g. "1.91.0", the oldest engine we support),
//      VSCODE_EXECUTABLE (use an installed VS Code instead of downloading one),
//      KPC_LOCALE (e.g. "ko": pass --locale to VS Code).
// Needs a display on Linux (run under xvfb-run if headless).
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const suite = join(root, '.cache', 'electron', 'suite.js');
const built = spawnSync(process.execPath, [join(root, 'test/e2e/build-suite.mjs'), suite], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);

const work = mkdtempSync(join(tmpdir(), 'kpc-electron-'));
const workspace = join(work, 'examples');
cpSync(join(root, 'examples'), workspace, { recursive: true });
const launchArgs = [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
  '--user-data-dir', join(work, 'user-data')];
if (process.env.KPC_LOCALE) launchArgs.push('--locale', process.env.KPC_LOCALE);

try {
  const code = await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: suite,
    launchArgs,
    ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
  });
  process.exitCode = code;
} catch (e) {
  const msg = e instanceof Error ? e.message : String(e);
  console.error(`test:electron failed: ${msg}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(msg)) {
    console.error('VS Code could not be downloaded (no network). Set VSCODE_EXECUTABLE to an installed VS Code, or use `npm run test:e2e` (code-server).');
  }
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
