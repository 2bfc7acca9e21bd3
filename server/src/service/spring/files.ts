// Which files are Spring Boot config files, and the order Boot gives their documents
// (behaviour `activation`): profile files over the plain one, the last active profile first,
// .properties over YAML in the same location, later documents over earlier ones.
import { behaves, type BootTarget } from '../../../../schemas/spring/index';
import { isActive } from './activation';
import type { PropertySource } from './bind';
import { readSpringProperties } from './propertiesFile';
import type { SpringFormat, SpringSource } from './source';
import { readSpringYaml } from './yaml';

export interface SpringFileInfo {
  format: SpringFormat;
  /** the config name (`application`) */
  name: string;
  /** `prod` for application-prod.yml */
  profile?: string;
  /** the extension as written (`yml`, `yaml`, `properties`) */
  extension: 'properties' | 'yml' | 'yaml';
}

/** `application.yml`, `application-prod.properties`, ... (the last path segment is what counts). */
export function springFileInfo(path: string, configNames: readonly string[] = ['application']): SpringFileInfo | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const m = /^(.+?)\.(properties|yml|yaml)$/.exec(base);
  if (!m) return undefined;
  const stem = m[1]!;
  const extension = m[2] as SpringFileInfo['extension'];
  const format: SpringFormat = extension === 'properties' ? 'properties' : 'yaml';
  for (const name of configNames) {
    if (stem === name) return { format, name, extension };
    if (stem.startsWith(`${name}-`) && stem.length > name.length + 1) return { format, name, extension, profile: stem.slice(name.length + 1) };
  }
  return undefined;
}

/** Reads a Spring config file's text with the reader for its format, as the target Boot release reads it. */
export function readSpringFile(format: SpringFormat, text: string, target: Pick<BootTarget, 'release'>): SpringSource {
  return format === 'yaml'
    ? readSpringYaml(text, { keepEmptyMaps: behaves('yaml-empty-map-kept', target) })
    : readSpringProperties(text, { bangSeparator: behaves('properties-bang-separator', target) });
}

export interface SpringFile {
  /** a path or URI; only its last segment's name matters here */
  path: string;
  source: SpringSource;
}

export interface SourceOrderOptions {
  /** active profiles in the order given (empty: the default profile `default`) */
  profiles?: readonly string[];
  /** the cloud platform Boot would detect (none by default) */
  cloudPlatform?: string;
}

const EXTENSION_RANK: Record<SpringFileInfo['extension'], number> = { properties: 0, yml: 1, yaml: 2 };

/**
 * The active documents of `files` as property sources, highest precedence first. Files that are not
 * Spring config files by name are treated as `application` files of their format (so a single file
 * under any name can be checked on its own).
 */
export function orderPropertySources(files: readonly SpringFile[], target: BootTarget, options: SourceOrderOptions = {}): PropertySource[] {
  const profiles = options.profiles?.length ? [...options.profiles] : [];
  const fileProfiles = profiles.length ? profiles : ['default'];
  const legacy = target.line === '2.7';
  const infos = files.map((f) => ({ f, info: springFileInfo(f.path) ?? { format: f.source.format, name: 'application', extension: f.source.format === 'yaml' ? 'yml' : 'properties' } as SpringFileInfo }));
  const groups: (typeof infos)[] = [];
  // profile files, last profile first; then the plain files
  for (const p of [...fileProfiles].reverse()) groups.push(infos.filter((x) => x.info.profile === p));
  groups.push(infos.filter((x) => x.info.profile === undefined));
  const out: PropertySource[] = [];
  for (const group of groups) {
    const sorted = [...group].sort((a, b) => EXTENSION_RANK[a.info.extension] - EXTENSION_RANK[b.info.extension]);
    for (const { f } of sorted) {
      const docs = f.source.documents.filter((d) => isActive(d.activation, profiles, { ...(options.cloudPlatform ? { cloudPlatform: options.cloudPlatform } : {}), legacy }));
      const name = f.path.split(/[\\/]/).pop() ?? f.path;
      for (const d of [...docs].reverse()) out.push({ id: f.source.documents.length > 1 ? `${name} (document #${d.index})` : name, file: f.path, document: d });
    }
  }
  return out;
}
