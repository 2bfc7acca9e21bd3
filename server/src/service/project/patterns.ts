// Which files are producer configs, read from one place: the extension's manifest (package.json), whose
// `languages` entry tells VS Code the file names and name patterns of the language, and whose
// `kafkaProducerConfig.files` setting default adds globs. kpc check DIR and the editor use this module,
// so what the editor opens as a producer config is what kpc finds in a folder.
//
// Matching follows VS Code: file names and name patterns compare without case, a pattern without `/`
// matches the file name, one with `/` the path. User globs (the setting, `.kpc.json` files, --include) are
// relative to the folder they belong to; one without `/` matches the file name in any folder.
import picomatch from 'picomatch';
import { contributes } from '../../../../package.json';

export const LANGUAGE_ID = 'kafka-producer-config';

const language = contributes.languages.find((l) => l.id === LANGUAGE_ID) as { filenames?: string[]; filenamePatterns?: string[] } | undefined;
const filesSetting = contributes.configuration.properties['kafkaProducerConfig.files'] as { default?: unknown };

/** The file names of the language (`producer.config`, …). */
export const PRODUCER_CONFIG_FILENAMES: readonly string[] = language?.filenames ?? [];
/** Its file name patterns (`*.producer.properties`, …). */
export const PRODUCER_CONFIG_PATTERNS: readonly string[] = language?.filenamePatterns ?? [];
/** The default of the `kafkaProducerConfig.files` setting. */
export const DEFAULT_FILE_GLOBS: readonly string[] = Array.isArray(filesSetting.default) ? filesSetting.default.filter((g): g is string => typeof g === 'string') : [];

/** Everything claimed by default, for messages: names, then patterns, then the setting's globs. */
export const BUILTIN_PATTERNS: readonly string[] = [...PRODUCER_CONFIG_FILENAMES, ...PRODUCER_CONFIG_PATTERNS, ...DEFAULT_FILE_GLOBS];

const OPTS = { dot: true, windows: false, nocase: true } as const;

/** A matcher for globs relative to a base folder; `path` is relative to that folder, with `/`. */
export function globMatcher(globs: readonly string[]): (relPath: string) => boolean {
  const tests = globs.map((g) => g.trim().replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean).map((g) => picomatch(g.includes('/') ? g.replace(/^\//, '') : `**/${g}`, OPTS));
  return (relPath) => tests.some((t) => t(relPath));
}

const names = new Set(PRODUCER_CONFIG_FILENAMES.map((n) => n.toLowerCase()));
const namePatterns = PRODUCER_CONFIG_PATTERNS.map((p) => (p.includes('/') ? { path: picomatch(p.replace(/^\*\*\//, '**/'), OPTS) } : { name: picomatch(p, OPTS) }));
const settingDefaults = globMatcher(DEFAULT_FILE_GLOBS);

/** Whether the extension claims the file at `relPath` (relative to the folder being searched) as a producer config. */
export function isBuiltinProducerConfig(relPath: string): boolean {
  const p = relPath.replace(/\\/g, '/');
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (names.has(base.toLowerCase())) return true;
  if (namePatterns.some((m) => ('name' in m ? m.name!(base) : m.path!(p)))) return true;
  return settingDefaults(p);
}
