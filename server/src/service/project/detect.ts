// Which Kafka client version a producer config belongs to, from the project around it: walk up from the
// file to the nearest build file (stopping at the workspace folder or the repository root), read it
// (maven.ts, gradle.ts), and say how, or why not. And the precedence that picks the version a file is
// checked against: `# kpc:` comment (in the analysis) > setting / --kafka-version > .kpc.json > build > latest.
// One ProjectContext per run (kpc) or per workspace (the server), caching what it read; invalidate() when
// files change.
import { LATEST_VERSION, type KafkaVersion } from '#core';
import { findConfigFile, readProjectConfig, type ConfigReading } from './config';
import { dirsUp, L, tryRead, type Localized, type ProjectFs } from './fs';
import { GRADLE_BUILD_FILES, readGradle } from './gradle';
import { readMaven, type PomResult } from './maven';
import type { BuildReading } from './reading';
import { coverKafkaVersion } from './versions';

export const BUILD_FILE_NAMES = ['pom.xml', ...GRADLE_BUILD_FILES] as const;

export interface KafkaVersionDetection {
  /** The build file that decided it (or the nearest one, read without result). */
  file: string;
  line?: number;
  /** The version as the build declares or manages it (`3.6.1`, `3.6.+`). */
  version?: string;
  /** What to check against (`3.6.1`; `3.6` for a dynamic version); absent when not covered or not known. */
  kafkaVersion?: string;
  /** The catalog's line. */
  minor?: KafkaVersion;
  how?: Localized;
  /** The Spring Boot version whose dependency management applies, when one does. */
  springBoot?: string;
  notes: Localized[];
}

export class ProjectContext {
  private readonly byDir = new Map<string, KafkaVersionDetection | null>();
  private readonly poms = new Map<string, PomResult | undefined>();
  private readonly configs = new Map<string, ConfigReading>();

  constructor(readonly fs: ProjectFs) {}

  /** Forget everything read (after files changed). */
  invalidate(): void {
    this.byDir.clear();
    this.poms.clear();
    this.configs.clear();
  }

  /** The Kafka version the build around `file` uses, or undefined when there is no build file up to `root`. */
  detectKafkaVersion(file: string, root?: string): KafkaVersionDetection | undefined {
    const dir = this.fs.dirname(file);
    const key = `${dir}\u0000${root ?? ''}`;
    const hit = this.byDir.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const result = this.detect(dir, root);
    if (this.byDir.size > 10_000) this.byDir.clear();
    this.byDir.set(key, result ?? null);
    return result;
  }

  private detect(dir: string, root?: string): KafkaVersionDetection | undefined {
    const fs = this.fs;
    const dirs = dirsUp(fs, dir, root);
    for (let i = 0; i < dirs.length; i++) {
      const d = dirs[i]!;
      const readings: BuildReading[] = [];
      for (const name of BUILD_FILE_NAMES) {
        const path = fs.join(d, name);
        if (!fs.exists(path)) continue;
        if (name === 'build.gradle' && readings.some((r) => r.file.endsWith('.kts'))) continue;
        const r = name === 'pom.xml' ? readMaven(fs, path, dirs[dirs.length - 1], this.poms) : readGradle(fs, path, dirs.slice(i));
        readings.push(r);
        if (r.declared !== undefined) break;
      }
      if (readings.length === 0) continue;
      const decided = readings.find((r) => r.declared !== undefined);
      return decided ? withCoverage(decided) : { file: readings[0]!.file, notes: readings.flatMap((r) => (r.none ? [L('project.noClientVersion', { file: fs.basename(r.file) })] : r.notes)), ...(readings.find((r) => r.springBoot) ? { springBoot: readings.find((r) => r.springBoot)!.springBoot! } : {}) };
    }
    return undefined;
  }

  /** The nearest `.kpc.json` for `file` and what it says (undefined when there is none). */
  projectConfig(file: string, root?: string): (ConfigReading & { file: string }) | undefined {
    const path = findConfigFile(this.fs, this.fs.dirname(file), root);
    if (path === undefined) return undefined;
    return this.configAt(path);
  }

  /** The `.kpc.json` at `path`, read once. */
  configAt(path: string): ConfigReading & { file: string } {
    let c = this.configs.get(path);
    if (!c) {
      const r = tryRead(this.fs, path);
      c = r.text !== undefined
        ? readProjectConfig(path, r.text)
        : { problems: [{ severity: 'error', message: L('project.readError', { error: r.error ?? L('project.gone') }), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] };
      this.configs.set(path, c);
    }
    return { ...c, file: path };
  }
}

function withCoverage(r: BuildReading): KafkaVersionDetection {
  const c = coverKafkaVersion(r.declared!);
  return {
    file: r.file,
    ...(r.line !== undefined ? { line: r.line } : {}),
    version: r.declared!,
    ...(c.kafkaVersion !== undefined ? { kafkaVersion: c.kafkaVersion } : {}),
    ...(c.minor !== undefined ? { minor: c.minor } : {}),
    ...(r.how ? { how: r.how } : {}),
    ...(r.springBoot ? { springBoot: r.springBoot } : {}),
    notes: c.note ? [...r.notes, c.note] : r.notes,
  };
}

/** Where the version a file is checked against comes from. */
export type VersionOrigin = 'comment' | 'setting' | 'config' | 'build' | 'default';

export interface ChosenVersion {
  /** For AnalysisOptions.kafkaVersion; undefined = latest. A `# kpc:` comment in the file still wins. */
  kafkaVersion?: string;
  origin: Exclude<VersionOrigin, 'comment'>;
  /** The `.kpc.json` or build file it came from. */
  file?: string;
  line?: number;
  how: Localized;
  /** What the build file could not tell, or why it was not used. */
  notes: Localized[];
}

/**
 * Setting (the editor's kafkaVersion other than `auto`, or `--kafka-version`) > `.kpc.json` kafkaVersion >
 * the build file > latest. `settingName` is how the caller names its setting in messages.
 */
export function chooseKafkaVersion(input: { setting?: string; settingName?: string; config?: { kafkaVersion?: string; file: string }; build?: KafkaVersionDetection }): ChosenVersion {
  const setting = input.setting?.trim();
  const name = input.settingName ?? 'kafkaVersion';
  if (setting && setting.toLowerCase() !== 'auto') return { kafkaVersion: setting, origin: 'setting', how: L('project.setting', { name, value: setting }), notes: [] };
  if (input.config?.kafkaVersion) return { kafkaVersion: input.config.kafkaVersion, origin: 'config', file: input.config.file, how: L('project.configVersion', { version: input.config.kafkaVersion, file: input.config.file }), notes: [] };
  const b = input.build;
  if (b?.kafkaVersion) return { kafkaVersion: b.kafkaVersion, origin: 'build', file: b.file, ...(b.line !== undefined ? { line: b.line } : {}), how: b.how ?? L('project.buildVersion', { version: b.kafkaVersion, file: b.file }), notes: b.notes };
  const notes = b ? [...(b.how ? [b.how] : []), ...b.notes] : [];
  return {
    origin: 'default',
    ...(b ? { file: b.file } : {}),
    how: b ? L('project.latestBuildSilent', { latest: LATEST_VERSION, file: b.file }) : L('project.latestNothing', { latest: LATEST_VERSION }),
    notes,
  };
}
