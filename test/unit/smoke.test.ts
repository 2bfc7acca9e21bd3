import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

test('package.json declares the language for producer.config without * activation', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'kafka-producer-config');
  assert.ok(lang, 'language contributed');
  assert.ok(lang.filenames.includes('producer.config'));
  assert.ok(!pkg.activationEvents.includes('*'));
  assert.equal(pkg.bin.kpc, 'dist/cli.js');
});

test('kpc with no arguments prints usage and exits 2', () => {
  try {
    execFileSync(process.execPath, ['dist/cli.js'], { encoding: 'utf8', stdio: 'pipe' });
    assert.fail('expected non-zero exit');
  } catch (e) {
    const err = e as { status: number; stdout: string };
    assert.equal(err.status, 2);
    assert.match(err.stdout, /usage: kpc/);
  }
});
