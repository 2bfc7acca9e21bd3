// Replacing a file's contents without ever leaving half of it (kpc fix --write).
// The new bytes go to a temporary file beside the target; it is synced to disk, given the target's mode
// and owner, and renamed over the target, and the directory is synced. A crash, a full disk or a kill
// therefore leaves the old file or the new one, never a mix. A symbolic link is written through (its
// target is replaced, the link stays). Nothing is written when the file changed since it was read
// (another program saved it), when it has other hard links (they would keep the old text), or when the
// replacement could not keep its owner. The temporary file is removed on every error; one left by a
// killed run (its name says it is ours and which process made it) is removed by the next run.
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { hostMessage } from '#core';

/** What identifies the version of a file that was read: the same inode, size and timestamps means untouched. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

export function identityOf(st: BigIntStats): FileIdentity {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs, ctimeNs: st.ctimeNs };
}

function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

export type ReplaceResult = { ok: true } | { ok: false; message: string };

/** A reason not to write, said to the user as is. */
class Refusal extends Error {}

/**
 * Test hook (tests only): pause this many milliseconds after the temporary file is written and synced,
 * just before the checks and the rename, after printing one line naming the temporary file to stderr.
 * Lets a test kill the process mid-write or change the file under it.
 */
const PAUSE_ENV = 'KPC_TEST_PAUSE_BEFORE_RENAME_MS';

/** `.producer.config.kpc-tmp-<pid>-<random>`: hidden, next to the target, and saying who made it. */
const tempPrefix = (base: string): string => `.${base}.kpc-tmp-`;

/** Whether process `pid` is running (EPERM: it is, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}

/** Removes temporary files of this target left by runs that were killed (their process is gone). */
function removeStaleTemps(dir: string, base: string): void {
  const prefix = tempPrefix(base);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
}

/** Whether `path` holds exactly `expected` (reads at most one byte more than it). */
function holds(path: string, expected: Uint8Array): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, expected.length + 1));
    let off = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, expected.length + 1 - off), null);
      if (n === 0) return off === expected.length;
      if (off + n > expected.length || Buffer.compare(buf.subarray(0, n), expected.subarray(off, off + n)) !== 0) return false;
      off += n;
    }
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off);
}

/** Syncs a directory, so a rename in it survives a crash (not every platform can open a directory: then nothing to do). */
function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // some file systems do not sync directories; the rename itself has happened
  } finally {
    closeSync(fd);
  }
}

// A terminating signal that arrives while the replacement is written waits until it is done (the write
// is synchronous: the handler runs afterwards), then ends the process as it would have. Without a
// handler the signal would kill the process between the temporary file and the rename. A signal handler
// does not keep the event loop alive: the write ends with one more turn of the loop (setImmediate), in
// which a signal received meanwhile is handled, instead of exiting 0 as if nothing had been asked.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let signalsDeferred = false;
function deferSignals(): void {
  if (signalsDeferred) return;
  signalsDeferred = true;
  const onSignal = (sig: NodeJS.Signals): void => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    signalsDeferred = false;
    process.kill(process.pid, sig);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
}

function describe(file: string, err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (err instanceof Refusal) return hostMessage('en', 'write.refused', { file, reason: err.message });
  if (code === 'ENOENT') return hostMessage('en', 'write.removed', { file });
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return hostMessage('en', 'write.noRoom', { file, code });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return hostMessage('en', 'write.permission', { file });
  return hostMessage('en', 'write.failed', { file, code: code ?? (err instanceof Error ? err.message : String(err)) });
}

/**
 * Replaces the contents of `file` with `data`, atomically, provided it still is the file that was read
 * (`read`: its identity then, and its bytes).
 */
export function replaceFileContents(file: string, data: Uint8Array, read: { identity: FileIdentity; bytes: Uint8Array }): ReplaceResult {
  let tmp: string | undefined;
  let fd = -1;
  let renamed = false;
  try {
    const target = realpathSync(file); // through symbolic links: the file they point to is replaced
    const dir = dirname(target);
    const base = basename(target);
    const st = statSync(target, { bigint: true });
    if (!st.isFile()) throw new Refusal(hostMessage('en', 'write.notRegular'));
    if (!sameIdentity(identityOf(st), read.identity)) throw new Refusal(hostMessage('en', 'write.changed'));
    if (st.nlink > 1n) throw new Refusal(hostMessage('en', 'write.hardLinks', { links: String(st.nlink) }));
    removeStaleTemps(dir, base);
    deferSignals();
    tmp = join(dir, `${tempPrefix(base)}${process.pid}-${randomBytes(6).toString('hex')}`);
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    const mine = fstatSync(fd, { bigint: true });
    if (mine.uid !== st.uid || mine.gid !== st.gid) {
      try {
        fchownSync(fd, Number(st.uid), Number(st.gid));
      } catch (err) {
        throw new Refusal(hostMessage('en', 'write.owner', { uid: String(st.uid), gid: String(st.gid), code: (err as { code?: string }).code ?? String(err) }));
      }
    }
    fchmodSync(fd, Number(st.mode & 0o7777n)); // after chown, which may clear set-id bits
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    const pause = Number(process.env[PAUSE_ENV]);
    if (pause > 0) {
      writeSync(2, `kpc: test hook: paused before renaming ${tmp}\n`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
    // Just before the rename: is it still the file that was read?
    const now = statSync(target, { bigint: true });
    if (!sameIdentity(identityOf(now), read.identity) || !holds(target, read.bytes)) throw new Refusal(hostMessage('en', 'write.changed'));
    renameSync(tmp, target);
    renamed = true;
    syncDir(dir);
    return { ok: true };
  } catch (err) {
    return { ok: false, message: describe(file, err) };
  } finally {
    if (signalsDeferred) setImmediate(() => undefined);
    if (fd >= 0) closeSync(fd);
    if (tmp && !renamed) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created, or already gone
      }
    }
  }
}
