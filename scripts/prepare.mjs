#!/usr/bin/env node
// npm's "prepare": the production build of dist/ (the CLI `kpc` and the server it starts), for `npm pack`
// and for installs from git, which is how pre-commit installs kpc (.pre-commit-hooks.yaml). npm prepares a
// git dependency by running `npm install` in its clone and then this script. pre-commit runs that install
// with npm_config_prefix set to its hook environment, so the clone's `npm install` installs into that
// environment instead of the clone and leaves the clone without its devDependencies: esbuild is missing.
// Then they are installed here, into this folder (--prefix .), first.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
try {
  require.resolve('esbuild');
} catch {
  run('npm', ['install', '--prefix', '.', '--global=false', '--include=dev', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts']);
}
run(process.execPath, ['esbuild.mjs', '--production']);
