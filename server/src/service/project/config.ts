// Reading `.kpc.json`: found by walking up from a producer config like the build file, parsed with
// jsonc-parser (positions for every problem and for the policy's related locations; comments and trailing
// commas are tolerated, as in tsconfig.json), validated with the zod schema in schemas/kpc-config.ts,
// then checked against the catalog (a Kafka version it covers, bounds in a unit the key has).
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { findKeyInAnyVersion, resolveKafkaVersion, versionProblem } from '#core';
import { kpcConfigSchema, type KpcConfig } from '../../../../schemas/kpc-config';
import type { Client, HostMessageKey } from '#core';
import { computeLineStarts, offsetToPosition } from '#core';
import type { Range, Severity } from '../types';
import { unitOf } from '../units';
import { dirsUp, L, type Localized, type ProjectFs } from './fs';
import { parseQuantity, type PolicyRule, type ProjectPolicy, type QuantityUnit } from './policy';

export const CONFIG_FILE_NAME = '.kpc.json';

export interface ProjectConfig {
  file: string;
  kafkaVersion?: string;
  springBootVersion?: string;
  client?: Client;
  severity?: Record<string, Severity | 'off'>;
  allowedKeys?: string[];
  files?: string[];
  policy?: ProjectPolicy;
}

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: Localized;
  /** LSP range in the config file. */
  range: Range;
}

export interface ConfigReading {
  /** Undefined when the file has errors (a policy that cannot be read must not pass silently). */
  config?: ProjectConfig;
  problems: ConfigProblem[];
}

/** The nearest `.kpc.json` from the directory `dir` up (to `root` or the repository root). */
export function findConfigFile(fs: ProjectFs, dir: string, root?: string): string | undefined {
  for (const d of dirsUp(fs, dir, root)) {
    const p = fs.join(d, CONFIG_FILE_NAME);
    if (fs.exists(p)) return p;
  }
  return undefined;
}

const ISSUE_TEXT: Record<string, HostMessageKey> = {
  invalid_type: 'project.config.invalid_type',
  unrecognized_keys: 'project.config.unrecognized_keys',
  invalid_value: 'project.config.invalid_value',
  invalid_format: 'project.config.invalid_format',
  too_small: 'project.config.too_small',
  too_big: 'project.config.too_big',
};

/** Parses and validates the text of a `.kpc.json` at `file`. Never throws. */
export function readProjectConfig(file: string, text: string): ConfigReading {
  const starts = computeLineStarts(text);
  const rangeAt = (offset: number, length: number): Range => ({ start: offsetToPosition(starts, offset), end: offsetToPosition(starts, offset + length) });
  const problems: ConfigProblem[] = [];
  if (text.trim() === '') return { problems: [{ severity: 'error', message: L('project.config.emptyFile'), range: rangeAt(0, 0) }] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    const code = printParseErrorCode(e.error);
    problems.push({ severity: 'error', message: L('project.config.notJson', { code }), range: rangeAt(e.offset, e.length) });
  }
  if (!tree || errors.length > 0) return { problems };
  const nodeRange = (path: (string | number)[], keyOnly = false): Range => {
    let node: Node | undefined = findNodeAtLocation(tree, path);
    for (let p = path.slice(); !node && p.length > 0; p = p.slice(0, -1)) node = findNodeAtLocation(tree, p.slice(0, -1));
    const target = keyOnly && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    return target ? rangeAt(target.offset, target.length) : rangeAt(0, 0);
  };
  const raw: unknown = getNodeValue(tree);
  const parsed = kpcConfigSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const text = L(ISSUE_TEXT[issue.code] ?? 'project.config.invalid');
      const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
      const where = path.length ? path.join('.') : L('project.config.topLevel');
      if (keys.length) {
        for (const k of keys) problems.push({ severity: 'error', message: L('project.config.issueKey', { where, issue: text, key: k }), range: nodeRange([...path, k], true) });
      } else {
        const expected = issue.code === 'invalid_value' && 'values' in issue ? ` (${(issue.values as unknown[]).join(', ')})` : '';
        problems.push({ severity: 'error', message: L('project.config.issue', { where, issue: text, expected }), range: nodeRange(path) });
      }
    }
    return { problems };
  }
  const c: KpcConfig = parsed.data;
  const config: ProjectConfig = { file };
  if (c.kafkaVersion !== undefined) {
    const r = resolveKafkaVersion(c.kafkaVersion);
    if (r.ok) config.kafkaVersion = c.kafkaVersion.trim();
    else problems.push({ severity: 'error', message: L('project.config.kafkaVersion', { message: { en: versionProblem('en', r), ko: versionProblem('ko', r) } }), range: nodeRange(['kafkaVersion']) });
  }
  if (c.springBootVersion !== undefined) config.springBootVersion = c.springBootVersion.trim();
  if (c.client !== undefined) config.client = c.client;
  if (c.severity !== undefined) config.severity = c.severity;
  if (c.allowedKeys !== undefined) config.allowedKeys = c.allowedKeys;
  if (c.files !== undefined) config.files = c.files.map((f) => f.trim()).filter(Boolean);
  if (c.policy !== undefined) {
    const rules: PolicyRule[] = [];
    for (const [key, p] of Object.entries(c.policy)) {
      const known = findKeyInAnyVersion(key);
      if (!known) problems.push({ severity: 'warning', message: L('project.config.policyUnknownKey', { key }), range: nodeRange(['policy', key], true) });
      const unit = unitOf(known?.info) as QuantityUnit;
      const rule: PolicyRule = { key, range: nodeRange(['policy', key], true) };
      if (p.value !== undefined) rule.value = String(p.value);
      if (p.oneOf !== undefined) rule.oneOf = p.oneOf.map(String);
      for (const bound of ['min', 'max'] as const) {
        const b = p[bound];
        if (b === undefined) continue;
        if (parseQuantity(b, unit) === undefined) {
          const units = unit === 'ms' || unit === 's' ? 'ms, s, min, h, d' : unit === 'bytes' ? 'B, KiB, MiB, GiB (KB/MB/GB are read as binary)' : '';
          problems.push({ severity: 'error', message: L(units ? 'project.config.policyNotQuantity' : 'project.config.policyNoUnit', { key, bound, value: b, units }), range: nodeRange(['policy', key, bound]) });
        } else rule[bound] = b;
      }
      if (rule.min !== undefined && rule.max !== undefined && parseQuantity(rule.min, unit)! > parseQuantity(rule.max, unit)!) {
        problems.push({ severity: 'error', message: L('project.config.minOverMax', { key }), range: nodeRange(['policy', key], true) });
      }
      if (p.forbidden) rule.forbidden = true;
      if (p.required) rule.required = true;
      if (p.forbidden && (p.required || p.value !== undefined || p.oneOf !== undefined)) {
        problems.push({ severity: 'error', message: L('project.config.forbiddenWith', { key }), range: nodeRange(['policy', key], true) });
      }
      if (p.severity !== undefined) rule.severity = p.severity;
      if (p.message !== undefined) rule.message = p.message;
      rules.push(rule);
    }
    config.policy = { file, rules };
  }
  return problems.some((p) => p.severity === 'error') ? { problems } : { config, problems };
}
