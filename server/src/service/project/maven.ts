// The kafka-clients version a Maven build uses, read from pom.xml without running Maven: the dependency's
// own <version>, <dependencyManagement>, ${property} references (nested, and declared by parent poms in
// the same repository when <relativePath> reaches them), and Spring Boot's dependency management
// (spring-boot-starter-parent / spring-boot-dependencies as the parent, where a <kafka.version> property
// overrides it, or imported as a BOM, where it does not). Profiles are not read.
import { L, tryRead, isWithin, type Localized, type ProjectFs } from './fs';
import type { BuildReading } from './reading';
import { bootManagedKafka } from './versions';
import { child, childrenNamed, childText, parseXml, type XmlElement } from './xml';

interface Dependency {
  groupId: string;
  artifactId: string;
  version?: string;
  type?: string;
  scope?: string;
  line: number;
}

interface Pom {
  path: string;
  groupId?: string;
  artifactId?: string;
  version?: string;
  parent?: { groupId: string; artifactId: string; version: string; relativePath: string | null; line: number };
  properties: Map<string, { value: string; line: number }>;
  dependencies: Dependency[];
  managed: Dependency[];
}

export type PomResult = { ok: true; pom: Pom } | { ok: false; note: Localized };

const KAFKA_GROUP = 'org.apache.kafka';
const BOOT_GROUP = 'org.springframework.boot';
const BOOT_BOMS = new Set(['spring-boot-starter-parent', 'spring-boot-dependencies']);
const MAX_PARENTS = 10;

function dependency(el: XmlElement): Dependency {
  const d: Dependency = { groupId: childText(el, 'groupId') ?? '', artifactId: childText(el, 'artifactId') ?? '', line: el.line };
  const version = childText(el, 'version');
  if (version !== undefined) d.version = version;
  const type = childText(el, 'type');
  if (type !== undefined) d.type = type;
  const scope = childText(el, 'scope');
  if (scope !== undefined) d.scope = scope;
  return d;
}

/** A pom.xml's text → the parts that decide dependency versions. */
export function readPom(path: string, text: string): PomResult {
  const x = parseXml(text);
  const name = path;
  if (!x.ok) return { ok: false, note: L('project.maven.xmlInvalid', { name, line: x.line, column: x.column, message: x.message }) };
  const root = x.root;
  if (root.name !== 'project') return { ok: false, note: L('project.maven.noProject', { name }) };
  const pom: Pom = { path, properties: new Map(), dependencies: [], managed: [] };
  const groupId = childText(root, 'groupId');
  if (groupId) pom.groupId = groupId;
  const artifactId = childText(root, 'artifactId');
  if (artifactId) pom.artifactId = artifactId;
  const version = childText(root, 'version');
  if (version) pom.version = version;
  const parent = child(root, 'parent');
  if (parent) {
    const rel = child(parent, 'relativePath');
    pom.parent = {
      groupId: childText(parent, 'groupId') ?? '',
      artifactId: childText(parent, 'artifactId') ?? '',
      version: childText(parent, 'version') ?? '',
      // Maven's default is ../pom.xml; an empty <relativePath/> turns the local lookup off.
      relativePath: rel ? (rel.text === '' ? null : rel.text) : '../pom.xml',
      line: parent.line,
    };
  }
  for (const p of child(root, 'properties')?.children ?? []) pom.properties.set(p.name, { value: p.text, line: p.line });
  for (const d of childrenNamed(child(root, 'dependencies'), 'dependency')) pom.dependencies.push(dependency(d));
  for (const d of childrenNamed(child(child(root, 'dependencyManagement'), 'dependencies'), 'dependency')) pom.managed.push(dependency(d));
  return { ok: true, pom };
}

/** `${name}` references resolved against `props` (nested ones too); undefined when one cannot be resolved. */
export function interpolate(value: string, props: (name: string) => string | undefined): { value: string; missing?: string } {
  let out = value;
  for (let round = 0; round < 10 && out.includes('${'); round++) {
    let missing: string | undefined;
    out = out.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      const v = props(name.trim());
      if (v === undefined) {
        missing ??= name.trim();
        return whole;
      }
      return v;
    });
    if (missing !== undefined) return { value: out, missing };
  }
  return out.includes('${') ? { value: out, missing: /\$\{([^}]*)\}/.exec(out)?.[1] ?? '' } : { value: out };
}

const coords = (p: { groupId: string; artifactId: string; version: string }): string => `${p.groupId}:${p.artifactId}${p.version ? `:${p.version}` : ''}`;

/**
 * The pom at `path` and its local parents, nearest first, as far as each parent is in the repository
 * (`root`) and is the pom its child names. `external` is the first parent that is not.
 */
function pomChain(fs: ProjectFs, path: string, root: string | undefined, notes: Localized[], readCache?: Map<string, PomResult | undefined>): { chain: Pom[]; external?: NonNullable<Pom['parent']> } {
  const load = (p: string): PomResult | undefined => {
    if (readCache?.has(p)) return readCache.get(p);
    const r = tryRead(fs, p);
    const res = r.error !== undefined ? { ok: false as const, note: L('project.cannotRead', { file: p, error: String(r.error) }) } : r.text === undefined ? undefined : readPom(p, r.text);
    readCache?.set(p, res);
    return res;
  };
  const first = load(path);
  if (!first) return { chain: [] };
  if (!first.ok) {
    notes.push(first.note);
    return { chain: [] };
  }
  const chain = [first.pom];
  for (let i = 0; i < MAX_PARENTS; i++) {
    const pom = chain[chain.length - 1]!;
    const parent = pom.parent;
    if (!parent) return { chain };
    if (parent.relativePath === null) return { chain, external: parent };
    let target = fs.join(fs.dirname(pom.path), parent.relativePath);
    if (!/\.xml$/i.test(target)) target = fs.join(target, 'pom.xml');
    if (root !== undefined && !isWithin(fs, target, root)) return { chain, external: parent };
    if (chain.some((p) => p.path === target)) return { chain, external: parent };
    const next = load(target);
    if (!next) return { chain, external: parent };
    if (!next.ok) {
      notes.push(next.note);
      return { chain, external: parent };
    }
    // Maven uses the local file only when it is the parent named (its groupId may come from its own parent).
    const g = next.pom.groupId ?? next.pom.parent?.groupId;
    if (next.pom.artifactId !== parent.artifactId || (g !== undefined && g !== parent.groupId)) return { chain, external: parent };
    chain.push(next.pom);
  }
  return { chain };
}

/** Where a property's value comes from, for "how" texts: `${kafka.version} in parent/pom.xml`. */
interface PropertySource {
  name: string;
  file: string;
}

/** Reads the kafka-clients version of the Maven build whose pom.xml is at `path`. */
export function readMaven(fs: ProjectFs, path: string, root?: string, cache?: Map<string, PomResult | undefined>): BuildReading {
  const notes: Localized[] = [];
  const { chain, external } = pomChain(fs, path, root, notes, cache);
  const reading: BuildReading = { file: path, notes };
  if (chain.length === 0) return reading;
  const own = chain[0]!;
  const show = (p: string): string => fs.relative(fs.dirname(path), p) || fs.basename(p);
  const used: PropertySource[] = [];
  // Properties: the nearest pom that declares one wins; then Maven's built-in project.* values.
  let tracking = true;
  const prop = (name: string): string | undefined => {
    for (const pom of chain) {
      const p = pom.properties.get(name);
      if (p) {
        if (tracking) used.push({ name, file: pom.path });
        return p.value;
      }
    }
    const n = name.replace(/^pom\./, 'project.');
    if (n === 'project.version' || n === 'version') return own.version ?? own.parent?.version;
    if (n === 'project.groupId') return own.groupId ?? own.parent?.groupId;
    if (n === 'project.artifactId') return own.artifactId;
    if (n === 'project.parent.version') return own.parent?.version;
    if (n === 'project.parent.groupId') return own.parent?.groupId;
    return undefined;
  };
  const resolve = (raw: string, where: string): string | undefined => {
    const r = interpolate(raw, prop);
    if (r.missing === undefined) return r.value;
    notes.push(L('project.maven.undefinedProperty', {
      where,
      property: `\${${r.missing}}`,
      file: show(path),
      parents: chain.length > 1 ? L('project.maven.orParents') : '',
      external: external ? L('project.maven.maybeParent', { parent: coords(external) }) : '',
    }));
    return undefined;
  };
  // The outermost reference of the last resolution: `${kafka.version}` rather than what it refers to.
  const via = (): Localized | '' => (used[0] ? L('project.maven.via', { property: `\${${used[0].name}}`, file: show(used[0].file) }) : '');
  const quiet = (raw: string): string => {
    tracking = false;
    try {
      return interpolate(raw, prop).value;
    } finally {
      tracking = true;
    }
  };
  const is = (d: Dependency, group: string, artifact: string): boolean => quiet(d.groupId) === group && quiet(d.artifactId) === artifact;

  // 1. A kafka-clients dependency with its own version (the nearest pom's declaration wins).
  // 2. kafka-clients in <dependencyManagement> (own before inherited; also governs transitive kafka-clients).
  for (const [list, kind] of [['dependencies', 'dependency'], ['managed', 'managed']] as const) {
    for (const pom of chain) {
      const d = pom[list].find((x) => is(x, KAFKA_GROUP, 'kafka-clients') && x.version !== undefined && x.version !== '');
      if (!d) continue;
      used.length = 0;
      const v = resolve(d.version!, `kafka-clients ${d.version}`);
      if (v === undefined) return reading;
      const file = show(pom.path);
      return {
        ...reading,
        declared: v,
        line: d.line,
        ...(pom.path !== path ? { file: pom.path } : {}),
        how: kind === 'dependency'
          ? L('project.kafkaClientsIn', { version: v, file, via: via() })
          : L('project.maven.kafkaClientsManaged', { version: v, file, via: via() }),
      };
    }
  }

  // 3. Spring Boot's dependency management: inherited (parent: a <kafka.version> property overrides it) or imported.
  const bootParent = chain.map((p) => ({ pom: p, parent: p.parent })).find((x) => x.parent && x.parent.groupId === BOOT_GROUP && BOOT_BOMS.has(x.parent.artifactId));
  const bootImport = chain.flatMap((p) => p.managed.map((d) => ({ pom: p, d }))).find(({ d }) => is(d, BOOT_GROUP, 'spring-boot-dependencies') && d.scope === 'import' && d.type === 'pom');
  if (bootParent && (!bootImport || chain.indexOf(bootParent.pom) <= chain.indexOf(bootImport.pom))) {
    const parent = bootParent.parent!;
    const boot = resolve(parent.version, `${parent.artifactId} ${parent.version}`);
    if (boot === undefined) return reading;
    const file = show(bootParent.pom.path);
    reading.springBoot = boot;
    used.length = 0;
    const override = prop('kafka.version');
    if (override !== undefined) {
      const at = used[used.length - 1]!;
      const v = resolve(override, `kafka.version ${override}`);
      if (v === undefined) return reading;
      const m = bootManagedKafka(boot);
      return {
        ...reading,
        declared: v,
        line: chain.find((p) => p.path === at.file)!.properties.get('kafka.version')!.line,
        file: at.file,
        how: L('project.maven.kafkaVersionOverride', { version: v, file: show(at.file), boot, instead: m.kafka ? L('project.insteadOf', { version: m.kafka }) : '' }),
      };
    }
    return bootReading(reading, boot, bootParent.pom.path, parent.line, L('project.in', { what: parent.artifactId, file }));
  }
  if (bootImport) {
    const boot = bootImport.d.version ? resolve(bootImport.d.version, `spring-boot-dependencies ${bootImport.d.version}`) : undefined;
    if (boot === undefined) {
      if (!bootImport.d.version) notes.push(L('project.maven.bomNoVersion', { file: show(bootImport.pom.path) }));
      return reading;
    }
    reading.springBoot = boot;
    if (chain.some((p) => p.properties.has('kafka.version'))) {
      notes.push(L('project.maven.kafkaVersionImported'));
    }
    return bootReading(reading, boot, bootImport.pom.path, bootImport.d.line, L('project.maven.bomImported', { file: show(bootImport.pom.path) }));
  }

  // 4. kafka-streams pins kafka-clients to its own version (when nothing manages kafka-clients).
  for (const pom of chain) {
    const d = pom.dependencies.find((x) => is(x, KAFKA_GROUP, 'kafka-streams') && x.version);
    if (!d) continue;
    used.length = 0;
    const v = resolve(d.version!, `kafka-streams ${d.version}`);
    if (v === undefined) return reading;
    return { ...reading, declared: v, line: d.line, ...(pom.path !== path ? { file: pom.path } : {}), how: L('project.streamsIn', { version: v, file: show(pom.path), via: via() }) };
  }

  // Nothing decided it: say what was seen.
  const unversioned = chain.flatMap((p) => p.dependencies).find((x) => is(x, KAFKA_GROUP, 'kafka-clients'));
  const springKafka = chain.flatMap((p) => p.dependencies).find((x) => is(x, 'org.springframework.kafka', 'spring-kafka') && x.version);
  if (unversioned) {
    notes.push(L('project.maven.noVersion', { file: show(path), why: external ? L('project.maven.noVersionParent', { parent: coords(external) }) : L('project.maven.noVersionUnmanaged') }));
  } else if (springKafka) {
    notes.push(L('project.springKafka', { version: String(springKafka.version) }));
  } else if (external) {
    notes.push(L('project.maven.parentOutside', { file: show(path), parent: coords(external) }));
  } else {
    reading.none = true;
  }
  return reading;
}

/** The reading when Spring Boot's dependency management decides the version. */
export function bootReading(reading: BuildReading, boot: string, file: string, line: number, where: Localized): BuildReading {
  const m = bootManagedKafka(boot);
  const notes = m.note ? [...reading.notes, m.note] : reading.notes;
  if (!m.kafka) return { ...reading, notes, springBoot: boot };
  return {
    ...reading,
    notes,
    springBoot: boot,
    declared: m.kafka,
    file,
    line,
    how: L('project.bootManages', { boot, kafka: m.kafka, where }),
  };
}
