// kpc speaks the --locale language in every command (check, fix, rules, describe, simulate, partition, lsp, help):
// usage, usage errors, summaries, reports and describe's labels come from the message catalog in English or Korean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCheck } from '../../../server/src/cli/check';
import { runDescribe } from '../../../server/src/cli/describe';
import { runFix } from '../../../server/src/cli/fix';
import { runRules } from '../../../server/src/cli/rules';
import { runSimulate } from '../../../server/src/cli/simulate';
import { runPartition } from '../../../server/src/cli/partition';
import { main } from '../../../server/src/cli/main';
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

/** A command that writes through two callbacks (simulate, partition), run and captured. */
function runOutErr(command: (argv: string[], out: (s: string) => void, err: (s: string) => void) => number, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = command(argv, (s) => (stdout += s), (s) => (stderr += s));
  return { code, stdout, stderr };
}

test('kpc simulate: the report, its warnings and usage errors in the --locale language', () => {
  const run = (argv: string[]) => runOutErr(runSimulate, argv);
  const en = run([FILE, '--records', '2000']);
  const ko = run([FILE, '--records', '2000', '--locale', 'ko']);
  assert.equal(en.code, 0);
  assert.equal(ko.code, 0);
  assert.match(en.stdout, /^records {4}sent 2,000 {2}delivered 0 {2}lost 2,000 \(failed 2,000, silently 0\)/m);
  assert.match(ko.stdout, /^레코드 {5}보냄 2,000 {2}전달 0 {2}유실 2,000 \(실패 2,000, 조용히 0\)/m);
  // the same simulation: only the words differ
  assert.equal(ko.stdout.split('\n').length, en.stdout.split('\n').length);
  const koJson = JSON.parse(run([FILE, '--records', '2000', '--format', 'json', '--locale', 'ko']).stdout) as { warnings: string[]; records: unknown };
  const enJson = JSON.parse(run([FILE, '--records', '2000', '--format', 'json']).stdout) as { warnings: string[]; records: unknown };
  assert.deepEqual(koJson.records, enJson.records);
  assert.equal(koJson.warnings.length, enJson.warnings.length);
  // a file the producer refuses: the warnings in Korean, text and JSON
  const refused = join(ROOT, 'test/fixtures/idempotence-default-downgrade.properties');
  const warnings = (JSON.parse(run([refused, '--records', '20', '--format', 'json', '--locale', 'ko']).stdout) as { warnings: string[] }).warnings;
  assert.equal(warnings.length, 2);
  for (const w of warnings) assert.match(w, /[가-힣]/, w);
  assert.match(run([refused, '--records', '20', '--locale', 'ko']).stdout, /^경고 {6}프로듀서가 시작되지 않습니다: Kafka 4\.0부터/m);
  const bad = run([FILE, '--keys', 'bad', '--locale', 'ko']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^kpc simulate: 잘못된 --keys 'bad'.*\n사용법: kpc simulate FILE \[옵션\]/);
  assert.match(run([FILE, '--locale', 'fr']).stderr, /^kpc simulate: --locale must be en or ko, not 'fr'\n/);
  assert.match(run(['--help', '--locale=ko']).stdout, /--locale L {10}출력 언어: en \(기본값\) 또는 ko/);
});

test('kpc partition: usage errors in the --locale language, the same JSON lines', () => {
  const run = (argv: string[]) => runOutErr(runPartition, argv);
  assert.equal(run(['-p', '6', 'k1', '--locale', 'ko']).stdout, run(['-p', '6', 'k1']).stdout);
  const bad = run(['-p', '0', 'k1', '--locale', 'ko']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^kpc partition: --partitions에는 1부터 1000000까지의 정수가 필요합니다\('0'는 안 됨\)\n사용법: kpc partition/);
  assert.match(run(['-p', '3', '--locale', 'ko']).stderr, /^kpc partition: KEY를/);
  assert.equal(run(['-p', '3', 'k', '--locale', 'de']).code, 2);
});

test('kpc help COMMAND and unknown commands in the --locale language', () => {
  let out = '';
  let err = '';
  assert.equal(main(['help', 'simulate', '--locale', 'ko'], (s) => (out += s), (s) => (err += s)), 0);
  assert.match(out, /^사용법: kpc simulate FILE \[옵션\]/);
  assert.equal(main(['simulat', '--locale', 'ko'], (s) => (out += s), (s) => (err += s)), 2);
  assert.match(err, /^kpc: 알 수 없는 명령 'simulat'/);
  out = '';
  assert.equal(main(['help', 'lsp'], (s) => (out += s), () => undefined), 0);
  assert.match(out, /^usage: kpc lsp --stdio .*\[--locale en\|ko\]/);
});
