// What kpc adds to a file's options from the project around it (service/project/resolve.ts, which the
// language server uses too): the nearest .kpc.json and the nearest build file. Precedence: `# kpc:`
// comment (in the analysis) > --kafka-version > .kpc.json > build file > latest. One ProjectContext per
// run, so a build file is read once.
import { hostMessage } from '#core';
import { relative, resolve } from 'node:path';
import { nodeProjectFs } from '../node/projectFs';
import type { Analysis, AnalysisOptions } from '../service/analyze';
import type { ConfigProblem } from '../service/project/config';
import { ProjectContext, type VersionOrigin } from '../service/project/detect';
import { resolveProject, type ProjectResolution, type VersionProvenance } from '../service/project/resolve';
import type { Localized } from '../service/project/fs';

/** Where a file's Kafka version came from, as `kpc check --format json` reports it. */
export interface VersionSourceReport {
  origin: VersionOrigin;
  /** The .kpc.json or build file (relative to the working directory). */
  file?: string;
  line?: number;
  how: string;
  notes?: string[];
}

export type FileProject = ProjectResolution<AnalysisOptions>;

export const display = (path: string): string => {
  const r = relative(process.cwd(), path);
  return r === '' ? '.' : r.startsWith('..') && r.split(/[\\/]/).filter((s) => s === '..').length > 2 ? path : r;
};

export class CliProject {
  readonly ctx = new ProjectContext(nodeProjectFs);

  /** The options for the file at `path` (as given), from the command line and the project. */
  forFile(path: string, cli: AnalysisOptions): FileProject {
    return resolveProject(this.ctx, resolve(path), cli, { settingName: '--kafka-version', display });
  }
}

const pickText = (l: Localized, locale: 'en' | 'ko' | undefined): string => l[locale ?? 'en'];

/** The report of where the version came from, after the analysis (a `# kpc:` comment wins). */
export function versionSource(a: Analysis, chosen: VersionProvenance, locale?: 'en' | 'ko'): VersionSourceReport {
  if (a.versionSource === 'comment') return { origin: 'comment', how: hostMessage(locale ?? 'en', 'cli.versionFromComment') };
  return {
    origin: chosen.origin,
    ...(chosen.file ? { file: chosen.file } : {}),
    ...(chosen.line !== undefined ? { line: chosen.line } : {}),
    how: pickText(chosen.how, locale),
    ...(chosen.notes.length ? { notes: chosen.notes.map((n) => pickText(n, locale)) } : {}),
  };
}

/** One line per problem of a .kpc.json: `.kpc.json:3:5: error policy.acks: …`. */
export function configProblemLines(file: string, problems: readonly ConfigProblem[], locale?: 'en' | 'ko'): string {
  return problems.map((p) => `${file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} ${pickText(p.message, locale)}\n`).join('');
}
