// What a file is checked for: a Kafka version (with a patch number when one was given) and the client
// that reads the file. One resolution, directive > setting > default, for the analysis and the preview.
import { LATEST_VERSION, resolveKafkaVersion, type KafkaVersion, type VersionResolution } from '../schemas/catalog/index';
import type { Directives, ValueDirective } from './directives';

export type Client = 'java' | 'console-producer';
export const CLIENTS: readonly Client[] = ['java', 'console-producer'];

export interface Target {
  version: KafkaVersion;
  /** Patch number when the user gave one (3.0.0 vs 3.0.1 matters). */
  patch?: number;
  client: Client;
}

/** Where the version or the client of a target comes from. */
export type TargetSource = 'setting' | 'comment' | 'default';

/** '3.0.0' when a patch was given, else '3.0'. */
export function versionLabel(t: { version: string; patch?: number }): string {
  return t.patch !== undefined ? `${t.version}.${t.patch}` : t.version;
}

export interface TargetResolution {
  target: Target;
  versionSource: TargetSource;
  clientSource: TargetSource;
  /** The version setting is not one the catalog covers (the target falls back to the latest version). */
  badSetting?: Extract<VersionResolution, { ok: false }>;
  /** The `kpc: kafka-version` comment is not one the catalog covers (the setting or the default applies). */
  badVersionComment?: { directive: ValueDirective; resolution: Extract<VersionResolution, { ok: false }> };
  /** The `kpc: client` comment names no known client (the setting or the default applies). */
  badClientComment?: ValueDirective;
}

/** The target of a file: its `kpc:` comments win over the settings, which win over latest / java. */
export function resolveTarget(settings: { kafkaVersion?: string; client?: string }, directives: Pick<Directives, 'version' | 'client'>): TargetResolution {
  let version: KafkaVersion = LATEST_VERSION;
  let patch: number | undefined;
  let versionSource: TargetSource = 'default';
  const out: Omit<TargetResolution, 'target' | 'versionSource' | 'clientSource'> = {};
  const setting = settings.kafkaVersion?.trim();
  // `auto` (the editor's default) reaches here only when the project named no version: latest.
  if (setting && setting.toLowerCase() !== 'latest' && setting.toLowerCase() !== 'auto') {
    const r = resolveKafkaVersion(setting);
    if (r.ok) {
      version = r.version;
      patch = r.patch;
      versionSource = 'setting';
    } else out.badSetting = r;
  }
  if (directives.version) {
    const r = resolveKafkaVersion(directives.version.value);
    if (r.ok) {
      version = r.version;
      patch = r.patch;
      versionSource = 'comment';
    } else out.badVersionComment = { directive: directives.version, resolution: r };
  }
  const fromSetting = CLIENTS.find((c) => c === settings.client);
  let client: Client = fromSetting ?? 'java';
  let clientSource: TargetSource = fromSetting ? 'setting' : 'default';
  if (directives.client) {
    const named = CLIENTS.find((c) => c === directives.client!.value);
    if (named) {
      client = named;
      clientSource = 'comment';
    } else out.badClientComment = directives.client;
  }
  return { target: { version, client, ...(patch !== undefined ? { patch } : {}) }, versionSource, clientSource, ...out };
}
