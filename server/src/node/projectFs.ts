// The real file system behind the project reader's interface (service/project/fs.ts), for kpc and the
// language server. Build files and .kpc.json are read as UTF-8, at most 4 MiB each.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { ProjectFs } from '../service/project/fs';

const MAX_BYTES = 4 * 1024 * 1024;

function readText(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(err));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new Error('is a directory');
    if (st.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MiB`);
    const buf = Buffer.alloc(Math.min(MAX_BYTES + 1, Math.max(st.size, 64 * 1024)));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1024 / 1024} MiB`);
      if (n === buf.length) break;
    }
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export const nodeProjectFs: ProjectFs = {
  readFile: readText,
  exists: (p) => existsSync(p),
  dirname: (p) => dirname(p),
  join: (dir, rel) => resolve(dir, rel),
  basename: (p) => basename(p),
  relative: (from, to) => relative(from, to),
};
