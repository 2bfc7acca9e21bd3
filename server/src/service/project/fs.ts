// What project awareness reads, behind a small interface: the CLI and the language server hand in the
// real file system (server/src/node/projectFs.ts), tests hand in a map of paths to texts. Nothing here
// lists directories or follows anything but the paths the build files name, and nothing is executed.
import { hostMessage, type Locale, type HostMessageKey, type MessageParams } from '#core';

/** Read access to the files around a producer config. Synchronous: build files are small and few. */
export interface ProjectFs {
  /** The file's text (UTF-8), or undefined when there is no such file. Throws when it exists but cannot be read. */
  readFile(path: string): string | undefined;
  /** Whether a file or a directory exists at `path` (`.git` is a directory, or a file in a worktree). */
  exists(path: string): boolean;
  /** The directory `path` is in; `path` itself at the root of the file system. */
  dirname(path: string): string;
  /** `dir` joined with the relative path `rel`, `..` and `.` resolved. */
  join(dir: string, rel: string): string;
  /** The last segment of `path`. */
  basename(path: string): string;
  /** `to` relative to the directory `from` (`../pom.xml`); '' when they are the same. */
  relative(from: string, to: string): string;
}

/** A message in both languages the project speaks. */
export interface Localized {
  en: string;
  ko: string;
}

/** The catalog's message `key` in both languages; a parameter may itself be localized (a phrase inside a message). */
export function L(key: HostMessageKey, params: Record<string, string | number | Localized> = {}): Localized {
  const inLocale = (locale: Locale): MessageParams => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[locale] : v]));
  return { en: hostMessage('en', key, inLocale('en')), ko: hostMessage('ko', key, inLocale('ko')) };
}

/**
 * The directories from `startDir` up to the first one that is `root` or holds `.git` (that one
 * included), nearest first. Without either, up to the file system root. `startDir` outside `root`
 * is walked as if there were no `root`.
 */
export function dirsUp(fs: ProjectFs, startDir: string, root?: string): string[] {
  const out: string[] = [];
  const inside = root !== undefined && isWithin(fs, startDir, root);
  let dir = startDir;
  for (let i = 0; i < 256; i++) {
    out.push(dir);
    if ((inside && dir === root) || fs.exists(fs.join(dir, '.git'))) break;
    const parent = fs.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/** Whether `path` is `dir` or below it (both as the file system spells them). */
export function isWithin(fs: ProjectFs, path: string, dir: string): boolean {
  let p = path;
  for (let i = 0; i < 256; i++) {
    if (p === dir) return true;
    const parent = fs.dirname(p);
    if (parent === p) return false;
    p = parent;
  }
  return false;
}

/** The file's text, or an error message when it exists but cannot be read. */
export function tryRead(fs: ProjectFs, path: string): { text?: string; error?: string } {
  try {
    const text = fs.readFile(path);
    return text === undefined ? {} : { text };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
