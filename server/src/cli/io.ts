// File access for the CLI: bytes in as Java's Properties.load(InputStream) reads them (ISO-8859-1),
// bytes out the same way, and I/O errors turned into one clear line (no stack traces).
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { MAX_ANALYZED_LENGTH, tooLargeMessage } from '../service/limit';
import { decodeLatin1, hostMessage } from '#core';
import { identityOf, replaceFileContents, type FileIdentity } from './replaceFile';

/** The text read, and for a regular file the identity of the version read (what `writeConfigFile` checks before replacing it). */
export type ReadResult = { ok: true; text: string; identity?: FileIdentity } | { ok: false; message: string };

export interface Out {
  stdout(s: string | Uint8Array): void;
  stderr(s: string): void;
}

/**
 * Writes to stdout synchronously, waiting while a pipe is full: process.stdout.write on a full pipe
 * queues the rest in memory, and a 500 MB JSON report queued that way spent most of its time in GC
 * (25 s against 8 s into a file). A reader that went away (`kpc check … | head`) ends the output quietly.
 */
let stdoutClosed = false;
const pause = new Int32Array(new SharedArrayBuffer(4));
function writeStdoutSync(data: string | Uint8Array): void {
  if (stdoutClosed) return;
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off, buf.length - off);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
      if (code === 'EPIPE') { stdoutClosed = true; return; }
      throw err;
    }
  }
}

export const processOut: Out = {
  stdout: writeStdoutSync,
  stderr: (s) => void process.stderr.write(s),
};

function describeError(file: string, err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return hostMessage('en', 'io.noSuchFile', { file });
    case 'EISDIR':
      return hostMessage('en', 'io.directory', { file });
    case 'EACCES':
    case 'EPERM':
      return hostMessage('en', 'io.permission', { file });
    case 'ELOOP':
      return hostMessage('en', 'io.symlinks', { file });
    default:
      return hostMessage('en', 'io.cannotRead', { file, code: code ?? (err instanceof Error ? err.message : String(err)) });
  }
}

/** The bytes readable from `fd` (a file, a pipe, a terminal), or undefined when there are more than `max` (reading stops there). */
function readAtMost(fd: number, max: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      if ((err as { code?: string }).code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
      throw err;
    }
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > max) return undefined;
    chunks.push(buf.subarray(0, n));
  }
}

/** Standard input as Latin-1 text, like a file (`kpc check -`); `name` is what messages call it. */
export function readConfigStdin(name: string): ReadResult {
  try {
    const bytes = readAtMost(0, MAX_ANALYZED_LENGTH);
    if (bytes === undefined) return { ok: false, message: hostMessage('en', 'io.tooLarge', { file: name, message: tooLargeMessage(undefined) }) };
    return { ok: true, text: decodeLatin1(bytes) };
  } catch (err) {
    // EOF on a closed stdin reads as an empty file.
    if ((err as { code?: string }).code === 'EOF') return { ok: true, text: '' };
    return { ok: false, message: describeError(name, err) };
  }
}

/** Read `file` as Latin-1 text, like Properties.load(InputStream). */
export function readConfigFile(file: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // The size and identity of what is read, from the same open file (not a second look at the path).
    const st = fstatSync(fd, { bigint: true });
    if (st.isDirectory()) return { ok: false, message: describeError(file, { code: 'EISDIR' }) };
    if (st.size > BigInt(MAX_ANALYZED_LENGTH)) return { ok: false, message: hostMessage('en', 'io.tooLarge', { file, message: tooLargeMessage(Number(st.size)) }) };
    // Read at most the limit: a device or a pipe (/dev/zero, a log being written) has no size to check first.
    const bytes = readAtMost(fd, MAX_ANALYZED_LENGTH);
    if (bytes === undefined) return { ok: false, message: hostMessage('en', 'io.tooLarge', { file, message: tooLargeMessage(undefined) }) };
    return { ok: true, text: decodeLatin1(bytes), ...(st.isFile() ? { identity: identityOf(st) } : {}) };
  } catch (err) {
    return { ok: false, message: describeError(file, err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Text → bytes for a properties file: every char is one Latin-1 byte (fixes write \uXXXX for others). */
export function encodeLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c <= 0xff ? c : 0x3f;
  }
  return out;
}

/**
 * Replaces `file` with `text` (Latin-1 bytes) atomically, provided it is still the version `read`
 * returned (see replaceFile.ts); a file that is not a regular one is not written.
 */
export function writeConfigFile(file: string, text: string, read: { text: string; identity?: FileIdentity }): { ok: true } | { ok: false; message: string } {
  if (!read.identity) return { ok: false, message: hostMessage('en', 'io.notRegular', { file }) };
  return replaceFileContents(file, encodeLatin1(text), { identity: read.identity, bytes: encodeLatin1(read.text) });
}
