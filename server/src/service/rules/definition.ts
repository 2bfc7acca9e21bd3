// What a rule is: its code, severity, category, where it applies, what its findings depend on, and its
// documentation in English and Korean (what it checks, why it matters, an example and the fix), next to the
// check itself. The registry (rules/index.ts) lists them; the runner, the documentation links, the severity
// setting, SARIF, `kpc rules`, docs/rules/ and the README's rule list are all read from it.
import { versionAtLeast, type Client, type KafkaVersion, type Locale, type Target } from '#core';
import type { Finding, Severity } from '../types';
import type { RuleContext } from './context';

export type RuleCategory = 'file' | 'names' | 'values' | 'idempotence' | 'start-up' | 'batching' | 'security' | 'editor';

export const CATEGORIES: readonly RuleCategory[] = ['file', 'names', 'values', 'idempotence', 'start-up', 'batching', 'security', 'editor'];

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
}

/**
 * What a rule's findings depend on besides the target (version, patch, client), the settings and the locale:
 * the contract for re-running only some rules after an edit.
 * - `entry`: each finding comes from one entry (logical line) alone; running the rule on a file holding only
 *   that entry gives the same findings for it (test/unit/rules/registry.test.ts checks this on every fixture).
 * - `file`: the findings depend on the lines of the keys in `reads` ('all': any line), and on which entry
 *   comes first when `firstEntry` is set (a finding about the whole file sits there).
 * - `directives`: the `# kpc:` comments (a change there re-resolves the target, so everything runs again).
 * - `host`: not produced by the analysis but by what shows it (the editor's diagnostics).
 */
export type RuleScope =
  | { kind: 'entry' }
  | { kind: 'file'; reads: readonly string[] | 'all'; firstEntry?: boolean }
  | { kind: 'directives' }
  | { kind: 'host' };

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
