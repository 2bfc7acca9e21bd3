// An in-memory file system for the project reader: posix paths, directories implied by the files.
import { posix } from 'node:path';
import type { ProjectFs } from '../../../server/src/service/project/fs';

export function memFs(files: Record<string, string | Error>): ProjectFs & { reads: string[] } {
  const reads: string[] = [];
  const dirs = new Set<string>();
  for (const f of Object.keys(files)) for (let d = posix.dirname(f); d !== '/'; d = posix.dirname(d)) dirs.add(d);
  return {
    reads,
    readFile(p) {
      reads.push(p);
      const v = files[p];
      if (v instanceof Error) throw v;
      return v;
    },
    exists: (p) => p in files || dirs.has(p),
    dirname: (p) => posix.dirname(p),
    join: (d, r) => posix.resolve(d, r),
    basename: (p) => posix.basename(p),
    relative: (a, b) => posix.relative(a, b),
  };
}
