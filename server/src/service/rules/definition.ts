// What a rule is: its code, severity, category, where it applies, what its findings depend on, and its
// documentation in English and Korean (what it checks, why it matters, an example and the fix), next to the
// check itself. The registry (rules/index.ts) lists them; the runner, the documentation links, the severity
// setting, SARIF, `kpc rules`, docs/rules/ and the README's rule list are all read from it.
import { PLUGIN_SLOTS, versionAtLeast, type Client, type KafkaVersion, type Locale, type Target } from '#core';
import type { Finding, Severity } from '../types';
import type { RuleContext } from './context';

export type RuleCategory = 'file' | 'names' | 'values' | 'idempotence' | 'start-up' | 'batching' | 'security' | 'team' | 'spring' | 'editor';

export const CATEGORIES: readonly RuleCategory[] = ['file', 'names', 'values', 'idempotence', 'start-up', 'batching', 'security', 'team', 'spring', 'editor'];

/** One language's documentation of a rule. */
export interface RuleDoc {
  /** One line: what the rule reports (SARIF shortDescription, the README and `kpc rules` lists). */
  summary: string;
  /** What it checks, in a few sentences. */
  what: string;
  /** Why it matters: what Kafka (or Java) does with such a file. */
  why: string;
  /** How to fix it, and which quick fix does it. */
  fix: string;
}

/** A file that gets the finding and the same file fixed (properties text, a few lines each). */
export interface RuleExample {
  bad: string;
  good: string;
  /** `# kpc:` target for the example when it needs one (e.g. `kafka-version=3.0.0`) */
  target?: string;
  /** The `.kpc.json` the example is checked with, for rules that read the team policy. */
  policy?: string;
  /** The file name the example is read as when it is not a producer config (`application.yml`: a Spring Boot file). */
  file?: string;
}

/**
 * What a rule's findings depend on besides the target (version, patch, client), the settings and the locale:
 * the contract for re-running only some rules after an edit.
 * - `entry`: each finding comes from one entry (logical line) alone; running the rule on a file holding only
 *   that entry gives the same findings for it (test/unit/rules/registry.test.ts checks this on every fixture).
 * - `file`: the findings on a line depend on that line and on the lines of the keys in `reads` ('all': any
 *   line), the findings on other lines only on the latter; with `plugins` also on
 *   the lines that name plugins (`namesPlugins`: which serializer, interceptor … and config provider classes
 *   the file names decide which plugin keys exist and what they mean), and on which entry comes first when
 *   `firstEntry` is set (a finding about the whole file sits there).
 * - `directives`: the `# kpc:` comments (a change there re-resolves the target, so everything runs again).
 * - `host`: not produced by the analysis but by what shows it (the editor's diagnostics).
 */
export type RuleScope =
  | { kind: 'entry' }
  | { kind: 'file'; reads: readonly string[] | 'all'; plugins?: boolean; firstEntry?: boolean; narrow?: NarrowScope }
  | { kind: 'directives' }
  | { kind: 'host' };

/**
 * A `file` rule whose findings on most keys read less than its `reads`: on the lines of a key `when` holds for
 * (in the file as it is now), the findings depend only on those lines, the lines of the keys in `reads` and,
 * with `plugins`, the lines that name plugins. unknown-key: a key without a did-you-mean reads nothing of the
 * producer model or of the other unknown keys. The per-key findings cache (keyCache.ts) re-checks the others
 * on every edit and these only when their own lines or what `narrow` names change.
 */
export interface NarrowScope {
  when: (ctx: RuleContext, key: string) => boolean;
  reads: readonly string[];
  plugins?: boolean;
}

/** Where a rule can report at all (the runner skips it elsewhere). */
export interface RuleApplies {
  /** from this Kafka version on */
  since?: KafkaVersion;
  /** only these exact releases ('3.0.0') */
  releases?: readonly string[];
  clients?: readonly Client[];
}

export interface RuleDefinition {
  /** Stable code, shown with every finding (`kpc-disable CODE`, the severity setting). */
  code: string;
  /** The severity most of its findings have; `severities` lists every one it can give. */
  defaultSeverity: Severity;
  severities: readonly Severity[];
  category: RuleCategory;
  /** The finding sits on the line of the key it is about, so Kafka's documentation of that key applies. */
  onKey: boolean;
  scope: RuleScope;
  appliesTo?: RuleApplies;
  /**
   * `spring`: a rule of Spring Boot files (application*.properties / .yml). Its check is in spring/rules/ and runs
   * on the Spring analysis (SpringRuleContext), so the registry holds its documentation, severity and scope
   * (over the Spring file's lines) but no `check`.
   */
  dialect?: 'spring';
  /** Whether the `kafkaProducerConfig.severity` setting and `kpc-disable` comments reach it (false for `host`). */
  configurable: boolean;
  /** Absent only for `host` rules, whose findings no file text can show (the registry test checks). */
  example?: RuleExample;
  docs: Record<Locale, RuleDoc>;
  /** The check; absent for `host` rules, whose findings are made where they are shown. */
  check?: (ctx: RuleContext, out: Finding[]) => void;
}

export type RuleInput = Omit<RuleDefinition, 'severities' | 'configurable'> & { severities?: readonly Severity[] };

/** A rule definition, with its defaults filled in. */
export function defineRule(def: RuleInput): RuleDefinition {
  return { ...def, severities: def.severities ?? [def.defaultSeverity], configurable: def.scope.kind !== 'host' };
}

/** The finding of a `host` rule (file-too-large, workspace-limit, too-many-findings): one note at the top of the document. */
export function hostFinding(rule: Pick<RuleDefinition, 'code' | 'defaultSeverity'>, message: string): Finding {
  return { code: rule.code, severity: rule.defaultSeverity, message, span: { start: 0, end: 0 }, fixes: [] };
}

/** Whether the target is one where the rule can report. */
export function ruleApplies(def: Pick<RuleDefinition, 'appliesTo'>, target: Pick<Target, 'version' | 'patch' | 'client'>): boolean {
  const a = def.appliesTo;
  if (!a) return true;
  if (a.since && !versionAtLeast(target.version, a.since)) return false;
  if (a.clients && !a.clients.includes(target.client)) return false;
  if (a.releases && !(target.patch !== undefined && a.releases.includes(`${target.version}.${target.patch}`))) return false;
  return true;
}

/** Where a rule's page is, relative to the repository (and the installed extension). */
export function ruleDocPath(code: string): string {
  return `docs/rules/${code}.md`;
}

/** Whether a line of `key` names plugins: a plugin slot (serializers, interceptors, reporters, partitioner, config providers) or a config provider's class. */
export function namesPlugins(key: string): boolean {
  return (PLUGIN_SLOTS as readonly string[]).includes(key) || (key.startsWith('config.providers.') && key.endsWith('.class'));
}

/** Whether a rule of `scope` may give other findings when a line of `key` changes (entry rules: only that line's). */
export function scopeReads(scope: RuleScope | NarrowScope, key: string): boolean {
  if ('kind' in scope && scope.kind !== 'file') return scope.kind !== 'entry';
  if (scope.reads === 'all' || scope.reads.includes(key)) return true;
  return scope.plugins === true && namesPlugins(key);
}
