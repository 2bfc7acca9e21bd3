// A producer config the editor has not opened, read for the language server's workspace check: as UTF-8,
// the way the editor would open it; a file over the analysis limit is not read, only its size reported.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A closed file's text as the editor would show it (UTF-8), or its size when it is too large to check. */
export function readClosed(path: string, max: number): { text: string } | { tooLarge: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    if (st.size > max) return { tooLarge: st.size };
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
    }
    return { text: buf.subarray(0, n).toString('utf8') };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
