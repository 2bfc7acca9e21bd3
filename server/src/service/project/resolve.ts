// What a producer config's project adds to the options it is checked with, for kpc and the editor alike:
// the nearest .kpc.json (client, severity, allowed keys, policy, Kafka and Spring Boot versions) and the
// Kafka and Spring Boot versions of the nearest build file. Precedence of the Kafka version: `# kpc:`
// comment (in the analysis) > the setting / --kafka-version > .kpc.json > build file > latest.
import type { Client } from '#core';
import type { Severity } from '../types';
import type { ConfigProblem, ProjectConfig } from './config';
import { chooseKafkaVersion, type ChosenVersion, type ProjectContext, type VersionOrigin } from './detect';
import { L, type Localized } from './fs';
import type { ProjectPolicy } from './policy';

/** Where the Kafka version a file is checked against comes from, unless a `# kpc:` comment in it says otherwise. */
export type VersionProvenance = Omit<ChosenVersion, 'kafkaVersion'>;

/**
 * The project a producer config belongs to, as plain values: what other features (Spring files, the
 * status item, `kpc check --format json`) read without knowing how it was found.
 */
export interface ProjectInfo {
  /** The Kafka version the project says (undefined: none, so latest). A `# kpc:` comment in the file wins. */
  kafkaVersion?: string;
  /** The Spring Boot version: `.kpc.json` springBootVersion, else the build's Spring Boot plugin / parent / BOM. */
  springBootVersion?: string;
  source: VersionProvenance;
}

/** The options a file is given by its caller (settings, command line) that the project adds to. */
export interface GivenOptions {
  kafkaVersion?: string;
  client?: Client;
  severity?: Record<string, Severity | 'off'>;
  allowedKeys?: string[];
}

export interface ProjectResolution<T extends GivenOptions> {
  /** The given options with the project's: version, client, severity and allowed keys merged, policy added. */
  options: T & { policy?: ProjectPolicy };
  info: ProjectInfo;
  /** The .kpc.json that applies, when there is one and it reads without errors. */
  config?: ProjectConfig;
  /** Its path (`file` as displayed, `path` as given) and problems, when it has any (with errors it is not applied). */
  configProblems?: { file: string; path: string; problems: ConfigProblem[] };
}

export interface ResolveHow {
  /** How the caller's version option is called in messages (`--kafka-version`, `kafkaProducerConfig.kafkaVersion`). */
  settingName: string;
  /** Where walking up stops (the workspace folder); the repository root otherwise. */
  root?: string;
  /** How a path is shown in messages (relative to the working directory or the workspace folder). */
  display?: (path: string) => string;
}

/** The options for the file at `path` (absolute), from what the caller gives and the project around it. */
export function resolveProject<T extends GivenOptions>(ctx: ProjectContext, path: string, given: T, how: ResolveHow): ProjectResolution<T> {
  const display = how.display ?? ((p: string) => p);
  const found = ctx.projectConfig(path, how.root);
  const config = found?.config;
  const build = ctx.detectKafkaVersion(path, how.root);
  const broken = found !== undefined && config === undefined;
  const chosen = chooseKafkaVersion({
    ...(given.kafkaVersion !== undefined ? { setting: given.kafkaVersion } : {}),
    settingName: how.settingName,
    ...(config ? { config: { ...(config.kafkaVersion ? { kafkaVersion: config.kafkaVersion } : {}), file: display(config.file) } } : {}),
    ...(build ? { build: { ...build, file: display(build.file) } } : {}),
  });
  const options = { ...given } as T & { policy?: ProjectPolicy };
  if (chosen.kafkaVersion !== undefined) options.kafkaVersion = chosen.kafkaVersion;
  else delete options.kafkaVersion;
  if (config) {
    if (given.client === undefined && config.client) options.client = config.client;
    if (config.severity) options.severity = { ...config.severity, ...given.severity };
    if (config.allowedKeys) options.allowedKeys = [...config.allowedKeys, ...(given.allowedKeys ?? [])];
    if (config.policy) options.policy = { ...config.policy, file: display(config.policy.file) };
  }
  const { kafkaVersion, ...source } = chosen;
  if (broken) source.notes = [...source.notes, L('project.hasErrors', { file: display(found.file) })];
  const springBootVersion = config?.springBootVersion ?? build?.springBoot;
  return {
    options,
    info: { ...(kafkaVersion !== undefined ? { kafkaVersion } : {}), ...(springBootVersion ? { springBootVersion } : {}), source },
    ...(config ? { config } : {}),
    ...(found && found.problems.length ? { configProblems: { file: display(found.file), path: found.file, problems: found.problems } } : {}),
  };
}

/** "from pom.xml", "from .kpc.json", "from the settings", "latest": the short form the status item shows. */
export function provenanceLabel(source: { origin: VersionOrigin; file?: string }): Localized {
  const o = source.origin;
  if ((o === 'build' || o === 'config') && source.file) {
    const name = source.file.slice(Math.max(source.file.lastIndexOf('/'), source.file.lastIndexOf('\\')) + 1);
    return L('project.from', { name });
  }
  if (o === 'setting') return L('project.fromSettings');
  if (o === 'comment') return L('project.fromComment');
  return L('project.latest');
}
