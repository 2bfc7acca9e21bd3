// Gradle version catalogs (gradle/libs.versions.toml), read with smol-toml (TOML 1.0): [versions],
// [libraries] in all three notations ("g:a:v", module + version, group + name + version; version.ref and
// rich versions), [bundles] and [plugins], plus the `libs.x.y` accessor each alias gets in build scripts.
import { parse, TomlError } from 'smol-toml';
import { L, type Localized } from './fs';

export interface CatalogLibrary {
  alias: string;
  group: string;
  name: string;
  /** The version after `version.ref` and rich versions are resolved. */
  version?: string;
  /** What the version came from: `version.ref = "kafka"`. */
  ref?: string;
  line?: number;
}

export interface CatalogPlugin {
  alias: string;
  id: string;
  version?: string;
  line?: number;
}

export interface Catalog {
  file: string;
  versions: Map<string, string>;
  libraries: CatalogLibrary[];
  plugins: CatalogPlugin[];
  /** alias → library aliases */
  bundles: Map<string, string[]>;
}

/** `kafka-clients`, `kafka_clients` and `kafka.clients` all become `libs.kafka.clients`. */
export function accessorOf(alias: string): string {
  return alias.replace(/[-_.]+/g, '.').toLowerCase();
}

type Table = Record<string, unknown>;
const isTable = (x: unknown): x is Table => typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date);

/** A version: "1.2", { ref = "x" }, or a rich version { strictly / require / prefer }. */
function versionOf(v: unknown, versions: Map<string, string>): { version?: string; ref?: string } {
  if (typeof v === 'string') return { version: v };
  if (!isTable(v)) return {};
  if (typeof v.ref === 'string') {
    const r = versions.get(v.ref);
    return r === undefined ? { ref: v.ref } : { version: r, ref: v.ref };
  }
  for (const k of ['strictly', 'require', 'prefer']) if (typeof v[k] === 'string') return { version: v[k] as string };
  return {};
}

function lineOfAlias(text: string, alias: string): number | undefined {
  const re = new RegExp(`^[ \\t]*"?${alias.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}"?[ \\t]*=`, 'm');
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split('\n').length : undefined;
}

export function readCatalog(file: string, text: string): { ok: true; catalog: Catalog } | { ok: false; note: Localized } {
  let doc: Table;
  try {
    doc = parse(text) as Table;
  } catch (err) {
    const where = err instanceof TomlError ? L('project.toml.where', { line: err.line, column: err.column }) : '';
    return { ok: false, note: L('project.toml.invalid', { file, where }) };
  }
  const versions = new Map<string, string>();
  const rawVersions = isTable(doc.versions) ? doc.versions : {};
  // Rich versions in [versions] first, then refs resolve against the plain ones.
  for (const [k, v] of Object.entries(rawVersions)) {
    const r = versionOf(v, new Map());
    if (r.version !== undefined) versions.set(k, r.version);
  }
  const catalog: Catalog = { file, versions, libraries: [], plugins: [], bundles: new Map() };
  for (const [alias, v] of Object.entries(isTable(doc.libraries) ? doc.libraries : {})) {
    const line = lineOfAlias(text, alias);
    if (typeof v === 'string') {
      const [group = '', name = '', version] = v.split(':');
      catalog.libraries.push({ alias, group, name, ...(version ? { version } : {}), ...(line ? { line } : {}) });
      continue;
    }
    if (!isTable(v)) continue;
    let group = typeof v.group === 'string' ? v.group : '';
    let name = typeof v.name === 'string' ? v.name : '';
    if (typeof v.module === 'string') [group = '', name = ''] = v.module.split(':');
    const ver = isTable(v.version) || typeof v.version === 'string' ? versionOf(v.version, versions) : {};
    catalog.libraries.push({ alias, group, name, ...ver, ...(line ? { line } : {}) });
  }
  for (const [alias, v] of Object.entries(isTable(doc.plugins) ? doc.plugins : {})) {
    const line = lineOfAlias(text, alias);
    if (typeof v === 'string') {
      const [id = '', version] = v.split(':');
      catalog.plugins.push({ alias, id, ...(version ? { version } : {}), ...(line ? { line } : {}) });
    } else if (isTable(v) && typeof v.id === 'string') {
      catalog.plugins.push({ alias, id: v.id, ...versionOf(v.version, versions), ...(line ? { line } : {}) });
    }
  }
  for (const [alias, v] of Object.entries(isTable(doc.bundles) ? doc.bundles : {})) {
    if (Array.isArray(v)) catalog.bundles.set(alias, v.filter((x): x is string => typeof x === 'string'));
  }
  return { ok: true, catalog };
}
