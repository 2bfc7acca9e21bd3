// The kafka-clients version a Gradle build uses, read from its scripts (Groovy or Kotlin DSL) without
// running Gradle. What is understood, on the tokens of gradleTokens.ts:
// - coordinates in strings, `"org.apache.kafka:kafka-clients:3.6.1"`, also built with `$v`, `${v}` or `+`;
//   `group: 'org.apache.kafka', name: 'kafka-clients', version: v` maps (Groovy `:`, Kotlin `=`);
// - values "where simple": `def`/`val`/`var` names, `ext.x = …`, `ext { x = … }`, `ext['x']`, `extra["x"]`,
//   `set("x", …)`, `val x by extra(…)`, gradle.properties (project and root), `property("x")`,
//   `findProperty`, `providers.gradleProperty("x")`, `libs.versions.x` — strings only, nothing computed;
// - the version catalog (gradle/libs.versions.toml) and its `libs.x.y` accessors;
// - Spring Boot: the `org.springframework.boot` plugin (plugins block, settings pluginManagement, catalog
//   alias or buildscript classpath) with io.spring.dependency-management, `mavenBom` or `platform` /
//   `enforcedPlatform` of spring-boot-dependencies (or SpringBootPlugin.BOM_COORDINATES), and a
//   `kafka.version` property, which only the dependency-management plugin honours.
// In a multi-project build the subproject's script is read first, then the root project's (found by its
// settings file), whose `subprojects {}` / `allprojects {}` blocks apply to every subproject.
import { parseProperties } from '#core';
import { accessorOf, readCatalog, type Catalog } from './catalog';
import { L, tryRead, type Localized, type ProjectFs } from './fs';
import { literal, tokenize, type Token } from './gradleTokens';
import { bootReading } from './maven';
import type { BuildReading } from './reading';

export const GRADLE_BUILD_FILES = ['build.gradle.kts', 'build.gradle'] as const;
const SETTINGS_FILES = ['settings.gradle.kts', 'settings.gradle'];
const KAFKA = 'org.apache.kafka';
const BOOT_PLUGIN = 'org.springframework.boot';
const DM_PLUGIN = 'io.spring.dependency-management';
const BOOT_BOM = 'org.springframework.boot:spring-boot-dependencies';
const SHARED_BLOCKS = new Set(['subprojects', 'allprojects', 'configure']);

interface Script {
  path: string;
  tokens: Token[];
  /** Whether this is the root project's script read for a subproject (only its shared blocks apply). */
  root: boolean;
}

interface Found {
  version: string;
  script: Script;
  line: number;
  /** how the version was written, for the reader: `version.ref = "kafka"` */
  via?: string;
}

const isP = (t: Token | undefined, v: string): boolean => t?.t === 'p' && t.v === v;
const isId = (t: Token | undefined, v?: string): boolean => t?.t === 'id' && (v === undefined || t.v === v);

/** Index of the token after the expression starting at `i` (up to a line break, `;` or `,` at depth 0, or a closing bracket). */
function exprEnd(tokens: Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.t === 'p' && (t.v === '(' || t.v === '[' || t.v === '{')) depth++;
    else if (t.t === 'p' && (t.v === ')' || t.v === ']' || t.v === '}')) {
      if (depth === 0) return j;
      depth--;
    } else if (depth === 0 && ((t.t === 'nl' && !isP(tokens[j - 1], '+') && !isP(tokens[j + 1], '+')) || (t.t === 'p' && (t.v === ';' || t.v === ',')))) return j;
  }
  return tokens.length;
}

/** Everything a build's scripts declare as names and values, and how to evaluate an expression to a string. */
class Scope {
  /** name → the expression assigned (nearest script first) */
  readonly vars = new Map<string, Token[]>();
  readonly properties = new Map<string, string>();
  catalog?: Catalog;
  private depth = 0;

  /** The string value of tokens[from, to), or undefined when it is not a string the scripts spell out. */
  evaluate(tokens: readonly Token[], from = 0, to = tokens.length): string | undefined {
    if (this.depth > 12) return undefined;
    this.depth++;
    try {
      let out = '';
      let i = from;
      for (;;) {
        const r = this.operand(tokens, i, to);
        if (!r) return undefined;
        out += r.value;
        i = r.next;
        while (i < to && tokens[i]!.t === 'nl') i++;
        if (i >= to) return out;
        if (!isP(tokens[i], '+')) return r.next === to ? out : this.trailing(tokens, i, to) ? out : undefined;
        i++;
        while (i < to && tokens[i]!.t === 'nl') i++;
      }
    } finally {
      this.depth--;
    }
  }

  /** `as String`, `.toString()`, `!!` after a value. */
  private trailing(tokens: readonly Token[], i: number, to: number): boolean {
    let j = i;
    while (j < to) {
      if (isId(tokens[j], 'as') && isId(tokens[j + 1])) j += 2;
      else if (isP(tokens[j], '!!')) j++;
      else if (tokens[j]!.t === 'nl') j++;
      else return false;
    }
    return true;
  }

  private operand(tokens: readonly Token[], i: number, to: number): { value: string; next: number } | undefined {
    const t = tokens[i];
    if (!t || i >= to) return undefined;
    if (t.t === 'str') {
      let out = '';
      for (const p of t.parts) {
        if ('text' in p) out += p.text;
        else {
          const v = 'ref' in p ? this.path(p.ref.map((name) => ({ name }))) : this.evaluate(p.expr);
          if (v === undefined) return undefined;
          out += v;
        }
      }
      return { value: out, next: this.skipCalls(tokens, i + 1, to) };
    }
    if (t.t === 'num') return { value: t.v, next: i + 1 };
    if (isP(t, '(')) {
      const end = matching(tokens, i);
      const v = this.evaluate(tokens, i + 1, end);
      return v === undefined ? undefined : { value: v, next: end + 1 };
    }
    if (t.t === 'id') {
      // A chain: a.b["c"].d("e").get()
      const chain: { name: string; arg?: string }[] = [];
      let j = i;
      while (j < to) {
        const x = tokens[j]!;
        if (x.t === 'id') {
          chain.push({ name: x.v });
          j++;
        } else return undefined;
        if (isP(tokens[j], '(') || isP(tokens[j], '[')) {
          const end = matching(tokens, j);
          const inner = end > j + 1 ? this.evaluate(tokens, j + 1, end) : '';
          if (inner === undefined) return undefined;
          chain[chain.length - 1]!.arg = inner;
          j = end + 1;
        }
        while (isP(tokens[j], '!!')) j++;
        if ((isP(tokens[j], '.') || isP(tokens[j], '?.')) && isId(tokens[j + 1])) {
          j++;
          continue;
        }
        break;
      }
      const v = this.path(chain);
      return v === undefined ? undefined : { value: v, next: j };
    }
    return undefined;
  }

  /** After a string literal: `.toString()`, `.trim()`. */
  private skipCalls(tokens: readonly Token[], i: number, to: number): number {
    let j = i;
    while (j + 2 < to + 1 && isP(tokens[j], '.') && isId(tokens[j + 1]) && /^(toString|trim)$/.test((tokens[j + 1] as { v: string }).v) && isP(tokens[j + 2], '(') && isP(tokens[j + 3], ')')) j += 4;
    return j;
  }

  /** A reference to a value: `x`, `project.ext.x`, `extra["x"]`, `property("x")`, `libs.versions.x.get()`. */
  private path(chain: { name: string; arg?: string }[]): string | undefined {
    const c = chain.slice();
    // Drop the accessors that only unwrap: .get(), .getOrNull(), .orNull, .toString()
    while (c.length > 1 && /^(get|getOrNull|orNull|toString|getOrElse)$/.test(c[c.length - 1]!.name) && (c[c.length - 1]!.arg === undefined || c[c.length - 1]!.arg === '') && !(c[c.length - 1]!.name === 'get' && c[c.length - 1]!.arg)) c.pop();
    while (c.length > 1 && /^(project|rootProject|settings|gradle)$/.test(c[0]!.name) && c[0]!.arg === undefined) c.shift();
    const [a, b, ...rest] = c;
    if (!a) return undefined;
    if (a.name === 'libs' && b?.name === 'versions' && rest.length > 0) {
      return this.catalog?.versions.get(this.catalogVersionAlias(rest.map((x) => x.name).join('.')) ?? '');
    }
    if (a.name === 'providers' && b?.name === 'gradleProperty' && b.arg !== undefined) return this.properties.get(b.arg);
    if ((a.name === 'ext' || a.name === 'extra' || a.name === 'properties') && a.arg !== undefined && !b) return this.lookup(a.arg);
    if ((a.name === 'ext' || a.name === 'extra') && b && !b.arg && rest.length === 0) return this.lookup(b.name);
    if ((a.name === 'ext' || a.name === 'extra') && (b?.name === 'get' || b?.name === 'getAt') && b.arg !== undefined) return this.lookup(b.arg);
    if ((a.name === 'property' || a.name === 'findProperty') && a.arg !== undefined && !b) return this.lookup(a.arg);
    if (c.length === 1 && a.arg === undefined) return this.lookup(a.name);
    return undefined;
  }

  private catalogVersionAlias(accessor: string): string | undefined {
    const want = accessorOf(accessor);
    for (const k of this.catalog?.versions.keys() ?? []) if (accessorOf(k) === want) return k;
    return undefined;
  }

  private readonly looking = new Set<string>();
  lookup(name: string): string | undefined {
    if (this.looking.has(name)) return undefined;
    const expr = this.vars.get(name);
    if (expr) {
      this.looking.add(name);
      try {
        const v = this.evaluate(expr);
        if (v !== undefined) return v;
      } finally {
        this.looking.delete(name);
      }
    }
    return this.properties.get(name);
  }
}

function matching(tokens: readonly Token[], open: number): number {
  const o = (tokens[open] as { v: string }).v;
  const close = o === '(' ? ')' : o === '[' ? ']' : '}';
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    if (isP(tokens[j], o)) depth++;
    else if (isP(tokens[j], close) && --depth === 0) return j;
  }
  return tokens.length;
}

const STATEMENT_START = (t: Token | undefined): boolean => t === undefined || t.t === 'nl' || (t.t === 'p' && (t.v === ';' || t.v === '{' || t.v === '}'));
const MODIFIERS = new Set(['def', 'val', 'var', 'final', 'String', 'private', 'const', 'static', 'internal', 'Object']);

/** Collects the names a script assigns (see the file comment for the forms). */
function collectAssignments(script: Script, scope: Scope): void {
  const tk = script.tokens;
  const set = (name: string, expr: Token[]): void => {
    if (!scope.vars.has(name)) scope.vars.set(name, expr);
  };
  for (let i = 0; i < tk.length; i++) {
    if (!STATEMENT_START(tk[i - 1])) continue;
    let j = i;
    while (isId(tk[j]) && MODIFIERS.has((tk[j] as { v: string }).v) && (isId(tk[j + 1]) || tk[j + 1]?.t === 'nl')) j++;
    // set("name", value) / ext.set(…) / project.extra.set(…)
    const path: { name: string; arg?: string }[] = [];
    let k = j;
    while (isId(tk[k])) {
      const name = (tk[k] as { v: string }).v;
      k++;
      if (isP(tk[k], '[') && tk[k + 1]?.t === 'str' && isP(tk[k + 2], ']')) {
        path.push({ name, arg: literal(tk[k + 1]) ?? '' });
        k += 3;
      } else path.push({ name });
      if (isP(tk[k], '.') && isId(tk[k + 1])) k++;
      else break;
    }
    if (path.length === 0) continue;
    while (path.length > 1 && /^(project|rootProject)$/.test(path[0]!.name)) path.shift();
    const last = path[path.length - 1]!;
    if (last.name === 'set' && isP(tk[k], '(') && tk[k + 1]?.t === 'str' && isP(tk[k + 2], ',')) {
      const end = matching(tk, k);
      const name = literal(tk[k + 1]);
      if (name !== undefined && (path.length === 1 || /^(ext|extra)$/.test(path[path.length - 2]!.name))) set(name, tk.slice(k + 3, end));
      continue;
    }
    // val x by extra("…")
    if (path.length === 1 && isId(tk[k], 'by')) {
      let m = k + 1;
      while (isId(tk[m]) && (tk[m + 1] === undefined || isP(tk[m + 1], '.'))) m += 2;
      if (isId(tk[m], 'extra') && isP(tk[m + 1], '(')) set(last.name, tk.slice(m + 2, matching(tk, m + 1)));
      continue;
    }
    // x: String = …  (Kotlin type)
    if (isP(tk[k], ':') && isId(tk[k + 1]) && path.length === 1 && j > i) k += 2;
    if (!isP(tk[k], '=')) continue;
    const end = exprEnd(tk, k + 1);
    const expr = tk.slice(k + 1, end);
    let name: string | undefined;
    if (path.length === 1 && last.arg === undefined) name = last.name;
    else if (path.length === 1 && /^(ext|extra)$/.test(last.name) && last.arg !== undefined) name = last.arg;
    else if (path.length === 2 && /^(ext|extra)$/.test(path[0]!.name) && path[0]!.arg === undefined && last.arg === undefined) name = last.name;
    if (name !== undefined) set(name, expr);
  }
}

/** Start of the `+` chain or argument a string token at `i` belongs to, and its end. */
function argumentAround(tokens: Token[], i: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && isP(tokens[from - 1], '+')) {
    let k = from - 2;
    while (k > 0 && tokens[k]!.t !== 'str' && !isId(tokens[k]) && !isP(tokens[k], ')')) k--;
    from = k;
  }
  return { from, to: exprEnd(tokens, i) };
}

const GAV = /^([^:\s]+):([^:\s]+):([^:@\s]+)/;

interface Declaration {
  group: string;
  artifact: string;
  version?: string;
  /** the coordinate as written, when its version could not be evaluated */
  unresolved?: string;
  line: number;
  /** the identifier before the `(` it is the argument of: implementation, platform, mavenBom … */
  call?: string;
  script: Script;
  via?: string;
  /** false for the root script's own dependencies, read for a subproject (only its shared blocks apply to it) */
  applies: boolean;
}

/** The call a token is an argument of: `platform` in `implementation(platform("…"))`, `mavenBom` in `mavenBom '…'`. */
function callOf(tokens: Token[], i: number): string | undefined {
  let depth = 0;
  for (let j = i - 1; j >= 0 && j > i - 40; j--) {
    const t = tokens[j]!;
    if (isP(t, ')')) depth++;
    else if (isP(t, '(')) {
      if (depth === 0) return isId(tokens[j - 1]) ? (tokens[j - 1] as { v: string }).v : undefined;
      depth--;
    } else if (depth === 0 && t.t === 'nl') return undefined;
    else if (depth === 0 && isId(t) && j === i - 1) return (t as { v: string }).v; // Groovy: mavenBom 'g:a:v'
  }
  return undefined;
}

/** Every group:artifact[:version] the script declares (strings, maps, catalog accessors). */
function declarations(script: Script, scope: Scope): Declaration[] {
  const out: Declaration[] = [];
  const tk = script.tokens;
  const shared = (t: Token): boolean => !script.root || t.block.some((b) => SHARED_BLOCKS.has(b));
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    const applies = shared(t);
    if (t.t === 'str') {
      // "g:a:v" (maybe templated or concatenated)
      const first = t.parts[0];
      const head = first && 'text' in first ? first.text : '';
      if (!/^[\w.-]+:[\w.-]+:/.test(head) && !(/^[\w.-]+:[\w.-]+:?$/.test(head) && (t.parts.length > 1 || isP(tk[i + 1], '+')))) continue;
      const arg = argumentAround(tk, i);
      const value = scope.evaluate(tk, i, arg.to);
      const m = value === undefined ? undefined : GAV.exec(value);
      const [, group = '', artifact = ''] = /^([^:]+):([^:]+)/.exec(head) ?? [];
      const call = callOf(tk, i);
      if (m) out.push({ group: m[1]!, artifact: m[2]!, version: m[3]!, line: t.line, script, applies, ...(call ? { call } : {}), ...(t.parts.length > 1 || isP(tk[i + 1], '+') ? { via: templateText(t) } : {}) });
      else out.push({ group, artifact, unresolved: templateText(t), line: t.line, script, applies, ...(call ? { call } : {}) });
      continue;
    }
    // group: 'org.apache.kafka', name: 'kafka-clients', version: v
    if (isId(t, 'name') && (isP(tk[i + 1], ':') || isP(tk[i + 1], '='))) {
      const args = mapArguments(tk, i, scope);
      if (args.name === undefined || args.group === undefined) continue;
      out.push({ group: args.group, artifact: args.name, ...(args.version !== undefined ? { version: args.version } : {}), ...(args.unresolved ? { unresolved: args.unresolved } : {}), line: t.line, script, applies });
      continue;
    }
    // libs.kafka.clients / libs.bundles.kafka
    if (isId(t, 'libs') && isP(tk[i + 1], '.') && !isP(tk[i - 1], '.') && scope.catalog) {
      const parts: string[] = [];
      let j = i + 1;
      while (isP(tk[j], '.') && isId(tk[j + 1])) {
        parts.push((tk[j + 1] as { v: string }).v);
        j += 2;
      }
      if (parts[0] === 'versions' || parts[0] === 'plugins') continue;
      const call = callOf(tk, i);
      const libs = parts[0] === 'bundles'
        ? (scope.catalog.bundles.get([...scope.catalog.bundles.keys()].find((b) => accessorOf(b) === accessorOf(parts.slice(1).join('.'))) ?? '') ?? []).map((a) => scope.catalog!.libraries.find((l) => l.alias === a))
        : [scope.catalog.libraries.find((l) => accessorOf(l.alias) === accessorOf(parts.filter((p) => p !== 'get').join('.')))];
      for (const lib of libs) {
        if (!lib) continue;
        out.push({ group: lib.group, artifact: lib.name, ...(lib.version !== undefined ? { version: lib.version } : {}), line: t.line, script, applies, ...(call ? { call } : {}), via: `libs.${accessorOf(lib.alias)}${lib.ref ? `, version.ref "${lib.ref}" in ${scope.catalog.file}` : ` in ${scope.catalog.file}`}` });
      }
    }
  }
  return out;
}

function templateText(t: Token): string {
  if (t.t !== 'str') return '';
  const simple = (ts: Token[]): string | undefined => (ts.every((x) => x.t === 'id' || isP(x, '.')) ? ts.map((x) => (x as { v: string }).v).join('') : undefined);
  return t.parts.map((p) => ('text' in p ? p.text : 'ref' in p ? `$${p.ref.join('.')}` : `\${${simple(p.expr) ?? '…'}}`)).join('');
}

/** The named arguments around a `name:` / `name =` at `at`: group, name and version, evaluated. */
function mapArguments(tk: Token[], at: number, scope: Scope): { group?: string; name?: string; version?: string; unresolved?: string } {
  // The argument list: back to the `(` or the statement start, forward to the `)` or the statement end.
  let from = at;
  for (let depth = 0; from > 0 && from > at - 200; from--) {
    const t = tk[from - 1]!;
    if (isP(t, ')') || isP(t, ']')) depth++;
    else if (isP(t, '(') || isP(t, '[')) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (t.t === 'nl' && !isP(tk[from - 2], ',')) ) break;
  }
  const out: { group?: string; name?: string; version?: string; unresolved?: string } = {};
  let i = from;
  for (let guard = 0; guard < 12; guard++) {
    while (tk[i]?.t === 'nl') i++;
    const key = tk[i];
    if (!isId(key) || !(isP(tk[i + 1], ':') || isP(tk[i + 1], '='))) {
      // skip a leading configuration name (Groovy `implementation group: …`)
      if (isId(key) && guard === 0) {
        i++;
        continue;
      }
      break;
    }
    const end = exprEnd(tk, i + 2);
    const v = scope.evaluate(tk, i + 2, end);
    const name = (key as { v: string }).v;
    if (name === 'group' || name === 'name' || name === 'version') {
      if (v !== undefined) out[name] = v;
      else if (name === 'version') out.unresolved = tk.slice(i + 2, end).map((t) => ('v' in t ? t.v : t.t === 'str' ? `"${templateText(t)}"` : '')).join('');
    }
    i = end;
    while (tk[i]?.t === 'nl') i++;
    if (!isP(tk[i], ',')) break;
    i++;
  }
  return out;
}

/** Plugins a script applies, with the version it names (plugins block, apply plugin:, catalog alias). */
function plugins(script: Script, scope: Scope): { id: string; version?: string; line: number; script: Script }[] {
  const out: { id: string; version?: string; line: number; script: Script }[] = [];
  const tk = script.tokens;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    let id: string | undefined;
    let after = i + 1;
    if (isId(t, 'id')) {
      // id 'x' / id "x" / id("x")
      let j = i + 1;
      const paren = isP(tk[j], '(');
      if (paren) j++;
      id = literal(tk[j]);
      after = paren && isP(tk[j + 1], ')') ? j + 2 : j + 1;
    } else if (isId(t, 'plugin') && (isP(tk[i + 1], ':') || isP(tk[i + 1], '='))) {
      id = literal(tk[i + 2]); // apply plugin: 'x' / apply(plugin = "x")
      after = i + 3;
    } else if (isId(t, 'alias') && isP(tk[i + 1], '(') && isId(tk[i + 2], 'libs') && scope.catalog) {
      const end = matching(tk, i + 1);
      const parts = tk.slice(i + 3, end).filter((x) => x.t === 'id').map((x) => (x as { v: string }).v);
      if (parts[0] === 'plugins') {
        const p = scope.catalog.plugins.find((x) => accessorOf(x.alias) === accessorOf(parts.slice(1).join('.')));
        if (p) out.push({ id: p.id, ...(p.version ? { version: p.version } : {}), line: t.line, script });
      }
      continue;
    }
    if (id === undefined) continue;
    let version: string | undefined;
    if (isId(tk[after], 'version')) {
      const paren = isP(tk[after + 1], '(');
      const from = after + (paren ? 2 : 1);
      const to = paren ? matching(tk, after + 1) : exprEnd(tk, from);
      const end = tk.slice(from, to).findIndex((x) => isId(x, 'apply'));
      version = scope.evaluate(tk, from, end >= 0 ? from + end : to);
    }
    out.push({ id, ...(version !== undefined ? { version } : {}), line: t.line, script });
  }
  return out;
}

function versionCompare(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

function readScript(fs: ProjectFs, path: string, root: boolean, notes: Localized[]): Script | undefined {
  const r = tryRead(fs, path);
  if (r.error !== undefined) {
    notes.push(L('project.cannotRead', { file: path, error: String(r.error) }));
    return undefined;
  }
  if (r.text === undefined) return undefined;
  return { path, tokens: tokenize(r.text, path.endsWith('.kts') ? 'kotlin' : 'groovy'), root };
}

function findIn(fs: ProjectFs, dir: string, names: readonly string[]): string | undefined {
  for (const n of names) {
    const p = fs.join(dir, n);
    if (fs.exists(p)) return p;
  }
  return undefined;
}

/**
 * Reads the kafka-clients version of the Gradle build whose script is `buildFile`. `dirs` are the
 * directories from the build file's up to the walk's stop (nearest first): the root project is the
 * nearest with a settings file.
 */
export function readGradle(fs: ProjectFs, buildFile: string, dirs: readonly string[]): BuildReading {
  const notes: Localized[] = [];
  const reading: BuildReading = { file: buildFile, notes };
  const dir = fs.dirname(buildFile);
  const rootDir = dirs.slice(dirs.indexOf(dir) < 0 ? 0 : dirs.indexOf(dir)).find((d) => findIn(fs, d, SETTINGS_FILES)) ?? dir;
  const show = (p: string): string => fs.relative(dir, p) || fs.basename(p);

  const scope = new Scope();
  const catalogPath = fs.join(fs.join(rootDir, 'gradle'), 'libs.versions.toml');
  const cr = tryRead(fs, catalogPath);
  if (cr.error !== undefined) notes.push(L('project.cannotRead', { file: show(catalogPath), error: String(cr.error) }));
  else if (cr.text !== undefined) {
    const c = readCatalog(show(catalogPath), cr.text);
    if (c.ok) scope.catalog = c.catalog;
    else notes.push(c.note);
  }
  const own = readScript(fs, buildFile, false, notes);
  const scripts: Script[] = own ? [own] : [];
  if (rootDir !== dir) {
    const rootBuild = findIn(fs, rootDir, GRADLE_BUILD_FILES);
    const rs = rootBuild ? readScript(fs, rootBuild, true, notes) : undefined;
    if (rs) scripts.push(rs);
  }
  const settingsPath = findIn(fs, rootDir, SETTINGS_FILES);
  const settings = settingsPath ? readScript(fs, settingsPath, false, notes) : undefined;
  for (const s of scripts) collectAssignments(s, scope);
  if (settings) collectAssignments(settings, scope);
  for (const d of rootDir === dir ? [dir] : [dir, rootDir]) {
    const p = tryRead(fs, fs.join(d, 'gradle.properties'));
    if (p.text === undefined) continue;
    for (const e of parseProperties(p.text).entries) if (!scope.properties.has(e.key)) scope.properties.set(e.key, e.value.trim());
  }

  const all = scripts.flatMap((s) => declarations(s, scope));
  const settingsDecls = settings ? declarations(settings, scope) : [];
  const decls = all.filter((d) => d.applies);
  const found = (d: Declaration): Found => ({ version: d.version!, script: d.script, line: d.line, ...(d.via ? { via: d.via } : {}) });
  const explicit = decls.find((d) => d.group === KAFKA && d.artifact === 'kafka-clients' && d.version !== undefined && d.call !== 'exclude');
  const unresolved = decls.find((d) => d.group === KAFKA && d.artifact === 'kafka-clients' && d.unresolved !== undefined);

  // Spring Boot's dependency management.
  const pluginList = [...scripts, ...(settings ? [settings] : [])].flatMap((s) => plugins(s, scope));
  const bootPlugin = pluginList.find((p) => p.id === BOOT_PLUGIN && p.script === own) ?? pluginList.find((p) => p.id === BOOT_PLUGIN && p.script.root && p.script === scripts[1] && sharedPlugin(p, scripts[1]!));
  const bootVersionFrom = pluginList.find((p) => p.id === BOOT_PLUGIN && p.version !== undefined)
    ?? (() => {
      const cp = [...all, ...settingsDecls].find((d) => d.group === BOOT_PLUGIN && d.artifact === 'spring-boot-gradle-plugin' && d.version);
      return cp ? { id: BOOT_PLUGIN, version: cp.version!, line: cp.line, script: cp.script } : undefined;
    })();
  const dm = pluginList.some((p) => p.id === DM_PLUGIN && (p.script === own || (p.script.root && sharedPlugin(p, p.script))));
  const bom = decls.find((d) => `${d.group}:${d.artifact}` === BOOT_BOM && d.version !== undefined);
  const bomCoordinates = scripts.flatMap((s) => s.tokens.map((t, i) => ({ t, i, s }))).find(({ t }) => isId(t, 'BOM_COORDINATES'));
  const bomCall = bom?.call ?? (bomCoordinates ? callOf(bomCoordinates.s.tokens, bomCoordinates.i) : undefined);

  let managed: { boot: string; line: number; script: Script; where: Localized; platform?: 'platform' | 'enforced' } | undefined;
  if (bom) {
    managed = { boot: bom.version!, line: bom.line, script: bom.script, where: L('project.in', { what: bom.call ?? 'spring-boot-dependencies', file: show(bom.script.path) }), ...(platformKind(bom.call) ? { platform: platformKind(bom.call)! } : {}) };
  } else if (bomCoordinates && bootVersionFrom?.version) {
    managed = { boot: bootVersionFrom.version, line: bomCoordinates.t.line, script: bomCoordinates.s, where: L('project.in', { what: `${bomCall ?? 'BOM_COORDINATES'}(SpringBootPlugin.BOM_COORDINATES)`, file: show(bomCoordinates.s.path) }), ...(platformKind(bomCall) ? { platform: platformKind(bomCall)! } : {}) };
  } else if (bootPlugin && dm && bootVersionFrom?.version) {
    managed = { boot: bootVersionFrom.version, line: bootVersionFrom.line, script: bootVersionFrom.script, where: L('project.gradle.bootPluginManaged', { file: show(bootPlugin.script.path) }) };
  } else if (bootPlugin && !dm && !explicit) {
    notes.push(L('project.gradle.bootPluginUnmanaged'));
  } else if (bootPlugin && dm && !bootVersionFrom?.version && !explicit) {
    notes.push(L('project.gradle.bootPluginNoVersion'));
  }
  if (managed) reading.springBoot = managed.boot;

  const explicitReading = (f: Found): BuildReading => ({
    ...reading,
    declared: f.version,
    file: f.script.path,
    line: f.line,
    how: L('project.kafkaClientsIn', { version: f.version, file: show(f.script.path), via: f.via ? ` (${f.via})` : '' }),
  });

  if (explicit && managed?.platform !== undefined) {
    // A platform takes part in conflict resolution: the higher version wins (enforcedPlatform: the platform's).
    const m = bootReading({ ...reading, notes: [] }, managed.boot, managed.script.path, managed.line, managed.where);
    if (m.declared) {
      const platformWins = managed.platform === 'enforced' || versionCompare(m.declared, explicit.version!) > 0;
      notes.push(managed.platform === 'enforced'
        ? L('project.gradle.enforced', { platform: String(m.declared), declared: String(explicit.version) })
        : L('project.gradle.higher', { declared: String(explicit.version), platform: String(m.declared) }));
      return platformWins ? { ...m, notes: [...notes, ...m.notes] } : explicitReading(found(explicit));
    }
  }
  if (explicit) return explicitReading(found(explicit));
  if (unresolved) {
    notes.push(L('project.gradle.unresolved', { version: String(unresolved.unresolved), file: show(unresolved.script.path) }));
    return reading;
  }
  if (managed) {
    const override = scope.lookup('kafka.version');
    if (override !== undefined) {
      if (!managed.platform) {
        const m = bootReading({ ...reading, notes: [] }, managed.boot, managed.script.path, managed.line, managed.where);
        return { ...reading, declared: override, how: L('project.gradle.kafkaVersionOverride', { version: override, boot: managed.boot, instead: m.declared ? L('project.insteadOf', { version: m.declared }) : '' }) };
      }
      notes.push(L('project.gradle.kafkaVersionPlatform'));
    }
    return bootReading(reading, managed.boot, managed.script.path, managed.line, managed.where);
  }
  // kafka-streams pins kafka-clients to its own version.
  const streams = decls.find((d) => d.group === KAFKA && d.artifact === 'kafka-streams' && d.version !== undefined);
  if (streams) {
    return { ...reading, declared: streams.version!, file: streams.script.path, line: streams.line, how: L('project.streamsIn', { version: String(streams.version), file: show(streams.script.path), via: '' }) };
  }
  // The catalog declares kafka-clients but no script here names it: the build still gets that version wherever it uses it.
  const lib = scope.catalog?.libraries.find((l) => l.group === KAFKA && l.name === 'kafka-clients' && l.version !== undefined);
  if (lib && scope.catalog) {
    return { ...reading, declared: lib.version!, file: catalogPath, ...(lib.line ? { line: lib.line } : {}), how: L('project.kafkaClientsIn', { version: String(lib.version), file: scope.catalog.file, via: ` (libs.${accessorOf(lib.alias)})` }) };
  }
  const springKafka = decls.find((d) => d.group === 'org.springframework.kafka' && d.artifact === 'spring-kafka' && d.version);
  if (springKafka) notes.push(L('project.springKafka', { version: String(springKafka.version) }));
  else if (decls.some((d) => d.group === KAFKA && d.artifact === 'kafka-clients')) notes.push(L('project.gradle.noVersion', { file: show(buildFile) }));
  else if (notes.length === 0) reading.none = true;
  return reading;
}

function platformKind(call: string | undefined): 'platform' | 'enforced' | undefined {
  return call === 'platform' ? 'platform' : call === 'enforcedPlatform' ? 'enforced' : undefined;
}

/** A plugin applied in the root script's subprojects/allprojects blocks applies to the subproject. */
function sharedPlugin(p: { line: number; script: Script }, root: Script): boolean {
  const tok = root.tokens.find((t) => t.line === p.line);
  return tok !== undefined && tok.block.some((b) => SHARED_BLOCKS.has(b));
}
