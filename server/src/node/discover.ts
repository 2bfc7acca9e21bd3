// Finding producer configs under a folder, for `kpc check DIR` and the editor's workspace check: every file the
// extension claims (service/project/patterns.ts), Spring Boot's application*.properties / .yml / .yaml unless
// asked not to, plus globs from `--include` and from the `files` of each `.kpc.json` on the way (for its folder
// and below), skipping dependencies, version control and build output. Symbolic links to folders are not followed (no loops); links to files are.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CONFIG_FILE_NAME } from '../service/project/config';
import { globMatcher, isBuiltinProducerConfig } from '../service/project/patterns';
import { springFileInfo } from '../service/spring/files';

/** Folders never searched: dependencies, version control, IDE caches and build output. */
export const SKIPPED_DIRS: readonly string[] = ['node_modules', '.git', '.hg', '.svn', '.gradle', '.idea', 'target', 'build', 'dist', 'out'];
const SKIPPED = new Set(SKIPPED_DIRS);

export interface DiscoverOptions {
  /** Globs relative to the folder searched (a bare name matches in any folder). */
  include?: readonly string[];
  /** The `files` globs of the `.kpc.json` in `dir`, if any (relative to `dir`). */
  configGlobs?: (dir: string) => readonly string[];
  /** The nearest `.kpc.json` above the folder searched, whose `files` globs (relative to its folder) apply too. */
  outerConfig?: { dir: string; globs: readonly string[] };
  /** Stop after this many files (a safety net, not a feature). */
  limit?: number;
  /**
   * Spring Boot's application files too (`application.yml`, `application-prod.properties`: the names the service
   * reads as Spring files, spring/files.ts), default true; off with the `springBootFiles` setting or `--dialect properties`.
   */
  springFiles?: boolean;
}

export interface Discovery {
  files: string[];
  /** Folders that could not be listed, with why. */
  unreadable: { dir: string; message: string }[];
  truncated: boolean;
}

const posix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** Producer configs under `root`, as `join(root, relative path)`, sorted by path. */
export function findProducerConfigs(root: string, options: DiscoverOptions = {}): Discovery {
  const limit = options.limit ?? 100_000;
  const include = globMatcher(options.include ?? []);
  const spring = options.springFiles !== false;
  const out: Discovery = { files: [], unreadable: [], truncated: false };
  // Globs from .kpc.json files: each applies to paths relative to its own folder.
  type Scoped = { base: string; match: (rel: string) => boolean };
  const walk = (dir: string, scoped: readonly Scoped[]): void => {
    if (out.truncated) return;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      out.unreadable.push({ dir, message: (err as { code?: string }).code ?? String(err) });
      return;
    }
    let here = scoped;
    if (options.configGlobs && entries.some((e) => e.name === CONFIG_FILE_NAME && !e.isDirectory())) {
      const globs = options.configGlobs(dir);
      if (globs.length) here = [...scoped, { base: dir, match: globMatcher(globs) }];
    }
    const dirs: string[] = [];
    for (const e of entries) {
      const path = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(path);
          isFile = st.isFile();
          isDir = false; // never follow a link to a folder
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (!SKIPPED.has(e.name)) dirs.push(path);
        continue;
      }
      if (!isFile) continue;
      const rel = posix(relative(root, path));
      if (isBuiltinProducerConfig(rel) || (spring && springFileInfo(e.name) !== undefined) || include(rel) || here.some((s) => s.match(posix(relative(s.base, path))))) {
        if (out.files.length >= limit) {
          out.truncated = true;
          return;
        }
        out.files.push(path);
      }
    }
    for (const d of dirs) walk(d, here);
  };
  const outer = options.outerConfig;
  walk(root, outer && outer.dir !== root && outer.globs.length ? [{ base: outer.dir, match: globMatcher(outer.globs) }] : []);
  out.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}
