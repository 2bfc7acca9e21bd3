// kpc fix --write replaces the file atomically (server/src/cli/replaceFile.ts): real runs of the bundled
// CLI on real files: mode and owner kept, symbolic links written through, nothing written when the file
// changed since it was read, and a kill in the middle of the write (SIGKILL, and SIGTERM) never leaves a
// half-written file or, after the next run, a temporary file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { identityOf, replaceFileContents } from '../../../server/src/cli/replaceFile';

const ROOT = join(__dirname, '..', '..', '..');
const TMP = mkdtempSync(join(tmpdir(), 'kpc-fixwrite-'));
const CLI = join(TMP, 'cli.js');
const SEED = readFileSync(join(ROOT, 'examples/producer.config'));
/** What `kpc fix` makes of the seed file (the latest Kafka version, the Java client). */
let FIXED: Buffer;
const PAUSE = 'KPC_TEST_PAUSE_BEFORE_RENAME_MS';
const isRoot = process.getuid?.() === 0;

let n = 0;
/** A fresh directory holding `producer.config` with `content`. */
function fresh(content: Uint8Array = SEED): { dir: string; file: string } {
  const dir = join(TMP, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'producer.config');
  writeFileSync(file, content);
  return { dir, file };
}

function kpc(args: string[], env: NodeJS.ProcessEnv = {}, opts: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: TMP, env: { ...process.env, ...env }, ...opts });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `kpc fix --write file` paused before its rename; resolves once it is paused, with the temporary file it names. */
function startPaused(file: string, pauseMs: number) {
  const child = spawn(process.execPath, [CLI, 'fix', '--write', file], { cwd: TMP, env: { ...process.env, [PAUSE]: String(pauseMs) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  const paused = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /paused before renaming (.+)\n/.exec(stderr);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`kpc exited before pausing: ${stderr}`)));
  });
  return { child, paused, exited };
}

const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.includes('.kpc-tmp-'));

before(async () => {
  await esbuild.build({ entryPoints: [join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: CLI, logLevel: 'silent' });
  const r = kpc(['fix', join(ROOT, 'examples/producer.config')]);
  assert.equal(r.code, 0, r.stderr);
  FIXED = Buffer.from(r.stdout, 'latin1');
  assert.notDeepEqual(FIXED, SEED);
});
after(() => rmSync(TMP, { recursive: true, force: true }));

test('--write replaces the file by a rename (a new inode), keeps its mode, and leaves nothing else in the directory', () => {
  const { dir, file } = fresh();
  chmodSync(file, 0o640);
  const before = statSync(file);
  const r = kpc(['fix', '--write', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /4 fixes applied/);
  assert.deepEqual(readFileSync(file), FIXED);
  const st = statSync(file);
  assert.equal(st.mode & 0o7777, 0o640, 'mode kept');
  assert.notEqual(st.ino, before.ino, 'replaced by a rename, not rewritten in place');
  assert.deepEqual(readdirSync(dir), ['producer.config']);
  // nothing to fix: the file is not touched at all
  const again = kpc(['fix', '--write', file]);
  assert.equal(again.code, 0);
  assert.equal(statSync(file).ino, st.ino);
});

test('--write keeps the owner and group of a file owned by someone else (as root)', (t) => {
  if (!isRoot) return t.skip('needs root to give the file another owner');
  const { file } = fresh();
  chownSync(file, 4321, 4322);
  const r = kpc(['fix', '--write', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readFileSync(file), FIXED);
  const st = statSync(file);
  assert.deepEqual([st.uid, st.gid], [4321, 4322]);
});

test('--write refuses (exit 2, file untouched) when the replacement could not keep the owner', (t) => {
  if (!isRoot) return t.skip('needs root to create a file that another user may write but not own');
  // A group-writable file of user 4321 in a directory anyone may write: user 1234 can write it, but a
  // replacement it creates would belong to 1234.
  const { dir, file } = fresh();
  chmodSync(TMP, 0o755);
  chmodSync(dir, 0o777);
  chownSync(file, 4321, 4321);
  chmodSync(file, 0o666);
  const r = kpc(['fix', '--write', file], {}, { uid: 1234, gid: 1234 });
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /not written: the replacement could not keep its owner \(uid 4321, gid 4321\).*the file is unchanged/);
  assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  assert.deepEqual(readFileSync(file), SEED);
  assert.equal(statSync(file).uid, 4321);
  assert.deepEqual(temps(dir), []);
});

test('--write on a symbolic link replaces the file it points to; the link stays a link', () => {
  const { dir, file } = fresh();
  const linkDir = join(dir, 'elsewhere');
  mkdirSync(linkDir);
  const link = join(linkDir, 'producer.config');
  symlinkSync('../producer.config', link);
  const r = kpc(['fix', '--write', link]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink(), 'still a symbolic link');
  assert.equal(readlinkSync(link), '../producer.config');
  assert.deepEqual(readFileSync(file), FIXED);
  assert.deepEqual(temps(dir), []);
  assert.deepEqual(readdirSync(linkDir), ['producer.config']);
});

test('--write refuses a file with other hard links (they would keep the old text)', () => {
  const { dir, file } = fresh();
  linkSync(file, join(dir, 'other.config'));
  const r = kpc(['fix', '--write', file]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not written: it has 2 hard links/);
  assert.deepEqual(readFileSync(file), SEED);
  assert.deepEqual(readFileSync(join(dir, 'other.config')), SEED);
  assert.deepEqual(temps(dir), []);
});

test('--write refuses (exit 2) when the file changed after kpc read it: the other program\'s text is kept', async () => {
  const { dir, file } = fresh();
  const run = startPaused(file, 3000);
  await run.paused;
  const theirs = Buffer.from('acks=all\n# saved by an editor meanwhile\n');
  writeFileSync(file, theirs);
  const r = await run.exited;
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /not written: it changed since kpc read it .*; the file is unchanged\n$/);
  assert.deepEqual(readFileSync(file), theirs);
  assert.deepEqual(temps(dir), []);
});

test('--write refuses when the file was removed after kpc read it, and removes its temporary file', async () => {
  const { dir, file } = fresh();
  const run = startPaused(file, 3000);
  await run.paused;
  renameSync(file, join(dir, 'moved.config'));
  const r = await run.exited;
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not written: it was removed since it was read/);
  assert.deepEqual(readdirSync(dir), ['moved.config']);
});

test('the content is compared too: the same inode, size and times with other bytes is refused', () => {
  const { dir, file } = fresh();
  const identity = identityOf(statSync(file, { bigint: true }));
  const r = replaceFileContents(file, FIXED, { identity, bytes: Buffer.from(SEED.toString('latin1').replace('retriess', 'retriesS'), 'latin1') });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.message : '', /changed since kpc read it/);
  assert.deepEqual(readFileSync(file), SEED);
  assert.deepEqual(temps(dir), []);
});

test('a write that fails half-way (a file size limit, as a full disk would) leaves the original intact and no temporary file', (t) => {
  if (process.platform === 'win32') return t.skip('ulimit -f is POSIX');
  // the old in-place write truncated the file and stopped at the limit: 512,000 of 2.8 MB bytes were left
  const big = Buffer.concat([SEED, Buffer.from('# padding padding padding padding padding padding padding padding padding\n'.repeat(40_000))]);
  const { dir, file } = fresh(big);
  const r = spawnSync('sh', ['-c', `ulimit -f 1000 && exec "${process.execPath}" "${CLI}" fix --write "${file}"`], { encoding: 'utf8', cwd: TMP });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /not written: no room for the new text \(EFBIG: .*\); the file is unchanged\n$/);
  assert.deepEqual(readFileSync(file), big);
  assert.deepEqual(temps(dir), []);
});

test('SIGKILL between writing and renaming: the original is intact; the next run removes the leftover and writes the file', async () => {
  // a large file: 2.8 MB of comments under the seed's three typos
  const big = Buffer.concat([SEED, Buffer.from(Array.from({ length: 40_000 }, (_, i) => `# comment ${String(i).padStart(7, '0')} padding padding padding padding padding padding\n`).join(''))]);
  const { dir, file } = fresh(big);
  const run = startPaused(file, 60_000);
  const tmp = await run.paused;
  assert.ok(tmp.startsWith(join(dir, `.producer.config.kpc-tmp-${run.child.pid}-`)), `the temporary file says it is kpc's and whose: ${tmp}`);
  run.child.kill('SIGKILL');
  const r = await run.exited;
  assert.equal(r.signal, 'SIGKILL');
  assert.deepEqual(readFileSync(file), big, 'the original is intact');
  assert.deepEqual(temps(dir).map((f) => join(dir, f)), [tmp], 'one temporary file left, the killed run\'s');
  const next = kpc(['fix', '--write', file]);
  assert.equal(next.code, 0, next.stderr);
  assert.deepEqual(temps(dir), [], 'the next run removed it');
  assert.deepEqual(readFileSync(file).subarray(0, FIXED.length), FIXED);
  assert.equal(readFileSync(file).length, big.length - SEED.length + FIXED.length);
});

test('SIGKILL at any moment of a large write: the file is always the old or the new one, never a mix', async () => {
  const big = Buffer.concat([SEED, Buffer.from('# padding padding padding padding padding padding padding padding padding\n'.repeat(30_000))]);
  const fixedBig = Buffer.concat([FIXED, big.subarray(SEED.length)]);
  const seen = new Set<string>();
  for (const delay of [0, 40, 80, 120, 160, 200, 250, 300, 400, 600]) {
    const { dir, file } = fresh(big);
    const child = spawn(process.execPath, [CLI, 'fix', '--write', file], { cwd: TMP, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
    await exited;
    const now = readFileSync(file);
    const state = now.equals(big) ? 'old' : now.equals(fixedBig) ? 'new' : 'MIXED';
    seen.add(state);
    assert.notEqual(state, 'MIXED', `killed after ${delay} ms: ${now.length} bytes, neither the old nor the new file`);
    assert.equal(kpc(['fix', '--write', file]).code, 0);
    assert.deepEqual(readFileSync(file), fixedBig);
    assert.deepEqual(temps(dir), []);
  }
  assert.ok(seen.has('old'), `some kill came before the rename (${[...seen].join(', ')})`);
});

test('SIGTERM while the replacement is written: the write completes, then the process ends by the signal; nothing left behind', async () => {
  const { dir, file } = fresh();
  const run = startPaused(file, 1500);
  await run.paused;
  run.child.kill('SIGTERM');
  const r = await run.exited;
  assert.equal(r.signal, 'SIGTERM');
  assert.deepEqual(readFileSync(file), FIXED);
  assert.deepEqual(temps(dir), []);
});

test('a leftover temporary file of a process that is gone is removed; one of a running process is not', () => {
  const { dir, file } = fresh();
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const stale = join(dir, `.producer.config.kpc-tmp-${gone.stdout}-abcdef`);
  const live = join(dir, `.producer.config.kpc-tmp-${process.pid}-abcdef`);
  const unrelated = join(dir, '.producer.config.kpc-tmp-notapid');
  for (const p of [stale, live, unrelated]) writeFileSync(p, 'x');
  assert.equal(kpc(['fix', '--write', file]).code, 0);
  assert.deepEqual(temps(dir).sort(), ['.producer.config.kpc-tmp-notapid', `.producer.config.kpc-tmp-${process.pid}-abcdef`].sort());
});
