// kpc speaks the --locale language where the command takes one (check, fix, rules, describe): usage, usage
// errors, summaries and describe's labels come from the message catalog in English or Korean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCheck } from '../../../server/src/cli/check';
import { runDescribe } from '../../../server/src/cli/describe';
import { runFix } from '../../../server/src/cli/fix';
import { runRules } from '../../../server/src/cli/rules';
import { ROOT } from '../fixtureCases';

const FILE = join(ROOT, 'test/fixtures/batching.properties');

function capture(fn: (out: { stdout(s: string | Uint8Array): void; stderr(s: string): void }) => number) {
  let stdout = '';
  let stderr = '';
  const code = fn({ stdout: (s) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('latin1')), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test('kpc check: the summary and usage errors in the --locale language', () => {
  const en = capture((o) => runCheck([FILE], o, { isTTY: false, env: {} }));
  assert.match(en.stderr, /^1 file checked: \d+ errors?, \d+ other findings?$/m);
  const ko = capture((o) => runCheck([FILE, '--locale', 'ko'], o, { isTTY: false, env: {} }));
  assert.match(ko.stderr, /^파일 1개 검사: 오류 \d+개, 그 밖의 문제 \d+개$/m);
  assert.equal(ko.code, en.code);
  const bad = capture((o) => runCheck(['--bogus', FILE, '--locale=ko'], o));
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^kpc check: 알 수 없는 옵션 --bogus\n사용법: kpc check /);
  assert.match(capture((o) => runCheck(['--help', '--locale', 'ko'], o)).stdout, /^사용법: kpc check \[FILE\|DIR\|-\]\.\.\. \[옵션\]/);
  assert.match(capture((o) => runCheck(['--help'], o)).stdout, /^usage: kpc check \[FILE\|DIR\|-\]\.\.\. \[options\]/);
});

test('kpc fix: how many fixes were applied, in the --locale language', () => {
  assert.match(capture((o) => runFix([FILE], o)).stderr, /^\d+ fix(es)? applied\n$/);
  assert.match(capture((o) => runFix([FILE, '--locale', 'ko'], o)).stderr, /^\d+개 고침\n$/);
  assert.match(capture((o) => runFix(['a', 'b', '--locale', 'ko'], o)).stderr, /^kpc fix: FILE은 정확히 하나여야 합니다\(2개를 받음\)\n사용법: kpc fix /);
});

test('kpc rules: an unknown code in the --locale language', () => {
  const en = capture((o) => runRules(['no-such-rule'], o));
  assert.equal(en.stderr, "kpc rules: no rule 'no-such-rule' (kpc rules lists them)\n");
  const ko = capture((o) => runRules(['no-such-rule', '--locale', 'ko'], o));
  assert.equal(ko.stderr, "kpc rules: 'no-such-rule' 규칙이 없습니다(kpc rules로 목록을 보세요)\n");
});

test('kpc describe: labels and words in the --locale language, aligned by terminal columns', () => {
  let en = '';
  assert.equal(runDescribe(['acks'], { out: (s) => (en += s), err: () => undefined }), 0);
  assert.match(en, /^ {2}type {8}string$/m);
  assert.match(en, /^ {2}required {4}no$/m);
  let ko = '';
  assert.equal(runDescribe(['acks', '--locale', 'ko'], { out: (s) => (ko += s), err: () => undefined }), 0);
  // Hangul takes two columns: '형식' (4) and '기본값 이력' (11) line up their values
  assert.match(ko, /^ {2}형식 {9}string$/m);
  assert.match(ko, /^ {2}기본값 이력 {2}2\.8 \(또는 그 이전\): 1 → 3\.0: all$/m);
  assert.match(ko, /^ {2}필수 {9}아니요$/m);
  let err = '';
  assert.equal(runDescribe(['batch.sise', '--locale', 'ko'], { out: () => undefined, err: (s) => (err += s) }), 2);
  assert.match(err, /^kpc describe: 알 수 없는 프로듀서 키 'batch\.sise'; 혹시 'batch\.size'/);
});
