// kpc rules: the registry on the command line (list, one rule's page, JSON with en and ko docs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRules } from '../../../server/src/cli/rules';
import { REGISTRY } from '../../../server/src/service/rules/index';
import { ROOT } from '../fixtureCases';

function capture(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runRules(argv, { stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test('kpc rules lists every rule with its default severity and summary, in the locale', () => {
  const en = capture([]);
  assert.equal(en.code, 0);
  const lines = en.stdout.trimEnd().split('\n');
  assert.equal(lines.length, REGISTRY.length);
  assert.match(lines.find((l) => l.startsWith('idempotence-acks '))!, /^idempotence-acks +error +acks other than all while idempotence is on/);
  const ko = capture(['--locale', 'ko']);
  assert.match(ko.stdout, /^unknown-key +warning +이 Kafka 버전에 없는 키/m);
});

test('kpc rules CODE prints the rule page as docs/rules/CODE.md has it, in the locale', () => {
  const r = capture(['duplicate-key']);
  assert.equal(r.code, 0);
  for (const h of ['## What it checks', '## Why it matters', '## Example', '## How to fix it']) assert.ok(r.stdout.includes(h), h);
  assert.match(r.stdout, /```properties\nacks=1\nacks=all\n```/);
  const page = readFileSync(join(ROOT, 'docs/rules/duplicate-key.md'), 'utf8');
  const why = /## Why it matters\n\n(.+)\n/.exec(r.stdout)![1]!;
  assert.ok(page.includes(why), 'the page says the same');
  assert.match(capture(['duplicate-key', '--locale=ko']).stdout, /## 왜 중요한가\n\njava\.util\.Properties는/);
});

test('kpc rules --format json documents every code in en and ko (what, why, example, fix)', () => {
  const all = JSON.parse(capture(['--format', 'json']).stdout) as { code: string; defaultSeverity: string; docs: Record<'en' | 'ko', { what: string; why: string; fix: string; example?: { bad: string; good: string } }> }[];
  assert.deepEqual(all.map((r) => r.code), REGISTRY.map((r) => r.code));
  for (const r of all) {
    for (const l of ['en', 'ko'] as const) {
      assert.ok(r.docs[l].what && r.docs[l].why && r.docs[l].fix, `${r.code} ${l}`);
      if (REGISTRY.find((d) => d.code === r.code)?.scope.kind !== 'host') assert.ok(r.docs[l].example?.bad, `${r.code} ${l} example`);
    }
  }
  const one = JSON.parse(capture(['sasl-mechanism-empty', '--format=json']).stdout);
  assert.equal(one.code, 'sasl-mechanism-empty');
  assert.deepEqual(one.appliesTo, { since: '3.3' });
});

test('kpc rules: an unknown code or option is exit 2 with one line', () => {
  const r = capture(['no-such-rule']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "kpc rules: no rule 'no-such-rule' (kpc rules lists them)\n");
  assert.equal(capture(['--format', 'sarif']).code, 2);
  assert.equal(capture(['a', 'b']).code, 2);
  assert.equal(capture(['--help']).code, 0);
});
